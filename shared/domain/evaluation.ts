// 关键任务评估: every expected action of every inject, judged from the effective journal (on time, late, missed, pending, not released).
import { MINUTE } from './clock';
import { effectiveJournal } from './effective';
import { LOG_KINDS, type AnyEntry, type Entry } from './entry';
import type { ScenarioPack } from './scenario';

export const ACTION_OUTCOMES = ['on_time', 'late', 'missed', 'pending', 'not_released'] as const;
export type ActionOutcome = (typeof ACTION_OUTCOMES)[number];

export interface ActionEvaluation {
  injectId: string;
  actionId: string;
  text: string;
  /** The role the pack expects to act. */
  roleId: string;
  /** The inject's phase (the pack's, else the phase it was released in); null when neither is known. */
  phaseId: string | null;
  /** Drill time the inject was released (its first live release), null when never released. */
  releasedMs: number | null;
  /** releasedMs + deadlineMin. */
  deadlineMs: number | null;
  outcome: ActionOutcome;
  /** When the earliest live entry answering the action happened (its occurred time: a 补记 counts when it happened). */
  doneMs: number | null;
  /** How far past the deadline it was done (0 unless late). */
  lateByMs: number;
  /** The # of that entry and the role that wrote it. */
  bySeq: number | null;
  byRoleId: string | null;
}

const ANSWER_KINDS: ReadonlySet<string> = new Set(LOG_KINDS);

/**
 * One evaluation per expected action, in pack order. An action is answered by a live (not voided) log entry naming
 * its inject and action; the earliest by occurred time counts. Not answered: 'pending' while the drill runs and the
 * deadline has not passed at `clockNowMs` (default: the journal's last drill time), otherwise 'missed'; after the
 * finish an unanswered action is always 'missed'. An inject never released (a contingency not used) gives 'not_released'.
 */
export function evaluateActions(entries: readonly AnyEntry[], clockNowMs?: number): ActionEvaluation[] {
  const setup = entries[0];
  if (!setup || setup.kind !== 'drill.setup') return [];
  const pack: ScenarioPack = (setup as Entry<'drill.setup'>).data.scenario;
  const live = effectiveJournal(entries).live;
  const finished = live.some((x) => x.entry.kind === 'clock.finish');
  const now = clockNowMs ?? entries[entries.length - 1]!.clockMs;

  const released = new Map<string, { clockMs: number; phaseId: string | null }>();
  const answers = new Map<string, { doneMs: number; seq: number; roleId: string | null }>();
  for (const { entry: e, occurredMs } of live) {
    if (e.kind === 'inject.released') {
      if (!released.has(e.data.injectId)) released.set(e.data.injectId, { clockMs: e.clockMs, phaseId: e.phaseId });
      continue;
    }
    if (!ANSWER_KINDS.has(e.kind)) continue;
    const d = e.data as { injectId?: string; actionId?: string };
    if (!d.injectId || !d.actionId) continue;
    const key = `${d.injectId}/${d.actionId}`;
    const had = answers.get(key);
    if (!had || occurredMs < had.doneMs) answers.set(key, { doneMs: occurredMs, seq: e.seq, roleId: e.roleId });
  }

  const out: ActionEvaluation[] = [];
  for (const inj of pack.injects) {
    const rel = released.get(inj.id);
    for (const a of inj.expectedActions) {
      const base = { injectId: inj.id, actionId: a.id, text: a.text, roleId: a.roleId, phaseId: inj.phaseId ?? rel?.phaseId ?? null };
      const ans = answers.get(`${inj.id}/${a.id}`);
      const done = { doneMs: ans?.doneMs ?? null, bySeq: ans?.seq ?? null, byRoleId: ans?.roleId ?? null };
      if (!rel) {
        out.push({ ...base, releasedMs: null, deadlineMs: null, outcome: 'not_released', ...done, lateByMs: 0 });
        continue;
      }
      const deadlineMs = rel.clockMs + a.deadlineMin * MINUTE;
      let outcome: ActionOutcome;
      let lateByMs = 0;
      if (ans) {
        lateByMs = Math.max(0, ans.doneMs - deadlineMs);
        outcome = lateByMs > 0 ? 'late' : 'on_time';
      } else outcome = finished || now > deadlineMs ? 'missed' : 'pending';
      out.push({ ...base, releasedMs: rel.clockMs, deadlineMs, outcome, ...done, lateByMs });
    }
  }
  return out;
}

export type ActionSummary = Record<ActionOutcome, number> & { total: number };

export function summarise(evals: readonly ActionEvaluation[]): ActionSummary {
  const s: ActionSummary = { on_time: 0, late: 0, missed: 0, pending: 0, not_released: 0, total: evals.length };
  for (const e of evals) s[e.outcome] += 1;
  return s;
}
