// Official statements and the control cell (导演组) in the feed and the heat: both are pure folds of the journal, and
// admission says which statements, posts, comments and live injects a drill accepts.
import { describe, expect, it } from 'vitest';
import { refusal, type AdmissionContext } from '../../shared/domain/admission';
import { injectsOf } from '../../shared/domain/adhoc';
import type { AnyEntry, EntryDraft } from '../../shared/domain/entry';
import { opinionFeed } from '../../shared/domain/feed';
import { fold } from '../../shared/domain/fold';
import { heatAt, heatEvents } from '../../shared/domain/heat';
import { DEFAULT_HEAT_RULES } from '../../shared/domain/heatRules';
import { injectQueue } from '../../shared/domain/progress';
import { EntryList, seedPack } from '../helpers/entries';

const MIN = 60_000;
const pack = seedPack('anonymous-email');

/** ae-03 is the Weibo post (18 min); nothing public before it. */
function drill(): EntryList {
  const j = new EntryList(pack);
  j.add('clock.start', 0, {});
  j.add('inject.released', 18 * MIN, { injectId: 'ae-03', manual: false, lateMs: 0, late: false });
  return j;
}
const statement = (j: EntryList, clockMs: number, channel: string, text = '我行高度重视,已成立专项小组核查。') =>
  j.add('communication', clockMs, { audience: 'public', channel }, { roleId: 'spokesperson', text });

const ctxOf = (entries: AnyEntry[]): AdmissionContext => ({ readOnly: false, clockMs: 24 * 60 * MIN, entry: (seq) => entries.find((e) => e.seq === seq) });
const keyOf = (j: EntryList, draft: EntryDraft) => refusal(fold(j.entries), draft, ctxOf(j.entries))?.payload.key ?? null;
const post = (data: Record<string, unknown>, text = '银行怎么还不回应?'): EntryDraft => ({ kind: 'feed.post', roleId: null, text, data: { channel: 'weibo', author: '围观网友', ...data } as never });
const adhoc = (data: Record<string, unknown>, text = '有记者在网点门口拍摄。'): EntryDraft => ({
  kind: 'inject.adhoc',
  roleId: null,
  text,
  data: { injectId: 'adhoc-1', channel: 'journalist', sender: '某报记者', targetRoles: ['spokesperson'], ...data } as never,
});

describe('an official statement in the feed', () => {
  it('appears as a post by the bank official account on the channel the spokesperson picked, with its text', () => {
    const j = drill();
    const e = statement(j, 25 * MIN, 'weibo');
    const feed = opinionFeed(fold(j.entries), 30 * MIN, j.entries);
    expect(feed.map((p) => p.source)).toEqual(['statement', 'inject']);
    expect(feed[0]).toMatchObject({ key: `entry:${e.seq}`, seq: e.seq, channel: 'weibo', official: null, text: '我行高度重视,已成立专项小组核查。', clockMs: 25 * MIN });
  });

  it('carries the pack official account name when the pack gives one', () => {
    const j = new EntryList({ ...pack, officialAccount: '示例银行官方微博' });
    j.add('clock.start', 0, {});
    statement(j, 5 * MIN, 'wechat');
    expect(opinionFeed(fold(j.entries), 6 * MIN, j.entries)[0]).toMatchObject({ source: 'statement', official: '示例银行官方微博', channel: 'wechat' });
  });

  it('is not in the feed before it was published, nor once voided; a public communication with no channel is not a post', () => {
    const j = drill();
    const e = statement(j, 25 * MIN, 'weibo');
    j.add('communication', 26 * MIN, { audience: 'public' }, { roleId: 'spokesperson', text: '口头回应' });
    expect(opinionFeed(fold(j.entries), 24 * MIN, j.entries).map((p) => p.source)).toEqual(['inject']);
    expect(opinionFeed(fold(j.entries), 30 * MIN, j.entries).filter((p) => p.source === 'statement')).toHaveLength(1);
    j.add('correction', 31 * MIN, { corrects: e.seq, void: true }, { text: '误发' });
    expect(opinionFeed(fold(j.entries), 32 * MIN, j.entries).map((p) => p.source)).toEqual(['inject']);
  });
});

