// The 整改台账 calls: a follow-up of a measure (evidence of completion stored first, entry last) and the ledger
// across every drill of the database, with the carry-over of a drill's branch's open measures into its review.
import { formatWallDate } from '../../shared/domain/clock';
import type { Entry, ImprovementMove } from '../../shared/domain/entry';
import { carriedOver, filterImprovementLedger, improvementLedger, type ImprovementLedgerFilter, type LedgerDrill } from '../../shared/domain/improvementLedger';
import type { ImprovementLedger } from '../../shared/ipc/contract';
import { DrillRoomError } from '../../shared/ipc/errors';
import type { Clock } from '../clock/clock';
import { printable } from '../evidence/names';
import { MAX_EVIDENCE_BYTES, type EvidenceStore } from '../evidence/store';
import type { DrillService } from './drills';

export interface FollowUpInput {
  drillId: string;
  improvement: number;
  move: ImprovementMove;
  by: string;
  text: string;
  files: { name: string; mime: string; base64: string }[];
}

/** Record a move of a measure by a person. The drill's rules are asked before any file reaches the disk. */
export function followUp(drills: DrillService, store: EvidenceStore, input: FollowUpInput): Entry<'improvement.followup'> {
  const by = input.by.trim();
  const data = { improvement: input.improvement, move: input.move, by };
  drills.admit(input.drillId, { kind: 'improvement.followup', roleId: null, text: input.text.trim(), data });
  const files = input.files.map((f) => {
    const approx = Math.floor((f.base64.length * 3) / 4);
    if (approx > MAX_EVIDENCE_BYTES + 2)
      throw new DrillRoomError('bad_evidence.too_large', { name: printable(f.name), sizeMiB: Math.round((approx / 1048576) * 10) / 10, limitMiB: MAX_EVIDENCE_BYTES / 1048576 });
    return { name: f.name, mime: f.mime, bytes: Buffer.from(f.base64, 'base64') };
  });
  const attachments = store.addAll(files);
  return drills.record(input.drillId, {
    kind: 'improvement.followup',
    roleId: null,
    text: input.text.trim(),
    data: { ...data, ...(attachments.length ? { attachments } : {}) },
  });
}

/** Today's local date on this PC (YYYY-MM-DD): what 逾期 is judged by. */
export function todayYmd(clock: Clock): string {
  const now = clock.now();
  return formatWallDate(now, new Date(now).getTimezoneOffset());
}

/** Every drill of the database that folds (a damaged one is left out; it is listed as damaged elsewhere). */
function ledgerDrills(drills: DrillService): LedgerDrill[] {
  return drills
    .list()
    .filter((d) => d.damaged === null)
    .map((d) => ({ drillId: d.drillId, entries: drills.entries(d.drillId), readOnly: d.readOnly }));
}

export function improvementLedgerOf(drills: DrillService, clock: Clock, filter: ImprovementLedgerFilter = {}): ImprovementLedger {
  const today = todayYmd(clock);
  return { today, rows: filterImprovementLedger(improvementLedger(ledgerDrills(drills), today), filter) };
}

/** 往期未完成整改 for one drill's review: open measures of earlier drills of its branch (or organiser). */
export function carryOverOf(drills: DrillService, clock: Clock, drillId: string): ImprovementLedger {
  const state = drills.state(drillId);
  const today = todayYmd(clock);
  const others = ledgerDrills(drills).filter((d) => d.drillId !== drillId);
  const at = state.startedAt ?? state.createdAt;
  return { today, rows: carriedOver(improvementLedger(others, today), { drillId, at, branch: state.facts.branch, organiser: state.facts.organiser }) };
}
