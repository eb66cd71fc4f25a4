// Timing indicators (发现→上报, 核实, 首次回应, 监管报告 …): target vs actual from the folded milestones, each citing
// the entries (by seq) that started and ended it.
import type { DrillState } from './fold';
import type { Milestone } from './milestones';
import { MINUTE } from './clock';

export type IndicatorStatus = 'met' | 'missed' | 'running' | 'pending';

export interface Indicator {
  id: string;
  label: string;
  labelEn: string | undefined;
  from: Milestone;
  to: Milestone;
  targetMs: number;
  /** Duration from `from` to `to`, when both are marked. */
  actualMs: number | null;
  /** Time spent so far while `from` is marked and `to` is not. */
  runningMs: number | null;
  status: IndicatorStatus;
  /** The entry that marked `from` (null while pending) and its drill time. */
  fromSeq: number | null;
  fromClockMs: number | null;
  /** The entry that marked `to` (null until reached) and its drill time. */
  toSeq: number | null;
  toClockMs: number | null;
}

/**
 * met: `to` reached within target; missed: reached late, or not reached and already over target;
 * running: `from` reached, `to` not yet, still within target; pending: `from` not reached.
 * `clockNowMs` is the drill clock now (main's, or the last entry's for a record), never wall time.
 */
export function indicators(state: DrillState, clockNowMs: number): Indicator[] {
  const now = clockNowMs;
  return state.scenario.timingTargets.map((t) => {
    const from = state.milestones[t.from as Milestone];
    const to = state.milestones[t.to as Milestone];
    const targetMs = t.targetMin * MINUTE;
    const cite = {
      fromSeq: from === undefined ? null : (state.milestoneSeqs[t.from as Milestone] ?? null),
      fromClockMs: from ?? null,
      toSeq: from === undefined || to === undefined ? null : (state.milestoneSeqs[t.to as Milestone] ?? null),
      toClockMs: from === undefined ? null : (to ?? null),
    };
    const base = { id: t.id, label: t.label, labelEn: t.labelEn, from: t.from as Milestone, to: t.to as Milestone, targetMs, ...cite };
    if (from === undefined) return { ...base, actualMs: null, runningMs: null, status: 'pending' };
    if (to !== undefined) {
      const actualMs = Math.max(0, to - from);
      return { ...base, actualMs, runningMs: null, status: actualMs <= targetMs ? 'met' : 'missed' };
    }
    const runningMs = Math.max(0, now - from);
    const over = runningMs > targetMs;
    const ended = state.status === 'finished';
    return { ...base, actualMs: null, runningMs, status: over || ended ? 'missed' : 'running' };
  });
}
