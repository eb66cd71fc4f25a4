// The drill ledger's rules: what counts as an indicator met, which score counts, actions on time, improvements, years and branches.
import { describe, expect, it } from 'vitest';
import { drillLedger, drillLedgerRow, groupRows } from '../../shared/domain/drillLedger';
import { DrillFactsSchema } from '../../shared/domain/facts';
import { filingCodeOf, witnessMarks } from '../../shared/domain/anchors';
import { scenarioVersion } from '../../shared/domain/scenarioVersion';
import { sha256 } from '../../electron/journal/sha256';
import { EntryList, seedPack, T0 } from '../helpers/entries';

const MIN = 60_000;
const pack = seedPack('transfer-failure');
const TODAY = '2026-12-03';

/** A drill of branch `branch` that started `daysAfter` days after T0 (2026-11-28 09:00 in UTC+8). */
function drill(id: string, branch: string, opts: { daysAfter?: number } = {}) {
  const j = new EntryList(pack, id);
  const shift = (opts.daysAfter ?? 0) * 24 * 60 * MIN;
  j.add('drill.facts', 0, { facts: DrillFactsSchema.parse({ name: `${branch}演练`, branch, participants: { commander: '王强、李梅', spokesperson: '赵六' } }) }, { at: T0 + shift });
  j.add('clock.start', 0, {}, { at: T0 + shift });
  const at = (ms: number) => ({ at: T0 + shift + ms });
  return { j, at };
}
const row = (j: EntryList) => drillLedgerRow({ drillId: j.drillId, entries: j.entries }, sha256, TODAY);

