// One alias table for channels: 抖音 means the short-video channel to the JSON check, the editor and the MSEL import alike.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPack } from '../../shared/domain/scenario';
import { describeProblem } from '../../shared/i18n/problems';
import { knownChannelOf, PUBLIC_CHANNELS } from '../../shared/scenario/channels';
import { parseMsel } from '../../shared/scenario/msel';
import { blankPack, commitChannel, newInject, serialize } from '../../renderer/views/editor/draft';
import { SOURCE_RESOURCES } from '../../electron/app/paths';

const pack = () => JSON.parse(readFileSync(join(SOURCE_RESOURCES, 'scenarios', 'transfer-failure.json'), 'utf8')) as { injects: Record<string, unknown>[] };

describe('抖音 through the three paths', () => {
  it('the JSON check answers it with the channel id', () => {
    const p = pack();
    p.injects[0]!.channel = '抖音';
    const r = checkPack(p);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([{ field: 'injects[0].channel', reason: '"抖音" is not a channel id; use the channel id video (短视频)' }]);
    expect(describeProblem(r.problems[0]!, 'zh-CN').reason).toBe('“抖音”应写作渠道编号 video(短视频)');
  });

  it('the editor turns it into the video channel in the pack it writes', () => {
    const d = blankPack();
    d.injects.push({ ...commitChannel(newInject(d), '抖音'), sender: '@博主', content: '视频' });
    expect(JSON.parse(serialize(d)).injects[0].channel).toBe('video');
    expect(commitChannel(newInject(d), ' 微博 ').channel).toBe('weibo');
  });

  it('the MSEL import reads it as video', () => {
    const r = parseMsel('时间,渠道,发送方,内容,接收角色\r\n5,抖音,@博主,视频,舆情监测\r\n');
    expect(r.ok && r.injects[0]!.channel).toBe('video');
  });

  it('all three know the same words, and none of them makes an unknown word a silent private channel', () => {
    for (const [word, id] of [['快手', 'video'], ['视频号', 'video'], ['朋友圈', 'wechat'], ['公众号', 'wechat'], ['12378', 'hotline'], ['95588', 'hotline'], ['记者', 'journalist'], ['监管', 'regulator']] as const) {
      expect(knownChannelOf(word)).toBe(id);
      expect(commitChannel(newInject(blankPack()), word).channel).toBe(id);
    }
    const typed = commitChannel(newInject(blankPack()), '小红书');
    expect(typed).toMatchObject({ channel: '小红书' });
    expect(typed.customChannel).toBeUndefined();
    const p = pack();
    p.injects[0]!.channel = '小红书';
    expect(checkPack(p).ok).toBe(false);
    p.injects[0]!.customChannel = true;
    expect(checkPack(p).ok).toBe(true);
    expect(parseMsel('时间,渠道,发送方,内容,接收角色\r\n5,小红书,@某人,笔记,舆情监测\r\n').ok).toBe(false);
  });

  it('count the complaint hotline as public, a journalist call as private', () => {
    expect(PUBLIC_CHANNELS).toContain('hotline');
    expect(PUBLIC_CHANNELS).not.toContain('journalist');
  });
});
