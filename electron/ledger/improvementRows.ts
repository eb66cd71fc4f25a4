// The improvement ledger's rows for the spreadsheet: every measure of every drill, its status after follow-ups and whether overdue.
// Built from shared/domain/review.ts's reviewRecord (the improvement ledger screen's own domain file was not on this branch yet).
import { fold } from '../../shared/domain/fold';
import { DrillFactsSchema } from '../../shared/domain/facts';
import type { LedgerDrill } from '../../shared/domain/drillLedger';
import { localYmd } from '../../shared/domain/drillLedger';
import { isOverdue, reviewRecord, type ImprovementStatus } from '../../shared/domain/review';

export interface ImprovementLedgerRow {
  drillId: string;
  drillName: string;
  branch: string;
  drillDateYmd: string;
  /** The improvement entry's number in its drill's journal. */
  seq: number;
  measure: string;
  owner: string;
  department: string;
  start: string;
  due: string;
  status: ImprovementStatus;
  overdue: boolean;
  acceptance: string;
  followUps: number;
  lastFollowUpYmd: string;
}

export function improvementLedgerRows(drills: readonly LedgerDrill[], todayYmd: string): ImprovementLedgerRow[] {
  return drills.flatMap((d) => {
    const state = fold(d.entries);
    const facts = DrillFactsSchema.safeParse(state.facts);
    const branch = facts.success ? facts.data.branch : '';
    const drillDateYmd = localYmd(state.startedAt ?? state.createdAt, state.tzOffsetMin);
    return reviewRecord(d.entries).improvements.map((m) => {
      const last = m.followUps[m.followUps.length - 1];
      return {
        drillId: d.drillId,
        drillName: state.facts.name,
        branch,
        drillDateYmd,
        seq: m.seq,
        measure: m.text,
        owner: m.owner,
        department: m.department ?? '',
        start: m.start ?? '',
        due: m.due,
        status: m.status,
        overdue: isOverdue(m, todayYmd),
        acceptance: m.acceptance ?? '',
        followUps: m.followUps.length,
        lastFollowUpYmd: last ? localYmd(last.at, state.tzOffsetMin) : '',
      };
    });
  });
}
