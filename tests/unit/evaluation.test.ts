// 关键任务评估: each expected action of each inject judged from the journal — on time, late, missed, pending, not released.
import { describe, expect, it } from 'vitest';
import { evaluateActions, summarise } from '../../shared/domain/evaluation';
import { ScenarioPackSchema } from '../../shared/domain/scenario';
import { EntryList, seedPack } from '../helpers/entries';

const MIN = 60_000;

/** A small pack: a complaint with two expected actions (5 and 10 minutes), a follow-up, and a contingency. */
const pack = ScenarioPackSchema.parse({
  schema: 'drillroom.scenario/1',
  id: 'eval-pack',
  title: '评估用演练',
  summary: '客户投诉转账失败。',
  phases: [
    { id: 'p1', name: '发现', targetMin: 10 },
    { id: 'p2', name: '处置', targetMin: 20 },
  ],
  roles: [
    { id: 'cs', name: '客服', tasks: [] },
    { id: 'cmd', name: '总指挥', tasks: [] },
  ],
  injects: [
    {
      id: 'i1',
      offsetMin: 1,
      channel: 'hotline',
      sender: '客户',
      content: '转账失败但已扣款。',
      targetRoles: ['cs'],
      phaseId: 'p1',
      expectedActions: [
        { id: 'calm', text: '安抚客户并登记工单', roleId: 'cs', deadlineMin: 5 },
        { id: 'report', text: '向总指挥首报', roleId: 'cs', deadlineMin: 10, kind: 'communication' },
      ],
    },
    {
      id: 'i2',
      offsetMin: 20,
      channel: 'internal',
      sender: '网点',
      content: '又有两位客户反映同样问题。',
      targetRoles: ['cmd'],
      expectedActions: [{ id: 'plan', text: '启动应急预案', roleId: 'cmd', deadlineMin: 8, kind: 'decision' }],
    },
    {
      id: 'c1',
      offsetMin: 25,
      channel: 'weibo',
      sender: '网友',
      content: '银行转账吞钱？',
      targetRoles: ['cmd'],
      contingency: true,
      expectedActions: [{ id: 'respond', text: '发布情况说明', roleId: 'cmd', deadlineMin: 15 }],
    },
  ],
});

function drill() {
  const j = new EntryList(pack);
  j.add('clock.start', 0, {}, { phaseId: 'p1' });
  j.add('inject.released', MIN, { injectId: 'i1', manual: false, lateMs: 0, late: false }, { phaseId: 'p1' });
  return j;
}
const byId = (evals: ReturnType<typeof evaluateActions>, key: string) => evals.find((e) => `${e.injectId}/${e.actionId}` === key)!;

