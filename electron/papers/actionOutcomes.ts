// Stand-in for shared/domain/evaluation.ts (feat/minutes): each expected action's outcome from the journal, same shape.
// The lead replaces the call in evaluationForm.ts by evaluateActions(entries) when that file is merged, and deletes this one.
import { effectiveJournal } from '../../shared/domain/effective';
import type { AnyEntry } from '../../shared/domain/entry';
import { fold } from '../../shared/domain/fold';
import { occurredMs } from '../../shared/domain/occurred';
import { injectsInOrder } from '../../shared/domain/scenario';

export type ActionOutcome = 'on_time' | 'late' | 'missed' | 'pending' | 'not_released';

export interface ActionEvaluation {
  injectId: string;
  actionId: string;
  text: string;
  roleId: string;
  phaseId: string | null;
  releasedMs: number | null;
  deadlineMs: number | null;
  outcome: ActionOutcome;
  doneMs: number | null;
  lateByMs: number;
  bySeq: number | null;
  byRoleId: string | null;
}

/** Per expected action: released when, due when, done when (earliest live entry naming it) and by whom. */
export function actionOutcomes(entries: readonly AnyEntry[]): ActionEvaluation[] {
  const state = fold(entries);
  const done = new Map<string, AnyEntry>();
  for (const { entry } of effectiveJournal(entries).live) {
    const d = entry.data as { injectId?: unknown; actionId?: unknown };
    if (typeof d.injectId !== 'string' || typeof d.actionId !== 'string') continue;
    const key = `${d.injectId}/${d.actionId}`;
    const had = done.get(key);
    if (!had || occurredMs(entry) < occurredMs(had)) done.set(key, entry);
  }
  const finished = state.status === 'finished';
  return injectsInOrder(state.scenario).flatMap((inj) =>
    inj.expectedActions.map((a): ActionEvaluation => {
      const released = state.released.find((r) => r.injectId === inj.id);
      const by = done.get(`${inj.id}/${a.id}`);
      const releasedMs = released?.clockMs ?? null;
      const deadlineMs = releasedMs === null ? null : releasedMs + a.deadlineMin * 60_000;
      const doneMs = by ? occurredMs(by) : null;
      const lateByMs = doneMs !== null && deadlineMs !== null ? Math.max(0, doneMs - deadlineMs) : 0;
      const outcome: ActionOutcome =
        releasedMs === null ? 'not_released'
        : doneMs !== null ? (lateByMs > 0 ? 'late' : 'on_time')
        : finished || state.clock.clockMs > deadlineMs! ? 'missed'
        : 'pending';
      return { injectId: inj.id, actionId: a.id, text: a.text, roleId: a.roleId, phaseId: inj.phaseId ?? null, releasedMs, deadlineMs, outcome, doneMs, lateByMs, bySeq: by?.seq ?? null, byRoleId: by?.roleId ?? null };
    }),
  );
}
