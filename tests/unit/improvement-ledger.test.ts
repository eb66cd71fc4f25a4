// 整改台账: every measure of every drill as a row with its status after follow-ups, the filters, and the carry-over
// of open measures of earlier drills of the same branch.
import { describe, expect, it } from 'vitest';
import type { ImprovementMove } from '../../shared/domain/entry';
import { DrillFactsSchema } from '../../shared/domain/facts';
import { carriedOver, filterImprovementLedger, improvementLedger, type ImprovementLedgerRow } from '../../shared/domain/improvementLedger';
import { EntryList, seedPack, T0 } from '../helpers/entries';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const pack = seedPack('anonymous-email');

/** A drill started `day` days after T0, of `branch`, with measures [text, owner, due, moves]. */
function drill(id: string, day: number, facts: { branch?: string; organiser?: string }, measures: [string, string, string, ImprovementMove[]][]) {
  const j = new EntryList(pack, id);
  const at = T0 + day * DAY;
  j.add('drill.facts', 0, { facts: DrillFactsSchema.parse({ name: `${id} 演练`, ...facts }) }, { at });
  j.add('clock.start', 0, {}, { at });
  j.add('clock.finish', 30 * MIN, {}, { at: at + 30 * MIN });
  for (const [text, owner, due, moves] of measures) {
    const m = j.add('improvement', 30 * MIN, { owner, department: '办公室', due }, { text, at: at + 31 * MIN });
    moves.forEach((move, i) => j.add('improvement.followup', 30 * MIN, { improvement: m.seq, move, by: '王科长' }, { at: at + (i + 2) * DAY }));
  }
  return { drillId: id, entries: j.entries };
}

const world = [
  drill('D1', 0, { branch: '城东支行' }, [
    ['建立舆情信息共享台账', '李明', '2026-12-10', []],
    ['修订对外口径审批流程', '周婷', '2026-12-20', ['in_progress']],
    ['补充新闻发言人培训', '张伟', '2026-12-01', ['done', 'accepted']],
  ]),
  drill('D2', 10, { branch: '城西支行' }, [['更新监管报送联系人', '陈主任', '2026-11-30', ['done']]]),
  drill('D3', 20, { branch: '城东支行' }, [['演练脚本增加夜间场景', '李明', '2027-01-15', []]]),
];
const TODAY = '2026-12-15';

describe('the improvement ledger', () => {
  const rows = improvementLedger(world, TODAY);
  const pick = (r: ImprovementLedgerRow[]) => r.map((x) => x.measure);

  it('has one row per measure, in drill date order, with its drill, status, last move and overdue by today', () => {
    expect(rows.map((r) => [r.drillId, r.drillName, r.drillDate, r.branch, r.measure, r.status, r.overdue])).toEqual([
      ['D1', 'D1 演练', '2026-11-28', '城东支行', '建立舆情信息共享台账', 'open', true],
      ['D1', 'D1 演练', '2026-11-28', '城东支行', '修订对外口径审批流程', 'in_progress', false],
      ['D1', 'D1 演练', '2026-11-28', '城东支行', '补充新闻发言人培训', 'accepted', false],
      ['D2', 'D2 演练', '2026-12-08', '城西支行', '更新监管报送联系人', 'done', false],
      ['D3', 'D3 演练', '2026-12-18', '城东支行', '演练脚本增加夜间场景', 'open', false],
    ]);
    const accepted = rows[2]!;
    expect(accepted.lastMove).toMatchObject({ move: 'accepted', by: '王科长', date: '2026-12-01' });
    expect(accepted.followUps).toBe(2);
    expect(rows[0]!.lastMove).toBeNull();
    expect(rows[0]!.department).toBe('办公室');
  });

  it('filters by status, owner, due range and overdue only', () => {
    expect(pick(filterImprovementLedger(rows, { statuses: ['open'] }))).toEqual(['建立舆情信息共享台账', '演练脚本增加夜间场景']);
    expect(pick(filterImprovementLedger(rows, { statuses: ['done', 'accepted'] }))).toEqual(['补充新闻发言人培训', '更新监管报送联系人']);
    expect(pick(filterImprovementLedger(rows, { owner: '李明' }))).toEqual(['建立舆情信息共享台账', '演练脚本增加夜间场景']);
    expect(pick(filterImprovementLedger(rows, { dueFrom: '2026-12-01', dueTo: '2026-12-10' }))).toEqual(['建立舆情信息共享台账', '补充新闻发言人培训']);
    expect(pick(filterImprovementLedger(rows, { overdueOnly: true }))).toEqual(['建立舆情信息共享台账']);
    expect(filterImprovementLedger(rows, {})).toHaveLength(5);
  });

  it('a done measure past its due is not overdue; an open one is, from the day after its due date', () => {
    expect(improvementLedger(world, '2026-12-10').find((r) => r.measure === '建立舆情信息共享台账')!.overdue).toBe(false);
    expect(improvementLedger(world, '2026-12-11').find((r) => r.measure === '建立舆情信息共享台账')!.overdue).toBe(true);
  });

  it('carries the open measures of earlier drills of the same branch into a later drill, not done ones nor other branches', () => {
    const d3 = { drillId: 'D3', at: T0 + 20 * DAY, branch: '城东支行', organiser: '' };
    expect(pick(carriedOver(rows, d3))).toEqual(['建立舆情信息共享台账', '修订对外口径审批流程']);
    // From the earlier drill's point of view there is nothing before it.
    expect(carriedOver(rows, { drillId: 'D1', at: T0, branch: '城东支行', organiser: '' })).toEqual([]);
    expect(carriedOver(rows, { drillId: 'D9', at: T0 + 30 * DAY, branch: '城西支行', organiser: '' })).toEqual([]);
  });

  it('with no branch, drills of the same organiser carry over; with neither, nothing does', () => {
    const org = [drill('E1', 0, { organiser: '办公室' }, [['完善值班表', '李明', '2026-12-10', []]])];
    const orgRows = improvementLedger(org, TODAY);
    expect(pick(carriedOver(orgRows, { drillId: 'E2', at: T0 + DAY, branch: '', organiser: '办公室' }))).toEqual(['完善值班表']);
    expect(carriedOver(orgRows, { drillId: 'E2', at: T0 + DAY, branch: '', organiser: '' })).toEqual([]);
    expect(carriedOver(orgRows, { drillId: 'E2', at: T0 + DAY, branch: '城东支行', organiser: '办公室' })).toEqual([]);
  });
});
