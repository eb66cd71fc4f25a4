// The replay's timeline: the drill folded after every entry, so any replay clock t maps to the state the room saw
// then (the fold of the entries with clockMs ≤ t). Pure; no React.
import { fold, foldNext, type DrillState } from '../../../shared/domain/fold';
import type { AnyEntry } from '../../../shared/domain/entry';

export interface ReplayTimeline {
  entries: readonly AnyEntry[];
  /** states[i] = fold(entries[0..i]). */
  states: DrillState[];
  /** Drill clock of the last entry (the finish, for a finished drill). */
  endMs: number;
  /** Drill times at which something happened, ascending, without repeats. */
  moments: number[];
}

export function buildTimeline(entries: readonly AnyEntry[]): ReplayTimeline {
  const states: DrillState[] = [];
  let s: DrillState | null = null;
  for (const [i, e] of entries.entries()) {
    s = s ? foldNext(s, e, () => entries.slice(0, i + 1)) : fold([e]);
    states.push(s);
  }
  // The journal's drill clock never runs backwards; keep the prefix property explicit if it ever did.
  let endMs = 0;
  for (const e of entries) endMs = Math.max(endMs, e.clockMs);
  const moments = [...new Set(entries.map((e) => e.clockMs))].sort((a, b) => a - b);
  return { entries, states, endMs, moments };
}

/** Index of the last entry with clockMs ≤ t (entries are in drill-clock order). Never below 0: the setup. */
export function indexAt(tl: ReplayTimeline, t: number): number {
  let lo = 0;
  let hi = tl.entries.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tl.entries[mid]!.clockMs <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function stateAt(tl: ReplayTimeline, t: number): DrillState {
  return tl.states[indexAt(tl, t)]!;
}

/** The drill clock the state shows at replay time t: t while running, the stopped value otherwise. */
export function clockAtReplay(state: DrillState, t: number): number {
  return state.clock.running ? Math.max(state.clock.clockMs, t) : state.clock.clockMs;
}

/** "75", "1:15:00", "T+01:15:00", "12:30" → drill ms; null when it does not read as a time. */
export function parseReplayTime(text: string): number | null {
  const s = text.trim().replace(/^T\+/i, '');
  if (/^\d+(\.\d+)?$/.test(s)) return Math.round(Number(s) * 60_000);
  const m = /^(\d+):(\d{1,2})(?::(\d{1,2}))?$/.exec(s);
  if (!m) return null;
  const [a, b, c] = [Number(m[1]), Number(m[2]), m[3] === undefined ? null : Number(m[3])];
  return c === null ? (a * 60 + b) * 1000 : ((a * 60 + b) * 60 + c) * 1000;
}
