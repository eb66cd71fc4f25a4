// fold(entries) -> DrillState: the drill as a pure function of its journal.
import type { ClockSnapshot } from './clock';
import type { AnyEntry, Entry, EntryKind, SpotlightForm } from './entry';
import type { DrillFacts } from './facts';
import type { Milestone } from './milestones';
import type { ScenarioPack } from './scenario';

export type DrillStatus = 'ready' | 'running' | 'paused' | 'finished';

export interface ReleasedInject {
  injectId: string;
  seq: number;
  clockMs: number;
  at: number;
  manual: boolean;
  late: boolean;
  lateMs: number;
}

/** What the projector shows full-size, put there by a spotlight entry. */
export interface Spotlight {
  injectId: string;
  form: SpotlightForm;
  seq: number;
  clockMs: number;
}

export interface PhaseRun {
  phaseId: string;
  startClockMs: number;
  /** Null while the phase is current. */
  endClockMs: number | null;
}

export interface DrillState {
  drillId: string;
  facts: DrillFacts;
  scenario: ScenarioPack;
  language: 'zh-CN' | 'en';
  tzOffsetMin: number;
  status: DrillStatus;
  createdAt: number;
  startedAt: number | null;
  finishedAt: number | null;
  clock: ClockSnapshot;
  /** Index into scenario.phases; -1 before start. */
  phaseIndex: number;
  phaseRuns: PhaseRun[];
  released: ReleasedInject[];
  /** injectId -> role ids that acknowledged it. */
  acknowledged: Record<string, string[]>;
  /** roleId -> taskId -> seq of the task.done entry. */
  tasksDone: Record<string, Record<string, number>>;
  /** roleId -> drill clock of its latest own entry. */
  lastActionClockMs: Record<string, number>;
  /** Expected actions done: `${injectId}/${actionId}` -> clockMs. */
  actionsDone: Record<string, number>;
  /** Milestone -> drill clock when first marked. */
  milestones: Partial<Record<Milestone, number>>;
  /** seq -> seqs of the corrections that point at it. */
  corrections: Record<number, number[]>;
  /** Entries voided by a correction (they no longer count). */
  voided: number[];
  starred: number[];
  /** The inject (or feed post) on the projector full-size; null when none, and after the finish. */
  spotlight: Spotlight | null;
  pauses: number;
  recoveries: number;
  entryCount: number;
  lastSeq: number;
  lastHash: string;
}

export class FoldError extends Error {}

/** The first entry of every drill is its setup; fold needs it. */
export function fold(entries: readonly AnyEntry[]): DrillState {
  const first = entries[0];
  if (!first || first.kind !== 'drill.setup') throw new FoldError('a drill journal starts with drill.setup');
  let s = initialState(first as Entry<'drill.setup'>);
  for (let i = 1; i < entries.length; i++) s = apply(s, entries[i]!);
  return s;
}

export function initialState(setup: Entry<'drill.setup'>): DrillState {
  return {
    drillId: setup.drillId,
    facts: setup.data.facts,
    scenario: setup.data.scenario,
    language: setup.data.language,
    tzOffsetMin: setup.data.tzOffsetMin,
    status: 'ready',
    createdAt: setup.at,
    startedAt: null,
    finishedAt: null,
    clock: { running: false, clockMs: 0, at: setup.at },
    phaseIndex: -1,
    phaseRuns: [],
    released: [],
    acknowledged: {},
    tasksDone: {},
    lastActionClockMs: {},
    actionsDone: {},
    milestones: {},
    corrections: {},
    voided: [],
    starred: [],
    spotlight: null,
    pauses: 0,
    recoveries: 0,
    entryCount: 1,
    lastSeq: setup.seq,
    lastHash: setup.hash,
  };
}

const PERSON_ACTS: ReadonlySet<EntryKind> = new Set([
  'observation',
  'decision',
  'action',
  'communication',
  'evidence',
  'inject.acknowledged',
  'task.done',
]);

