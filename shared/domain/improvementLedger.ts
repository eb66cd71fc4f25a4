// 整改台账: every improvement measure of every drill as one row (status after follow-ups, overdue by today's date),
// the ledger's filter, and the carry-over of open measures of earlier drills of the same branch into a review.
import { formatWallDate } from './clock';
import type { AnyEntry, Entry, ImprovementMove } from './entry';
import { DrillFactsSchema, type DrillFacts } from './facts';
import { IMPROVEMENT_STATUSES, isOverdue, reviewRecord, type ImprovementStatus } from './review';

/** One drill's journal as the ledger reads it; `readOnly` marks an imported archive (its measures cannot be followed up). */
export interface LedgerDrill {
  drillId: string;
  entries: readonly AnyEntry[];
  readOnly?: boolean;
}

export interface ImprovementLedgerRow {
  drillId: string;
  drillName: string;
  /** The drill's local date (YYYY-MM-DD): the start, else when it was created. */
  drillDate: string;
  /** Wall time the drill is dated by (start, else creation): "earlier drill" compares this. */
  drillAt: number;
  /** 机构/网点, and the organiser (the carry-over key when the branch is empty). */
  branch: string;
  organiser: string;
  scenarioTitle: string;
  scenarioTitleEn: string | undefined;
  readOnly: boolean;
  /** The improvement entry's seq in its drill's journal (what a follow-up points at). */
  seq: number;
  measure: string;
  capability: string | undefined;
  owner: string;
  department: string | undefined;
  acceptance: string | undefined;
  start: string | undefined;
  due: string;
  status: ImprovementStatus;
  /** 逾期: past due (by todayYmd) and neither done nor accepted. */
  overdue: boolean;
  lastMove: { move: ImprovementMove; at: number; by: string; date: string } | null;
  followUps: number;
}

export interface ImprovementLedgerFilter {
  /** Any of these statuses (empty or absent: all). */
  statuses?: readonly ImprovementStatus[];
  /** Part of the owner's name or department, case-insensitive. */
  owner?: string;
  /** Due on or after / on or before (YYYY-MM-DD). */
  dueFrom?: string;
  dueTo?: string;
  overdueOnly?: boolean;
}

const factsOf = (e: AnyEntry): DrillFacts | null =>
  e.kind === 'drill.setup' ? DrillFactsSchema.parse((e as Entry<'drill.setup'>).data.facts) : e.kind === 'drill.facts' ? DrillFactsSchema.parse((e as Entry<'drill.facts'>).data.facts) : null;

/** Every measure of every drill, in drill date order, then recording order. A drill whose journal holds no setup is skipped. */
export function improvementLedger(drills: readonly LedgerDrill[], todayYmd: string): ImprovementLedgerRow[] {
  const rows: ImprovementLedgerRow[] = [];
  for (const d of drills) {
    const setup = d.entries[0];
    if (!setup || setup.kind !== 'drill.setup') continue;
    const s = (setup as Entry<'drill.setup'>).data;
    // Latest facts count (a drill.facts entry replaces them); a voided facts entry is rare and does not matter for the ledger.
    let facts = factsOf(setup)!;
    for (const e of d.entries) facts = factsOf(e) ?? facts;
    const started = d.entries.find((e) => e.kind === 'clock.start');
    const drillAt = (started ?? setup).at;
    const record = reviewRecord(d.entries);
    for (const m of record.improvements) {
      const last = m.followUps.at(-1);
      rows.push({
        drillId: d.drillId,
        drillName: facts.name,
        drillDate: formatWallDate(drillAt, s.tzOffsetMin),
        drillAt,
        branch: facts.branch,
        organiser: facts.organiser,
        scenarioTitle: s.scenario.title,
        scenarioTitleEn: s.scenario.titleEn,
        readOnly: d.readOnly ?? false,
        seq: m.seq,
        measure: m.text,
        capability: m.capability,
        owner: m.owner,
        department: m.department || undefined,
        acceptance: m.acceptance || undefined,
        start: m.start,
        due: m.due,
        status: m.status,
        overdue: isOverdue(m, todayYmd),
        lastMove: last ? { move: last.move, at: last.at, by: last.by, date: formatWallDate(last.at, s.tzOffsetMin) } : null,
        followUps: m.followUps.length,
      });
    }
  }
  return rows.sort((a, b) => a.drillAt - b.drillAt || a.drillId.localeCompare(b.drillId) || a.seq - b.seq);
}

export function filterImprovementLedger(rows: readonly ImprovementLedgerRow[], f: ImprovementLedgerFilter): ImprovementLedgerRow[] {
  const owner = f.owner?.trim().toLowerCase() ?? '';
  const statuses = f.statuses?.length ? new Set(f.statuses) : null;
  return rows.filter(
    (r) =>
      (!statuses || statuses.has(r.status)) &&
      (!owner || r.owner.toLowerCase().includes(owner) || (r.department ?? '').toLowerCase().includes(owner)) &&
      (!f.dueFrom || r.due >= f.dueFrom) &&
      (!f.dueTo || r.due <= f.dueTo) &&
      (!f.overdueOnly || r.overdue),
  );
}

/** The key drills are compared by for the carry-over: the branch, else the organiser ('' when neither is known). */
export function carryOverKey(facts: Pick<DrillFacts, 'branch' | 'organiser'>): string {
  const branch = facts.branch.trim();
  return branch ? `branch:${branch}` : facts.organiser.trim() ? `organiser:${facts.organiser.trim()}` : '';
}

/**
 * 往期未完成整改: the measures of EARLIER drills (dated before `drill.at`) with the same branch (or, with no branch,
 * the same organiser) that are neither done nor accepted. A drill with neither branch nor organiser carries nothing
 * over: it cannot tell which drills are its own.
 */
export function carriedOver(rows: readonly ImprovementLedgerRow[], drill: { drillId: string; at: number; branch: string; organiser: string }): ImprovementLedgerRow[] {
  const key = carryOverKey(drill);
  if (!key) return [];
  return rows.filter((r) => r.drillId !== drill.drillId && r.drillAt < drill.at && carryOverKey(r) === key && (r.status === 'open' || r.status === 'in_progress'));
}

export { IMPROVEMENT_STATUSES };
