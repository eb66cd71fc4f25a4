// The timing check: live entries logged late (补记) or timed before the inject they answer (时序存疑), for the review.
import { effectiveJournal } from './effective';
import type { AnyEntry } from './entry';
import type { DrillState } from './fold';
import { answersBeforeInject, byOccurred, lateMinutes } from './occurred';

export interface TimingNote {
  seq: number;
  entry: AnyEntry;
  /** The corrected text (effective.ts). */
  text: string;
  occurredMs: number;
  recordedMs: number;
  lateMinutes: number;
  doubtful: boolean;
  /** For a doubtful entry: when its inject was released (null if it never was, or when not doubtful). */
  releasedClockMs: number | null;
}

export function timingCheck(state: DrillState, entries: readonly AnyEntry[]): TimingNote[] {
  const out: TimingNote[] = [];
  for (const x of effectiveJournal([...entries].sort(byOccurred)).live) {
    const e = x.entry;
    const doubtful = answersBeforeInject(state.released, e);
    if (!doubtful && x.lateMs === 0) continue;
    const injectId = (e.data as { injectId?: unknown }).injectId;
    const released = doubtful ? state.released.find((r) => r.injectId === injectId) : undefined;
    out.push({ seq: e.seq, entry: e, text: x.text, occurredMs: x.occurredMs, recordedMs: e.clockMs, lateMinutes: lateMinutes(e), doubtful, releasedClockMs: released?.clockMs ?? null });
  }
  return out;
}
