// May this entry be appended to this drill now? The one place that says which entries a drill's state refuses.
import { DrillRoomError } from '../ipc/errors';
import type { ErrorKey } from '../i18n/errors';
import { formatDrillClock } from './clock';
import { SYSTEM_KINDS, type AnyEntry, type EntryDraft, type EntryKind } from './entry';
import { currentPhase, type DrillState } from './fold';
import { own } from './records';
import { attendanceRefusal, followUpRefusal, handoverRefusal } from './admissionPeople';
import { injectOf } from './adhoc';
import { feedRefusal } from './feedAdmission';

/** What the state alone does not hold: whether the drill is an imported (read-only) record, the drill time now, and its entries by seq. */
export interface AdmissionContext {
  readOnly: boolean;
  /** Drill time now (the authoritative clock); a backdated entry may not be later. */
  clockMs: number;
  entry(seq: number): AnyEntry | undefined;
  /** The version hash of the drill's pack (scenarioVersion.ts), for a plan approval to match; absent: approvals are refused. */
  scenarioVersion?: () => string;
  /** The whole journal so far (the improvement follow-up, attendance and handover rules fold it); absent, those entries are refused. */
  journal?: () => readonly AnyEntry[];
}

/** The review (and the paperwork: facts for the minutes) goes on after the clock stops. */
export const AFTER_FINISH_KINDS: ReadonlySet<EntryKind> = new Set(['score', 'lesson', 'improvement', 'correction', 'star', 'drill.facts', 'verdict', 'improvement.followup', 'drill.archived', 'attendance']);

/** Clock controls wait while a restart gap is undecided: the facilitator answers first (logging goes on). */
const WAIT_FOR_GAP_ANSWER: ReadonlySet<EntryKind> = new Set(['clock.pause', 'clock.resume', 'phase.advance', 'clock.finish']);

/** Kinds a person writes in words: an empty one says nothing and is refused. */
const NEEDS_TEXT: ReadonlySet<EntryKind> = new Set(['observation', 'decision', 'action', 'communication', 'evidence', 'lesson', 'improvement', 'score', 'correction', 'verdict']);

/** Why `draft` may not be appended to `state`, or null when it may. Pure: the caller throws the error it returns. */
export function refusal(state: DrillState, draft: EntryDraft, ctx: AdmissionContext): DrillRoomError | null {
  const no = (key: ErrorKey, params: Record<string, string | number> = {}) => new DrillRoomError(key, params);
  if (ctx.readOnly) return no('bad_state.read_only');
  if (state.status === 'finished' && !AFTER_FINISH_KINDS.has(draft.kind)) return no('bad_state.finished');
  if (state.gap && WAIT_FOR_GAP_ANSWER.has(draft.kind)) return no('bad_state.gap_undecided');
  const data = draft.data as Record<string, unknown>;
  const started = state.status !== 'ready';
  switch (draft.kind) {
    case 'drill.setup':
      return no('invalid_input', { detail: 'a drill has one setup entry' });
    case 'clock.start':
      return started ? no('bad_state.not_ready') : null;
    case 'clock.pause':
      return state.status === 'running' ? null : no('bad_state.not_running');
    case 'clock.resume':
      return state.status === 'paused' ? null : no('bad_state.not_paused');
    case 'clock.finish':
      return started ? null : no('bad_state.not_started');
    case 'clock.gap':
      return state.gap ? null : no('bad_state.no_gap');
    case 'phase.advance': {
      if (!started) return no('bad_state.not_started');
      const next = state.scenario.phases[state.phaseIndex + 1];
      if (!currentPhase(state) || !next) return no('bad_state.last_phase');
      return data['to'] === next.id ? null : no('invalid_input', { detail: `the next phase is ${next.id}` });
    }
    case 'inject.released': {
      if (!started) return no('bad_state.not_started');
      const injectId = String(data['injectId']);
      if (!state.scenario.injects.some((j) => j.id === injectId)) return no('invalid_input.unknown_inject', { injectId });
      return state.released.some((r) => r.injectId === injectId) ? no('bad_state.already_released', { injectId }) : null;
    }
    case 'plan.approved':
      return planRefusal(state, data, ctx);
    default:
      return personRefusal(state, draft, data, ctx);
  }
}

/** 方案审批: before the start only, once, by a named person, for exactly the drill's pack. */
function planRefusal(s: DrillState, data: Record<string, unknown>, ctx: AdmissionContext): DrillRoomError | null {
  if (s.status !== 'ready') return new DrillRoomError('bad_state.plan_after_start');
  if (typeof data['approver'] !== 'string' || data['approver'].trim() === '') return new DrillRoomError('invalid_input.plan_approver');
  const version = ctx.scenarioVersion?.();
  if (version === undefined || data['scenarioHash'] !== version)
    return new DrillRoomError('invalid_input.plan_hash', { given: String(data['scenarioHash']).slice(0, 12), version: (version ?? '').slice(0, 12) });
  // Before the start a journal is short: look for an earlier approval that still counts (not voided).
  for (let seq = 1; seq <= s.lastSeq; seq++) {
    const e = ctx.entry(seq);
    if (e?.kind === 'plan.approved' && !s.voided.includes(seq)) return new DrillRoomError('bad_state.plan_already_approved', { approver: e.data.approver, seq });
  }
  return null;
}

