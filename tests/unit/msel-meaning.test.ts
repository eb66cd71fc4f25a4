// MSEL import keeps meaning: actions go to the role they name, kind/milestone/title columns are read, a journalist's call stays a call.
import { describe, expect, it } from 'vitest';
import { formatMselProblem, parseMsel, type MselCheck } from '../../shared/scenario/msel';

const HEADER = '序号,时间,渠道,发送方,内容,接收角色,预期行动,时限';
const csv = (header: string, ...rows: string[]) => [header, ...rows].join('\r\n') + '\r\n';
const problems = (r: MselCheck) => (r.ok ? [] : r.problems.map((p) => formatMselProblem(p)));
const injects = (r: MselCheck) => {
  if (!r.ok) throw new Error(problems(r).join('\n'));
  return r.injects;
};

describe('an MSEL action goes to the role it names', () => {
  it('among several receiving roles, by the role named in the line, with or without a colon', () => {
    const [j] = injects(parseMsel(csv(HEADER, '1,5,微博,@网友,爆料,总指挥、新闻发言、舆情监测,"由新闻发言起草答问口径\n舆情监测开展全网检索\n审定口径",20')));
    expect(j!.expectedActions.map((a) => [a.roleId, a.text])).toEqual([
      ['spokesperson', '由新闻发言起草答问口径'],
      ['monitoring', '舆情监测开展全网检索'],
      ['commander', '审定口径'],
    ]);
  });
});

describe('the MSEL columns for action kind, milestone and title', () => {
  it('are read under Chinese headers', () => {
    const h = `${HEADER},行动类型,节点,标题`;
    const list = injects(
      parseMsel(
        csv(
          h,
          '1,2,投诉热线,客户,来电投诉,客户服务,向总指挥首报,10,沟通,发现,客户来电',
          '2,10,微博,@网友,爆料,舆情监测;新闻发言,"舆情监测:报告转评量\n新闻发言:发布首次回应",20,"观察\n沟通","\n首次回应",网友爆料',
        ),
      ),
    );
    expect(list[0]!.milestone).toBe('discovered');
    expect(list[0]!.title).toBe('客户来电');
    expect(list[0]!.expectedActions[0]).toMatchObject({ kind: 'communication' });
    expect(list[1]!.milestone).toBeUndefined();
    expect(list[1]!.expectedActions.map((a) => [a.kind, a.milestone])).toEqual([
      ['observation', undefined],
      ['communication', 'first_response'],
    ]);
  });

  it('are read under English headers', () => {
    const h = 'No.,Time,Channel,Sender,Content,Target roles,Expected action,Deadline,Action kind,Milestone,Title';
    const [j] = injects(parseMsel(csv(h, 'A1,5,Weibo,@someone,A post,monitoring,Report the spread,10,observation,reported,The post')));
    expect(j).toMatchObject({ title: 'The post', expectedActions: [{ kind: 'observation', milestone: 'reported' }] });
  });

  it('refuse a kind or milestone they do not know, listing the allowed ones', () => {
    const r = parseMsel(csv(`${HEADER},行动类型,节点`, '1,2,微博,a,b,舆情监测,检索,10,开会,上天'));
    expect(problems(r)).toEqual([
      '第 2 行 “行动类型”: 无法识别的行动类型“开会”(可填:观察、决策、行动、沟通、证据)',
      '第 2 行 “节点”: 无法识别的节点“上天”(可填:发现、上报、核实、首次回应、监管报告)',
    ]);
  });
});

describe('MSEL channels', () => {
  it("keep a journalist's call a call, not a public news post", () => {
    const list = injects(
      parseMsel(csv(HEADER, '1,5,新闻媒体,某财经日报记者,来电询问网传消息是否属实,新闻发言,,', '2,6,媒体记者,某报,电话采访,新闻发言,,', '3,7,新闻媒体,某网站,发布报道《XX支行…》,舆情监测,,')),
    );
    expect(list.map((j) => j.channel)).toEqual(['journalist', 'journalist', 'news']);
  });

  it('refuse a channel the product does not know instead of making it a private channel', () => {
    expect(problems(parseMsel(csv(HEADER, '1,5,小红书,@某人,笔记,舆情监测,,')))).toEqual([
      expect.stringMatching(/^第 2 行 “渠道”: 未知渠道“小红书”/),
    ]);
  });
});
