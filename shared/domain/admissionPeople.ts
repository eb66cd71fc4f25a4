// Admission rules for the people around the drill: improvement follow-ups (after the seal too), check-ins and role handovers.
import { DrillRoomError } from '../ipc/errors';
import type { ErrorKey } from '../i18n/errors';
import type { AdmissionContext } from './admission';
import { attendanceRecord, currentHolder, isLateArrival } from './attendance';
import type { EntryDraft, ImprovementMove } from './entry';
import type { DrillState } from './fold';
import { afterMove, reviewRecord, type ImprovementStatus } from './review';

const no = (key: ErrorKey, params: Record<string, string | number> = {}) => new DrillRoomError(key, params);
const needJournal = () => no('invalid_input', { detail: 'the journal is needed to check this entry' });

/** A refusal per status the measure is in: the message names it (bad_state.improvement_<status>). */
export function moveRefusalKey(status: ImprovementStatus): ErrorKey {
  return `bad_state.improvement_${status}`;
}

/** A follow-up points at a live improvement measure of this drill, and its move is one its status allows (review.ts afterMove). */
export function followUpRefusal(s: DrillState, data: Record<string, unknown>, ctx: AdmissionContext): DrillRoomError | null {
  const seq = Number(data['improvement']);
  const target = ctx.entry(seq);
  if (!target || target.kind !== 'improvement') return no('invalid_input.unknown_improvement', { seq });
  if (s.voided.includes(seq)) return no('bad_state.improvement_voided', { seq });
  if (!ctx.journal) return needJournal();
  const measure = reviewRecord(ctx.journal()).improvements.find((m) => m.seq === seq);
  if (!measure) return no('bad_state.improvement_voided', { seq });
  const move = data['move'] as ImprovementMove;
  if (afterMove(measure.status, move) === null) return no(moveRefusalKey(measure.status), { seq, reason: `move_${move}` });
  return null;
}

/** A check-in names a person; `late` is the drill's (started or not), never the caller's; one check-in per person and seat. */
export function attendanceRefusal(s: DrillState, d: EntryDraft, data: Record<string, unknown>, ctx: AdmissionContext): DrillRoomError | null {
  const name = String(data['name'] ?? '').trim();
  if (!name) return no('invalid_input.attendance_name');
  if (data['late'] !== isLateArrival(s.status)) return no('invalid_input', { detail: `late is ${String(isLateArrival(s.status))} for a drill that is ${s.status}` });
  if (d.roleId !== null && data['capacity'] !== undefined) return no('invalid_input', { detail: 'a capacity goes with no role' });
  if (d.roleId === null && data['capacity'] === undefined) return no('invalid_input.attendance_capacity');
  if (!ctx.journal) return needJournal();
  const again = attendanceRecord(ctx.journal()).checkIns.find((c) => c.name === name && c.roleId === d.roleId && c.capacity === data['capacity']);
  return again ? no('bad_state.already_checked_in', { name }) : null;
}

/** A role of the pack is handed over only while the drill runs (or is paused), from the person holding it to another. */
export function handoverRefusal(s: DrillState, d: EntryDraft, data: Record<string, unknown>, ctx: AdmissionContext): DrillRoomError | null {
  if (s.status === 'ready') return no('bad_state.handover_not_started');
  if (d.roleId === null) return no('invalid_input.handover_role');
  const from = String(data['from'] ?? '').trim();
  const to = String(data['to'] ?? '').trim();
  if (!from || !to) return no('invalid_input.handover_names');
  if (from === to) return no('invalid_input.handover_same', { name: from });
  if (!ctx.journal) return needJournal();
  const holder = currentHolder(attendanceRecord(ctx.journal()), d.roleId);
  if (holder !== null && holder !== from) return no('bad_state.handover_not_holder', { from, holder });
  return null;
}
