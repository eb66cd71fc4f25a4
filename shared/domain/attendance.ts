// Attendance (签到) and who held each role when: check-ins, late arrivals and role handovers folded from the effective journal.
import { effectiveJournal } from './effective';
import { ATTENDANCE_CAPACITIES, type AnyEntry, type Entry } from './entry';
import type { DrillStatus } from './fold';

export { ATTENDANCE_CAPACITIES };
export type AttendanceCapacity = (typeof ATTENDANCE_CAPACITIES)[number];

export interface CheckIn {
  seq: number;
  at: number;
  /** Drill time of the check-in (0 before the start). */
  clockMs: number;
  name: string;
  department: string | undefined;
  /** The role of the pack, or null for a facilitator, evaluator or observer (then `capacity` says which). */
  roleId: string | null;
  capacity: AttendanceCapacity | undefined;
  late: boolean;
}

export interface Handover {
  seq: number;
  at: number;
  clockMs: number;
  roleId: string;
  from: string;
  to: string;
}

/** One person's time in a role: from a drill time (0 = from the start) until another took over (null = to the end). */
export interface Tenure {
  name: string;
  fromMs: number;
  toMs: number | null;
  /** How they came to hold it. */
  via: 'check-in' | 'handover';
}

export interface AttendanceRecord {
  checkIns: CheckIn[];
  /** The check-ins after the start, in order (迟到). */
  late: CheckIn[];
  handovers: Handover[];
}

/**
 * Decision: a check-in is late when the drill has started (its clock.start is in the journal), whatever the caller
 * says. Main sets `late` from this when it writes the entry and admission refuses a draft that disagrees, so the
 * flag in the journal is the drill's own fact at the moment of the check-in, readable without a fold.
 */
export function isLateArrival(status: DrillStatus): boolean {
  return status !== 'ready';
}

export function attendanceRecord(entries: readonly AnyEntry[]): AttendanceRecord {
  const out: AttendanceRecord = { checkIns: [], late: [], handovers: [] };
  for (const { entry: e } of effectiveJournal(entries).live) {
    if (e.kind === 'attendance') {
      const d = (e as Entry<'attendance'>).data;
      const c: CheckIn = { seq: e.seq, at: e.at, clockMs: e.clockMs, name: d.name, department: d.department || undefined, roleId: e.roleId, capacity: d.capacity, late: d.late };
      out.checkIns.push(c);
      if (c.late) out.late.push(c);
    } else if (e.kind === 'role.handover' && e.roleId !== null) {
      const d = (e as Entry<'role.handover'>).data;
      out.handovers.push({ seq: e.seq, at: e.at, clockMs: e.clockMs, roleId: e.roleId, from: d.from, to: d.to });
    }
  }
  return out;
}

/**
 * Who held a role over the drill, in order. The first person checked in for the role holds it from their check-in
 * (from the start when they signed in before it); each handover ends one tenure and starts the next. A handover
 * with nobody checked in names its `from` as the holder until then.
 */
export function tenures(rec: AttendanceRecord, roleId: string): Tenure[] {
  const out: Tenure[] = [];
  const first = rec.checkIns.find((c) => c.roleId === roleId);
  const handovers = rec.handovers.filter((h) => h.roleId === roleId);
  if (first) out.push({ name: first.name, fromMs: first.late ? first.clockMs : 0, toMs: null, via: 'check-in' });
  else if (handovers[0]) out.push({ name: handovers[0].from, fromMs: 0, toMs: null, via: 'check-in' });
  for (const h of handovers) {
    const last = out[out.length - 1];
    if (last) last.toMs = h.clockMs;
    out.push({ name: h.to, fromMs: h.clockMs, toMs: null, via: 'handover' });
  }
  return out;
}

/** Who held the role at drill time `clockMs` ("who held 新闻发言 at T+00:40"), or null when nobody is known to. */
export function holderAt(rec: AttendanceRecord, roleId: string, clockMs: number): string | null {
  let holder: string | null = null;
  for (const t of tenures(rec, roleId)) if (t.fromMs <= clockMs) holder = t.name;
  return holder;
}

/** Who holds the role now (after every handover so far), or null. */
export function currentHolder(rec: AttendanceRecord, roleId: string): string | null {
  return tenures(rec, roleId).at(-1)?.name ?? null;
}