describe('each expected action of each inject', () => {
  it('is on time when answered within its deadline, by whom and with which entry', () => {
    const j = drill();
    const answer = j.add('action', 4 * MIN, { injectId: 'i1', actionId: 'calm' }, { roleId: 'cs', text: '已安抚并登记', phaseId: 'p1' });
    const calm = byId(evaluateActions(j.entries), 'i1/calm');
    expect(calm).toMatchObject({ outcome: 'on_time', releasedMs: MIN, deadlineMs: 6 * MIN, doneMs: 4 * MIN, lateByMs: 0, bySeq: answer.seq, byRoleId: 'cs', phaseId: 'p1', roleId: 'cs', text: '安抚客户并登记工单' });
  });

  it('is late by how far past the deadline it was answered', () => {
    const j = drill();
    j.add('communication', 13 * MIN, { injectId: 'i1', actionId: 'report' }, { roleId: 'cs', text: '已向总指挥报告' });
    expect(byId(evaluateActions(j.entries), 'i1/report')).toMatchObject({ outcome: 'late', deadlineMs: 11 * MIN, doneMs: 13 * MIN, lateByMs: 2 * MIN });
  });

  it('a 补记 counts when it happened, not when it was written down', () => {
    const j = drill();
    // Written at 20 min (after the deadline of 6 min), but it happened at 5 min.
    const late = j.add('action', 20 * MIN, { injectId: 'i1', actionId: 'calm', occurredMs: 5 * MIN }, { roleId: 'cs', text: '补记：已安抚客户' });
    expect(byId(evaluateActions(j.entries), 'i1/calm')).toMatchObject({ outcome: 'on_time', doneMs: 5 * MIN, bySeq: late.seq });
  });

  it('a voided answer does not count: the next live one does, or none', () => {
    const j = drill();
    const wrong = j.add('action', 3 * MIN, { injectId: 'i1', actionId: 'calm' }, { roleId: 'cs', text: '记错了' });
    j.add('correction', 4 * MIN, { corrects: wrong.seq, void: true }, { text: '误记，作废' });
    expect(byId(evaluateActions(j.entries), 'i1/calm')).toMatchObject({ outcome: 'pending', doneMs: null, bySeq: null });
    const real = j.add('action', 8 * MIN, { injectId: 'i1', actionId: 'calm' }, { roleId: 'cmd', text: '总指挥代为安抚' });
    expect(byId(evaluateActions(j.entries), 'i1/calm')).toMatchObject({ outcome: 'late', lateByMs: 2 * MIN, bySeq: real.seq, byRoleId: 'cmd' });
  });

  it('is pending while the drill runs and the deadline has not passed, missed once it has', () => {
    const j = drill();
    expect(byId(evaluateActions(j.entries), 'i1/report').outcome).toBe('pending');
    expect(byId(evaluateActions(j.entries, 10 * MIN), 'i1/report').outcome).toBe('pending');
    expect(byId(evaluateActions(j.entries, 12 * MIN), 'i1/report').outcome).toBe('missed');
  });

  it('after the finish an unanswered action is missed, even one whose deadline had not come', () => {
    const j = drill();
    j.add('inject.released', 20 * MIN, { injectId: 'i2', manual: true, lateMs: 0, late: false }, { phaseId: 'p2' });
    j.add('clock.finish', 21 * MIN, {});
    const evals = evaluateActions(j.entries);
    expect(byId(evals, 'i2/plan')).toMatchObject({ outcome: 'missed', releasedMs: 20 * MIN, deadlineMs: 28 * MIN, phaseId: 'p2' });
    expect(byId(evals, 'i1/calm').outcome).toBe('missed');
  });

  it('a contingency never released is not released, with no deadline', () => {
    const j = drill();
    j.add('clock.finish', 30 * MIN, {});
    expect(byId(evaluateActions(j.entries), 'c1/respond')).toMatchObject({ outcome: 'not_released', releasedMs: null, deadlineMs: null });
  });

  it('the summary counts every outcome once', () => {
    const j = drill();
    j.add('action', 2 * MIN, { injectId: 'i1', actionId: 'calm' }, { roleId: 'cs' });
    j.add('communication', 15 * MIN, { injectId: 'i1', actionId: 'report' }, { roleId: 'cs' });
    j.add('inject.released', 20 * MIN, { injectId: 'i2', manual: false, lateMs: 0, late: false });
    j.add('clock.finish', 22 * MIN, {});
    expect(summarise(evaluateActions(j.entries))).toEqual({ on_time: 1, late: 1, missed: 1, pending: 0, not_released: 1, total: 4 });
  });

  it('covers every expected action of a seed pack, in pack order', () => {
    const seed = seedPack('transfer-failure');
    const j = new EntryList(seed);
    j.add('clock.start', 0, {});
    const evals = evaluateActions(j.entries);
    expect(evals.map((e) => `${e.injectId}/${e.actionId}`)).toEqual(seed.injects.flatMap((i) => i.expectedActions.map((a) => `${i.id}/${a.id}`)));
    expect(new Set(evals.map((e) => e.outcome))).toEqual(new Set(['not_released']));
  });
});