/** Rules for what people append: references inside the drill, and entries that make sense at this point. */
function personRefusal(s: DrillState, d: EntryDraft, data: Record<string, unknown>, ctx: AdmissionContext): DrillRoomError | null {
  const no = (key: ErrorKey, params: Record<string, string | number> = {}) => new DrillRoomError(key, params);
  if (d.roleId !== null && !s.scenario.roles.some((r) => r.id === d.roleId)) return no('invalid_input.unknown_role', { roleId: d.roleId });
  const injectId = typeof data['injectId'] === 'string' ? data['injectId'] : undefined;
  const inject = injectId === undefined ? undefined : injectOf(s, injectId);
  if (injectId !== undefined && !inject && d.kind !== 'inject.adhoc') return no('invalid_input.unknown_inject', { injectId });
  if (NEEDS_TEXT.has(d.kind) && d.text.trim() === '') return no('invalid_input.empty_text');
  const actionId = typeof data['actionId'] === 'string' ? data['actionId'] : undefined;
  if (actionId !== undefined && !inject?.expectedActions.some((a) => a.id === actionId))
    return no('invalid_input.unknown_action', { actionId, injectId: injectId ?? '' });
  if (typeof data['milestone'] === 'string' && s.status === 'ready') return no('bad_state.milestone_before_start', { milestone: data['milestone'] });
  if (typeof data['occurredMs'] === 'number') {
    // 补记: it happened during the drill, before now. A drill that has not started has no drill time to go back to.
    const occurred = data['occurredMs'];
    if (s.status === 'ready' || occurred < 0) return no('invalid_input.occurred_before_start', { occurred: formatDrillClock(Math.max(0, occurred)) });
    if (occurred > ctx.clockMs) return no('invalid_input.occurred_future', { occurred: formatDrillClock(occurred), now: formatDrillClock(ctx.clockMs) });
  }
  switch (d.kind) {
    case 'inject.acknowledged': {
      if (!inject) return no('invalid_input.unknown_inject', { injectId: String(injectId) });
      if (!s.released.some((r) => r.injectId === inject.id)) return no('bad_state.not_released', { injectId: inject.id });
      if (d.roleId === null || !inject.targetRoles.includes(d.roleId)) return no('invalid_input.not_target', { injectId: inject.id, roleId: String(d.roleId) });
      return null;
    }
    case 'task.done': {
      const role = s.scenario.roles.find((r) => r.id === d.roleId);
      const taskId = String(data['taskId']);
      if (!role?.tasks.some((t) => t.id === taskId)) return no('invalid_input.unknown_task', { taskId });
      return own(own(s.tasksDone, role.id), taskId) !== undefined ? no('bad_state.already_done') : null;
    }
    case 'correction':
    case 'star': {
      const target = Number(d.kind === 'correction' ? data['corrects'] : data['target']);
      if (!(target >= 1 && target <= s.lastSeq)) return no('invalid_input.unknown_entry', { seq: target });
      if (d.kind === 'correction') return data['void'] === true ? voidRefusal(s, target, ctx) : correctionRefusal(target, ctx);
      return null;
    }
    case 'improvement.followup':
      return followUpRefusal(s, data, ctx);
    case 'attendance':
      return attendanceRefusal(s, d, data, ctx);
    case 'role.handover':
      return handoverRefusal(s, d, data, ctx);
    case 'drill.archived':
      // A toggle: archive a listed drill, bring back an archived one; the same move twice says nothing and is refused.
      return data['archived'] === s.archived ? no(s.archived ? 'bad_state.already_archived' : 'bad_state.not_archived') : null;
    case 'score': {
      const targets = data['target'] === 'role' ? s.scenario.roles : s.scenario.objectives;
      if (!targets.some((t) => t.id === data['targetId'])) return no('invalid_input', { detail: `unknown ${String(data['target'])} ${String(data['targetId'])}` });
      return null;
    }
    case 'verdict':
      // 演练结论 judges a drill that took place: not before its start.
      return s.status === 'ready' ? no('bad_state.not_started') : null;
    case 'communication':
    case 'feed.post':
    case 'inject.adhoc':
      return feedRefusal(s, d, data, ctx);
    default:
      return null;
  }
}

/** Entries that record what the clock and the app did. */
const SYSTEM: ReadonlySet<EntryKind> = new Set(SYSTEM_KINDS);

/** May an entry of this kind be voided at all (the console offers the void box only then)? See voidRefusal. */
export function mayVoid(kind: EntryKind): boolean {
  return !SYSTEM.has(kind);
}

/**
 * A void takes an entry out of the record (effective.ts): never the setup, never a void itself, never twice, and
 * never a system entry. Decision: a start, pause, resume, finish, phase change, inject release, recovery or facts
 * entry is refused rather than undone in state. These record what happened in the room and on the clock: injects
 * were released and deadlines ran against that clock, and a phase change that was a mistake still happened, so
 * undoing it would rewrite drill time after the fact. The remedy is a plain correction (a note beside the entry)
 * and the next clock move (resume, the next phase).
 */
function voidRefusal(s: DrillState, target: number, ctx: AdmissionContext): DrillRoomError | null {
  const entry = ctx.entry(target);
  if (target === 1 || entry?.kind === 'drill.setup') return new DrillRoomError('bad_state.void_setup');
  if (entry && SYSTEM.has(entry.kind)) return new DrillRoomError('bad_state.void_system', { seq: target, kind: entry.kind });
  if (entry?.kind === 'correction' && entry.data.void) return new DrillRoomError('bad_state.void_of_void', { seq: target });
  if (s.voided.includes(target)) return new DrillRoomError('bad_state.already_voided', { seq: target });
  return null;
}

/** A text correction points at the entry it corrects, never at another correction (one history per entry). */
function correctionRefusal(target: number, ctx: AdmissionContext): DrillRoomError | null {
  const entry = ctx.entry(target);
  if (entry?.kind === 'correction') return new DrillRoomError('bad_state.correct_correction', { seq: target, target: entry.data.corrects });
  return null;
}