describe('a statement moves the heat', () => {
  const heatAfter = (build: (j: EntryList) => void, at = 30 * MIN) => {
    const j = drill();
    build(j);
    return heatAt(fold(j.entries), j.entries, at).heat;
  };

  it('a timely statement on the post channel cools by statementDrop; silence heats instead', () => {
    const none = heatAfter(() => {});
    const timely = heatAfter((j) => statement(j, 20 * MIN, 'weibo'));
    // By 30 min: no statement means silence since 33 min is not yet reached, so the gap is the drop plus decay after it.
    expect(none - timely).toBeGreaterThanOrEqual(DEFAULT_HEAT_RULES.statementDrop - 0.01);
    const late = heatAfter((j) => statement(j, 40 * MIN, 'weibo'), 40 * MIN);
    const silent = heatAfter(() => {}, 40 * MIN);
    expect(silent - late).toBeCloseTo(DEFAULT_HEAT_RULES.lateStatementDrop, 5);
    expect(silent).toBeGreaterThan(none);
  });

  it('a statement on a channel no post has reached takes off only offChannelStatementFactor of its drop', () => {
    const j = drill();
    statement(j, 20 * MIN, 'video');
    const onWeibo = heatAfter((x) => statement(x, 20 * MIN, 'weibo'), 20 * MIN);
    const offChannel = heatAt(fold(j.entries), j.entries, 20 * MIN).heat;
    expect(offChannel - onWeibo).toBeCloseTo(DEFAULT_HEAT_RULES.statementDrop * (1 - DEFAULT_HEAT_RULES.offChannelStatementFactor), 5);
    expect(heatEvents(fold(j.entries), j.entries).find((e) => e.kind === 'statement')).toMatchObject({ channel: 'video', timely: true });
  });

  it('reads the factor from the pack heat rules', () => {
    const j = new EntryList({ ...pack, heatRules: { offChannelStatementFactor: 0 } });
    j.add('clock.start', 0, {});
    j.add('inject.released', 18 * MIN, { injectId: 'ae-03', manual: false, lateMs: 0, late: false });
    const before = heatAt(fold(j.entries), j.entries, 20 * MIN).heat;
    statement(j, 20 * MIN, 'video');
    expect(heatAt(fold(j.entries), j.entries, 20 * MIN).heat).toBe(before);
  });
});

describe('control cell posts and comments', () => {
  it('a post shows as an ordinary public post (source control), adds controlPostHeat, and awaits an answer', () => {
    const j = drill();
    const before = heatAt(fold(j.entries), j.entries, 22 * MIN).heat;
    const e = j.add('feed.post', 22 * MIN, { channel: 'video', author: '本地生活号' }, { text: '网点门口排起长队' });
    const s = fold(j.entries);
    expect(opinionFeed(s, 23 * MIN, j.entries)[0]).toMatchObject({ source: 'control', seq: e.seq, persona: '本地生活号', channel: 'video', text: '网点门口排起长队' });
    expect(heatAt(s, j.entries, 22 * MIN).heat - before).toBeCloseTo(DEFAULT_HEAT_RULES.controlPostHeat, 5);
    // Its own heat, when given, replaces the default.
    const k = drill();
    k.add('feed.post', 22 * MIN, { channel: 'video', author: '本地生活号', heat: 30 }, { text: '网点门口排起长队' });
    expect(heatAt(fold(k.entries), k.entries, 22 * MIN).heat - before).toBeCloseTo(30, 5);
  });

  it('a comment hangs under the post it answers (a statement or an inject post), counts as a comment and adds controlCommentHeat', () => {
    const j = drill();
    const st = statement(j, 25 * MIN, 'weibo');
    const before = heatAt(fold(j.entries), j.entries, 26 * MIN).heat;
    const countBefore = opinionFeed(fold(j.entries), 27 * MIN, j.entries).find((p) => p.source === 'statement')!.comments;
    j.add('feed.post', 26 * MIN, { channel: 'weibo', author: '质疑者', replyToSeq: st.seq }, { text: '专项小组?说了等于没说' });
    j.add('feed.post', 26 * MIN, { channel: 'weibo', author: '老储户', replyToInjectId: 'ae-03' }, { text: '我也收到过类似邮件' });
    const feed = opinionFeed(fold(j.entries), 27 * MIN, j.entries);
    expect(feed).toHaveLength(2);
    const official = feed.find((p) => p.source === 'statement')!;
    expect(official.replies.map((c) => [c.author, c.text])).toEqual([['质疑者', '专项小组?说了等于没说']]);
    expect(official.comments).toBe(countBefore + 1);
    expect(feed.find((p) => p.source === 'inject')!.replies.map((c) => c.author)).toEqual(['老储户']);
    expect(heatAt(fold(j.entries), j.entries, 26 * MIN).heat - before).toBeCloseTo(2 * DEFAULT_HEAT_RULES.controlCommentHeat, 5);
  });
});

describe('a live inject (inject.adhoc)', () => {
  it('folds into a released inject that targets its roles, while the pack stays as set up', () => {
    const j = drill();
    j.add('inject.adhoc', 30 * MIN, { injectId: 'adhoc-1', channel: 'weibo', sender: '大V', title: '新爆料', targetRoles: ['spokesperson', 'commander'], heat: 15 }, { text: '网传我行内部邮件截图' });
    const s = fold(j.entries);
    expect(s.scenario.injects).toHaveLength(pack.injects.length);
    expect(injectsOf(s).at(-1)).toMatchObject({ id: 'adhoc-1', channel: 'weibo', sender: '大V', title: '新爆料', content: '网传我行内部邮件截图', targetRoles: ['spokesperson', 'commander'], expectedActions: [] });
    expect(s.released.at(-1)).toMatchObject({ injectId: 'adhoc-1', clockMs: 30 * MIN, manual: true, late: false });
    expect(injectQueue(s).released.map((x) => x.id)).toContain('adhoc-1');
    // On a public channel it is a post with its own heat.
    expect(opinionFeed(s, 31 * MIN, j.entries)[0]).toMatchObject({ source: 'inject', injectId: 'adhoc-1' });
    expect(heatEvents(s, j.entries).find((e) => e.kind === 'post' && e.injectId === 'adhoc-1')).toMatchObject({ heat: 15 });
    // Its target roles may sign for it; another role may not.
    const sign = (roleId: string): EntryDraft => ({ kind: 'inject.acknowledged', roleId, text: '', data: { injectId: 'adhoc-1' } });
    expect(keyOf(j, sign('spokesperson'))).toBeNull();
    expect(keyOf(j, sign('monitoring'))).toBe('invalid_input.not_target');
  });
});