/** Apply one entry. Mutates a shallow copy so callers can fold incrementally. */
export function apply(prev: DrillState, e: AnyEntry): DrillState {
  const s: DrillState = { ...prev, entryCount: prev.entryCount + 1, lastSeq: e.seq, lastHash: e.hash };
  const snap = (running: boolean) => ({ running, clockMs: e.clockMs, at: e.at });
  switch (e.kind) {
    case 'drill.facts':
      s.facts = e.data.facts;
      break;
    case 'clock.start': {
      s.status = 'running';
      s.startedAt = e.at;
      s.clock = snap(true);
      const firstPhase = s.scenario.phases[0];
      s.phaseIndex = 0;
      s.phaseRuns = firstPhase ? [{ phaseId: firstPhase.id, startClockMs: e.clockMs, endClockMs: null }] : [];
      s.milestones = { ...s.milestones, start: e.clockMs };
      break;
    }
    case 'clock.pause':
      s.status = 'paused';
      s.clock = snap(false);
      s.pauses = prev.pauses + 1;
      break;
    case 'clock.resume':
      s.status = 'running';
      s.clock = snap(true);
      break;
    case 'recovery':
      s.clock = snap(prev.clock.running);
      s.recoveries = prev.recoveries + 1;
      break;
    case 'phase.advance': {
      const idx = s.scenario.phases.findIndex((p) => p.id === e.data.to);
      s.phaseRuns = closeRun(prev.phaseRuns, e.clockMs);
      s.phaseRuns.push({ phaseId: e.data.to, startClockMs: e.clockMs, endClockMs: null });
      s.phaseIndex = idx;
      break;
    }
    case 'clock.finish':
      s.status = 'finished';
      s.finishedAt = e.at;
      s.clock = snap(false);
      s.phaseRuns = closeRun(prev.phaseRuns, e.clockMs);
      s.spotlight = null;
      break;
    case 'spotlight':
      s.spotlight = e.data.injectId === null ? null : { injectId: e.data.injectId, form: e.data.form, seq: e.seq, clockMs: e.clockMs };
      break;
    case 'inject.released': {
      s.released = [
        ...prev.released,
        { injectId: e.data.injectId, seq: e.seq, clockMs: e.clockMs, at: e.at, manual: e.data.manual, late: e.data.late, lateMs: e.data.lateMs },
      ];
      const inj = s.scenario.injects.find((j) => j.id === e.data.injectId);
      if (inj?.milestone) s.milestones = markMilestone(prev.milestones, inj.milestone as Milestone, e.clockMs);
      break;
    }
    case 'inject.acknowledged': {
      const list = prev.acknowledged[e.data.injectId] ?? [];
      if (e.roleId && !list.includes(e.roleId))
        s.acknowledged = { ...prev.acknowledged, [e.data.injectId]: [...list, e.roleId] };
      break;
    }
    case 'task.done':
      if (e.roleId) {
        const role = prev.tasksDone[e.roleId] ?? {};
        const had = role[e.data.taskId];
        if (had === undefined || prev.voided.includes(had))
          s.tasksDone = { ...prev.tasksDone, [e.roleId]: { ...role, [e.data.taskId]: e.seq } };
      }
      break;
    case 'observation':
    case 'decision':
    case 'action':
    case 'communication':
    case 'evidence': {
      const d = e.data;
      if (d.milestone) s.milestones = markMilestone(prev.milestones, d.milestone as Milestone, e.clockMs);
      if (d.injectId && d.actionId) {
        const key = `${d.injectId}/${d.actionId}`;
        if (prev.actionsDone[key] === undefined) s.actionsDone = { ...prev.actionsDone, [key]: e.clockMs };
      }
      break;
    }
    case 'correction': {
      const target = e.data.corrects;
      s.corrections = { ...prev.corrections, [target]: [...(prev.corrections[target] ?? []), e.seq] };
      if (e.data.void) s.voided = [...prev.voided, target];
      break;
    }
    case 'star': {
      const without = prev.starred.filter((q) => q !== e.data.target);
      s.starred = e.data.starred ? [...without, e.data.target] : without;
      break;
    }
    default:
      break;
  }
  if (e.roleId && PERSON_ACTS.has(e.kind)) s.lastActionClockMs = { ...s.lastActionClockMs, [e.roleId]: e.clockMs };
  return s;
}

function closeRun(runs: PhaseRun[], clockMs: number): PhaseRun[] {
  return runs.map((r) => (r.endClockMs === null ? { ...r, endClockMs: clockMs } : r));
}

function markMilestone(
  ms: Partial<Record<Milestone, number>>,
  m: Milestone,
  clockMs: number,
): Partial<Record<Milestone, number>> {
  return ms[m] === undefined ? { ...ms, [m]: clockMs } : ms;
}

/** Voiding a task.done (by correction) reopens the task: recompute done tasks without voided entries. */
export function effectiveTasksDone(state: DrillState): Record<string, Record<string, number>> {
  if (state.voided.length === 0) return state.tasksDone;
  const voided = new Set(state.voided);
  const out: Record<string, Record<string, number>> = {};
  for (const [role, tasks] of Object.entries(state.tasksDone)) {
    out[role] = Object.fromEntries(Object.entries(tasks).filter(([, seq]) => !voided.has(seq)));
  }
  return out;
}

export function currentPhase(state: DrillState) {
  return state.phaseIndex >= 0 ? state.scenario.phases[state.phaseIndex] ?? null : null;
}
