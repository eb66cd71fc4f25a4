// Derived views for the console and projector: phase progress, role progress, overdue actions, inject queue.
import { injectOf } from './adhoc';
import { MINUTE } from './clock';
import { currentPhase, type DrillState } from './fold';
import { own } from './records';
import { injectsInOrder, type Inject, type Phase } from './scenario';

export type ProgressLevel = 'ok' | 'near' | 'over';

export interface PhaseProgress {
  phase: Phase;
  index: number;
  elapsedMs: number;
  targetMs: number;
  level: ProgressLevel;
}

/** Amber from 80 % of the target, red past it. */
export function levelOf(elapsedMs: number, targetMs: number): ProgressLevel {
  if (elapsedMs > targetMs) return 'over';
  if (elapsedMs >= targetMs * 0.8) return 'near';
  return 'ok';
}

/** Progress of the current phase at drill time `clockNowMs` (main's drill clock, never wall time). */
export function phaseProgress(state: DrillState, clockNowMs: number): PhaseProgress | null {
  const phase = currentPhase(state);
  const run = state.phaseRuns[state.phaseRuns.length - 1];
  if (!phase || !run) return null;
  const end = run.endClockMs ?? clockNowMs;
  const elapsedMs = Math.max(0, end - run.startClockMs);
  const targetMs = phase.targetMin * MINUTE;
  return { phase, index: state.phaseIndex, elapsedMs, targetMs, level: levelOf(elapsedMs, targetMs) };
}

export interface OverdueAction {
  injectId: string;
  actionId: string;
  text: string;
  dueClockMs: number;
}

export interface RoleProgress {
  roleId: string;
  name: string;
  done: number;
  total: number;
  lastActionClockMs: number | null;
  overdue: OverdueAction[];
}

/** Expected actions of released injects that are past their deadline and not done by their role. */
export function overdueActions(state: DrillState, clockNowMs: number): Map<string, OverdueAction[]> {
  const now = clockNowMs;
  const out = new Map<string, OverdueAction[]>();
  for (const r of state.released) {
    const inj = injectOf(state, r.injectId);
    if (!inj) continue;
    for (const a of inj.expectedActions) {
      const due = r.clockMs + a.deadlineMin * MINUTE;
      if (now <= due || own(state.actionsDone, `${inj.id}/${a.id}`) !== undefined) continue;
      const list = out.get(a.roleId) ?? [];
      list.push({ injectId: inj.id, actionId: a.id, text: a.text, dueClockMs: due });
      out.set(a.roleId, list);
    }
  }
  return out;
}

export function roleProgress(state: DrillState, clockNowMs: number): RoleProgress[] {
  const done = state.tasksDone;
  const overdue = overdueActions(state, clockNowMs);
  return state.scenario.roles.map((role) => ({
    roleId: role.id,
    name: role.name,
    done: role.tasks.filter((t) => own(own(done, role.id), t.id) !== undefined).length,
    total: role.tasks.length,
    lastActionClockMs: own(state.lastActionClockMs, role.id) ?? null,
    overdue: overdue.get(role.id) ?? [],
  }));
}

export interface InjectQueue {
  released: Inject[];
  /** Timed injects not yet out, in release order (contingency ones excluded). */
  upcoming: Inject[];
  /** Contingency injects not yet out: released by hand only. */
  contingency: Inject[];
}

export function injectQueue(state: DrillState): InjectQueue {
  const out = new Set(state.released.map((r) => r.injectId));
  const ordered = injectsInOrder(state.scenario);
  return {
    released: state.released
      .map((r) => injectOf(state, r.injectId))
      .filter((j): j is Inject => j !== undefined),
    upcoming: ordered.filter((j) => !out.has(j.id) && !j.contingency),
    contingency: ordered.filter((j) => !out.has(j.id) && j.contingency),
  };
}

/** Timed injects due at drill time `clockMs` and not yet released; a child waits for its parent. */
export function dueInjects(state: DrillState, clockMs: number): Inject[] {
  const out = new Set(state.released.map((r) => r.injectId));
  return injectsInOrder(state.scenario).filter(
    (j) => !j.contingency && !out.has(j.id) && j.offsetMin * MINUTE <= clockMs && (!j.afterInjectId || out.has(j.afterInjectId)),
  );
}

/** Drill time of the next timed release, or null when nothing timed is left. */
export function nextDueClockMs(state: DrillState): number | null {
  const out = new Set(state.released.map((r) => r.injectId));
  let best: number | null = null;
  for (const j of state.scenario.injects) {
    if (j.contingency || out.has(j.id)) continue;
    if (j.afterInjectId && !out.has(j.afterInjectId)) continue;
    const t = j.offsetMin * MINUTE;
    if (best === null || t < best) best = t;
  }
  return best;
}