describe('what a drill admits from the feed', () => {
  it('a statement goes to the public on a public channel', () => {
    const j = drill();
    const comm = (data: Record<string, unknown>): EntryDraft => ({ kind: 'communication', roleId: 'spokesperson', text: '声明', data: data as never });
    expect(keyOf(j, comm({ audience: 'public', channel: 'weibo' }))).toBeNull();
    expect(keyOf(j, comm({ audience: 'media', channel: 'weibo' }))).toBe('invalid_input.statement_audience');
    expect(keyOf(j, comm({ audience: 'public', channel: 'email' }))).toBe('invalid_input.not_public_channel');
  });

  it('a control post only while the drill runs or is paused, on a known public channel, as no role', () => {
    const ready = new EntryList(pack);
    expect(keyOf(ready, post({}))).toBe('bad_state.not_started');
    const j = drill();
    expect(keyOf(j, post({}))).toBeNull();
    j.add('clock.pause', 20 * MIN, {});
    expect(keyOf(j, post({}))).toBeNull();
    expect(keyOf(j, post({ channel: 'journalist' }))).toBe('invalid_input.not_public_channel');
    expect(keyOf(j, post({ channel: '抖音' }))).toBe('invalid_input.not_public_channel');
    expect(keyOf(j, { ...post({}), roleId: 'commander' })).toBe('invalid_input.control_no_role');
    expect(keyOf(j, post({}, '  '))).toBe('invalid_input.empty_text');
    j.add('clock.finish', 21 * MIN, {});
    expect(keyOf(j, post({}))).toBe('bad_state.finished');
  });

  it('a comment answers a post in the feed: a control post or a statement by seq, or a released public inject', () => {
    const j = drill();
    const p = j.add('feed.post', 20 * MIN, { channel: 'weibo', author: '甲' }, { text: '帖子' });
    const c = j.add('feed.post', 21 * MIN, { channel: 'weibo', author: '乙', replyToSeq: p.seq }, { text: '评论' });
    const st = statement(j, 22 * MIN, 'weibo');
    const obs = j.add('observation', 22 * MIN, {}, { roleId: 'monitoring', text: '观察' });
    expect(keyOf(j, post({ replyToSeq: p.seq }))).toBeNull();
    expect(keyOf(j, post({ replyToSeq: st.seq }))).toBeNull();
    expect(keyOf(j, post({ replyToInjectId: 'ae-03' }))).toBeNull();
    expect(keyOf(j, post({ replyToSeq: c.seq }))).toBe('invalid_input.reply_target');
    expect(keyOf(j, post({ replyToSeq: obs.seq }))).toBe('invalid_input.reply_target');
    expect(keyOf(j, post({ replyToSeq: 999 }))).toBe('invalid_input.reply_target');
    expect(keyOf(j, post({ replyToInjectId: 'ae-01' }))).toBe('invalid_input.reply_target'); // not released
    expect(keyOf(j, post({ replyToInjectId: 'nope' }))).toBe('invalid_input.unknown_inject');
    expect(keyOf(j, post({ replyToSeq: p.seq, replyToInjectId: 'ae-03' }))).toBe('invalid_input.reply_one');
    j.add('correction', 23 * MIN, { corrects: p.seq, void: true }, { text: '撤回' });
    expect(keyOf(j, post({ replyToSeq: p.seq }))).toBe('invalid_input.reply_target');
  });

  it('a live inject: running, a new id, a known channel, known roles', () => {
    expect(keyOf(new EntryList(pack), adhoc({}))).toBe('bad_state.not_started');
    const j = drill();
    expect(keyOf(j, adhoc({}))).toBeNull();
    expect(keyOf(j, adhoc({ injectId: 'ae-03' }))).toBe('invalid_input.duplicate_inject');
    expect(keyOf(j, adhoc({ channel: '抖音' }))).toBe('invalid_input.unknown_channel');
    expect(keyOf(j, adhoc({ targetRoles: ['spokesperson', 'ghost'] }))).toBe('invalid_input.unknown_role');
    expect(keyOf(j, { ...adhoc({}), roleId: 'commander' })).toBe('invalid_input.control_no_role');
  });
});