describe('the drill ledger', () => {
  it('counts an indicator met only from a live milestone: a voided milestone does not count', () => {
    const { j, at } = drill('D-void', '城东支行');
    j.add('observation', 2 * MIN, { milestone: 'discovered' }, { roleId: 'customer_service', text: '客服接到投诉', ...at(2 * MIN) });
    const reported = j.add('communication', 6 * MIN, { milestone: 'reported' }, { roleId: 'customer_service', text: '向组长报告', ...at(6 * MIN) });
    expect(row(j).indicators.find((i) => i.id === 'discover_report')).toMatchObject({ status: 'met', actualMs: 4 * MIN });
    expect(row(j).indicatorsMet).toBe(1);
    // The report was logged by mistake: voided, it no longer marks the milestone, and the indicator is not met.
    j.add('correction', 7 * MIN, { corrects: reported.seq, void: true }, { text: '误记', ...at(7 * MIN) });
    const r = row(j);
    expect(r.indicators.find((i) => i.id === 'discover_report')!.status).not.toBe('met');
    expect(r.indicatorsMet).toBe(0);
    expect(r.indicatorsTotal).toBe(pack.timingTargets.length);
  });

  it('takes the latest score per objective, and the verdict', () => {
    const { j, at } = drill('D-score', '城东支行');
    j.add('clock.finish', 60 * MIN, {}, at(60 * MIN));
    j.add('score', 60 * MIN, { target: 'objective', targetId: 'obj-report', rating: 'U' }, { roleId: 'evaluator', ...at(61 * MIN) });
    j.add('score', 60 * MIN, { target: 'objective', targetId: 'obj-report', rating: 'S' }, { roleId: 'evaluator', ...at(62 * MIN) });
    j.add('verdict', 60 * MIN, { rating: 'S' }, { roleId: 'evaluator', text: '基本达到目的', ...at(63 * MIN) });
    const r = row(j);
    expect(r.ratings.find((x) => x.objectiveId === 'obj-report')!.rating).toBe('S');
    expect(r.ratings.find((x) => x.objectiveId === 'obj-assess')!.rating).toBeNull();
    expect(r.ratings.map((x) => x.objectiveId)).toEqual(pack.objectives.map((o) => o.id));
    expect(r.verdict).toBe('S');
  });

  it('counts expected actions of released injects on time, not unreleased contingencies', () => {
    const { j, at } = drill('D-act', '城东支行');
    j.add('inject.released', MIN, { injectId: 'tf-01', manual: false, lateMs: 0, late: false }, at(MIN));
    j.add('action', 3 * MIN, { injectId: 'tf-01', actionId: 'a1' }, { roleId: 'customer_service', text: '安抚客户', ...at(3 * MIN) });
    j.add('action', 20 * MIN, { injectId: 'tf-01', actionId: 'a2' }, { roleId: 'customer_service', text: '晚了', ...at(20 * MIN) });
    j.add('clock.finish', 30 * MIN, {}, at(30 * MIN));
    const r = row(j);
    expect(r.actionsTotal).toBe(pack.injects.find((i) => i.id === 'tf-01')!.expectedActions.length);
    expect(r.actionsOnTime).toBe(1);
  });

  it('counts improvements open and closed after their follow-ups, and the overdue among the open', () => {
    const { j, at } = drill('D-imp', '城东支行');
    j.add('clock.finish', 30 * MIN, {}, at(30 * MIN));
    const a = j.add('improvement', 30 * MIN, { owner: '王强', due: '2026-12-01' }, { text: '完善报告流程', ...at(31 * MIN) });
    j.add('improvement', 30 * MIN, { owner: '李梅', due: '2027-01-31' }, { text: '培训', ...at(32 * MIN) });
    const c = j.add('improvement', 30 * MIN, { owner: '赵六', due: '2026-12-15' }, { text: '演练口径库', ...at(33 * MIN) });
    j.add('improvement.followup', 30 * MIN, { improvement: c.seq, move: 'done', by: '赵六' }, { text: '已完成', ...at(34 * MIN) });
    void a;
    const r = row(j);
    expect([r.improvementsOpen, r.improvementsClosed, r.improvementsOverdue]).toEqual([2, 1, 1]);
  });

  it('carries date, branch, scenario version, participants, final hash and anchors', () => {
    const { j, at } = drill('D-anchor', '城西支行');
    j.add('phase.advance', 10 * MIN, { from: 'discovery', to: 'verification' }, at(10 * MIN));
    j.add('clock.finish', 40 * MIN, {}, at(40 * MIN));
    const r = row(j);
    expect(r).toMatchObject({ branch: '城西支行', dateYmd: '2026-11-28', year: 2026, participants: 3, finalHash: j.entries.at(-1)!.hash, status: 'finished' });
    expect(r.scenarioVersion).toBe(scenarioVersion(pack, sha256));
    expect(r.witnessCodes).toEqual(witnessMarks(j.entries).map((m) => m.code));
    expect(r.witnessCodes).toHaveLength(2);
    expect(r.filingCode).toBe(filingCodeOf(j.entries));
    expect(r.filingCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
  });

  it('names the approved version when the plan was approved, and counts people who checked in', () => {
    const { j, at } = drill('D-plan', '城西支行');
    j.add('plan.approved', 0, { scenarioHash: 'a'.repeat(64), approver: '行长' }, at(0));
    j.add('attendance', MIN, { name: '王强', late: false }, { roleId: 'commander', ...at(MIN) });
    j.add('attendance', MIN, { name: '王强', late: false }, { roleId: 'commander', ...at(MIN) });
    j.add('attendance', 2 * MIN, { name: '孙七', late: true }, { roleId: 'spokesperson', ...at(2 * MIN) });
    const r = row(j);
    expect(r.scenarioVersion).toBe('a'.repeat(64));
    expect(r.participants).toBe(2);
  });

  it('filters by year, and gives per year and per branch the share met and the average time per indicator', () => {
    const mk = (id: string, branch: string, daysAfter: number, reportMin: number) => {
      const { j, at } = drill(id, branch, { daysAfter });
      j.add('observation', 0, { milestone: 'discovered' }, { roleId: 'customer_service', ...at(0) });
      j.add('communication', reportMin * MIN, { milestone: 'reported' }, { roleId: 'customer_service', ...at(reportMin * MIN) });
      j.add('clock.finish', 100 * MIN, {}, at(100 * MIN));
      return { drillId: id, entries: j.entries };
    };
    // 2026-11-28 and 2027-02-06 (70 days later); target 15 min.
    const drills = [mk('D-a', '城东支行', 0, 10), mk('D-b', '城西支行', 0, 20), mk('D-c', '城东支行', 70, 12)];
    const all = drillLedger(drills, { sha256, todayYmd: TODAY });
    expect(all.years).toEqual([2027, 2026]);
    expect(all.rows.map((r) => r.drillId)).toEqual(['D-c', 'D-a', 'D-b']);
    const y2026 = all.byYear.find((g) => g.key === '2026')!;
    expect(y2026.drills).toBe(2);
    expect(y2026.indicatorsTotal).toBe(2 * pack.timingTargets.length);
    expect(y2026.indicatorsMet).toBe(1);
    expect(y2026.averages.find((a) => a.id === 'discover_report')).toMatchObject({ count: 2, averageMs: 15 * MIN, targetMs: 15 * MIN });

    const only2026 = drillLedger(drills, { sha256, todayYmd: TODAY, year: 2026 });
    expect(only2026.rows.map((r) => r.drillId).sort()).toEqual(['D-a', 'D-b']);
    expect(only2026.byYear).toEqual(all.byYear);
    expect(only2026.byBranch.map((g) => [g.key, g.drills, g.indicatorsMet])).toEqual([
      ['城东支行', 1, 1],
      ['城西支行', 1, 0],
    ]);
    expect(only2026.byBranch[0]!.shareMet).toBeCloseTo(1 / pack.timingTargets.length);
  });

  it('has no share met for a group without indicators', () => {
    expect(groupRows('x', []).shareMet).toBeNull();
  });
});
