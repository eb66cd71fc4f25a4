// fold(entries) -> DrillState: the drill as a pure function of its effective journal (see effective.ts).
import type { ClockSnapshot } from './clock';
import { effectiveJournal } from './effective';
import type { AnyEntry, Entry, EntryKind, SpotlightForm } from './entry';
import type { DrillFacts } from './facts';
import type { Milestone } from './milestones';
import { occurredMs } from './occurred';
import { emptyRecord, own, withKey } from './records';
import type { Inject, ScenarioPack } from './scenario';
import { recordCount } from './entryCount';
import { adhocInject } from './adhoc';

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

/** A restart gap awaiting the facilitator's answer (paused or running); the drill clock stands meanwhile. */
export interface UndecidedGap {
  recoverySeq: number;
  gapMs: number;
  lastSeenAt: number;
  at: number;
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
  /** Set while a restart gap is undecided. */
  gap: UndecidedGap | null;
  /** Index into scenario.phases; -1 before start. */
  phaseIndex: number;
  phaseRuns: PhaseRun[];
  released: ReleasedInject[];
  /** Injects the control cell (导演组) wrote and released live (inject.adhoc), in order; state.scenario stays the pack as set up. */
  adhoc: Inject[];
  /** injectId -> role ids that acknowledged it. */
  acknowledged: Record<string, string[]>;
  /** roleId -> taskId -> seq of the task.done entry. */
  tasksDone: Record<string, Record<string, number>>;
  /** roleId -> drill clock of its latest own entry. */
  lastActionClockMs: Record<string, number>;
  /** Expected actions done: `${injectId}/${actionId}` -> clockMs. */
  actionsDone: Record<string, number>;
  /** Milestone -> drill time it first happened (the occurred time of the earliest live entry marking it). */
  milestones: Partial<Record<Milestone, number>>;
  /** Milestone -> seq of the entry that marked it (what the indicators cite). */
  milestoneSeqs: Partial<Record<Milestone, number>>;
  /** seq -> seqs of the corrections that point at it. */
  corrections: Record<number, number[]>;
  /** Entries voided by a correction: they no longer count (fold never applied them). */
  voided: number[];
  starred: number[];
  /** The inject (or feed post) on the projector full-size; null when none, and after the finish. */
  spotlight: Spotlight | null;
  pauses: number;
  recoveries: number;
  entryCount: number;
  lastSeq: number;
  lastHash: string;
  /** Hidden from the drill list by the latest drill.archived entry (reversible; the journal stays whole). */
  archived: boolean;
}

export class FoldError extends Error {}

/** The first entry of every drill is its setup; fold needs it. Only live entries (not voided) are applied. */
export function fold(entries: readonly AnyEntry[]): DrillState {
  const first = entries[0];
  if (!first || first.kind !== 'drill.setup') throw new FoldError('a drill journal starts with drill.setup');
  const journal = effectiveJournal(entries);
  let s = initialState(first as Entry<'drill.setup'>);
  for (const { entry } of journal.live) if (entry.seq !== first.seq) s = apply(s, entry);
  const last = entries[entries.length - 1]!;
  const corrections: Record<number, number[]> = {};
  for (const x of journal.all) if (x.corrections.length) corrections[x.entry.seq] = x.corrections.map((c) => c.seq);
  const voided = journal.all.filter((x) => x.voidedBy !== null).sort((a, b) => a.voidedBy!.seq - b.voidedBy!.seq).map((x) => x.entry.seq);
  return { ...s, corrections, voided, entryCount: recordCount(entries), lastSeq: last.seq, lastHash: last.hash };
}

/**
 * The state after one more entry `e`. A void changes what earlier entries did, so it folds the journal again
 * (`journal()` is the whole journal up to and including `e`); any other entry is applied on top.
 */
export function foldNext(prev: DrillState, e: AnyEntry, journal: () => readonly AnyEntry[]): DrillState {
  return e.kind === 'correction' && e.data.void ? fold(journal()) : apply(prev, e);
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
    gap: null,
    phaseIndex: -1,
    phaseRuns: [],
    released: [],
    adhoc: [],
    // Keyed by pack ids: null-prototype records, read with own() (see records.ts).
    acknowledged: emptyRecord(),
    tasksDone: emptyRecord(),
    lastActionClockMs: emptyRecord(),
    actionsDone: emptyRecord(),
    milestones: {},
    milestoneSeqs: {},
    corrections: {},
    voided: [],
    starred: [],
    spotlight: null,
    pauses: 0,
    recoveries: 0,
    entryCount: 1,
    lastSeq: setup.seq,
    lastHash: setup.hash,
    archived: false,
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

/** Apply one live entry (never a void: see foldNext). Mutates a shallow copy so callers can fold incrementally. */
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
      Object.assign(s, markMilestone(s, 'start', e));
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
      s.clock = snap(prev.clock.running && !e.data.held);
      if (e.data.held) s.gap = { recoverySeq: e.seq, gapMs: e.data.downMs, lastSeenAt: e.data.lastSeenAt, at: e.at };
      s.recoveries = prev.recoveries + 1;
      break;
    case 'clock.gap':
      // The answer carries the counted gap in its own drill clock; from here the clock runs again.
      s.clock = snap(true);
      s.gap = null;
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
      if (inj?.milestone) Object.assign(s, markMilestone(s, inj.milestone as Milestone, e));
      break;
    }
    case 'inject.adhoc': {
      s.adhoc = [...prev.adhoc, adhocInject(e, currentPhase(prev)?.id)];
      s.released = [...prev.released, { injectId: e.data.injectId, seq: e.seq, clockMs: e.clockMs, at: e.at, manual: true, late: false, lateMs: 0 }];
      break;
    }
    case 'inject.acknowledged': {
      const list = own(prev.acknowledged, e.data.injectId) ?? [];
      if (e.roleId && !list.includes(e.roleId)) s.acknowledged = withKey(prev.acknowledged, e.data.injectId, [...list, e.roleId]);
      break;
    }
    case 'task.done':
      if (e.roleId) {
        const role = own(prev.tasksDone, e.roleId) ?? emptyRecord<number>();
        if (own(role, e.data.taskId) === undefined)
          s.tasksDone = withKey(prev.tasksDone, e.roleId, withKey(role, e.data.taskId, e.seq));
      }
      break;
    case 'observation':
    case 'decision':
    case 'action':
    case 'communication':
    case 'evidence': {
      const d = e.data;
      if (d.milestone) Object.assign(s, markMilestone(s, d.milestone as Milestone, e));
      if (d.injectId && d.actionId) {
        const key = `${d.injectId}/${d.actionId}`;
        const had = own(prev.actionsDone, key);
        if (had === undefined || occurredMs(e) < had) s.actionsDone = withKey(prev.actionsDone, key, occurredMs(e));
      }
      break;
    }
    case 'correction': {
      const target = e.data.corrects;
      s.corrections = { ...prev.corrections, [target]: [...(prev.corrections[target] ?? []), e.seq] };
      if (e.data.void) s.voided = [...prev.voided, target];
      break;
    }
    case 'drill.archived':
      s.archived = e.data.archived;
      break;
    case 'star': {
      const without = prev.starred.filter((q) => q !== e.data.target);
      s.starred = e.data.starred ? [...without, e.data.target] : without;
      break;
    }
    default:
      break;
  }
  if (e.roleId && PERSON_ACTS.has(e.kind))
    s.lastActionClockMs = withKey(s.lastActionClockMs, e.roleId, Math.max(own(s.lastActionClockMs, e.roleId) ?? 0, occurredMs(e)));
  return s;
}

function closeRun(runs: PhaseRun[], clockMs: number): PhaseRun[] {
  return runs.map((r) => (r.endClockMs === null ? { ...r, endClockMs: clockMs } : r));
}

/** A milestone is when it first happened: the earliest occurred time wins (a backdated entry can be earlier). */
function markMilestone(s: DrillState, m: Milestone, e: AnyEntry): Pick<DrillState, 'milestones' | 'milestoneSeqs'> {
  const at = occurredMs(e);
  const had = s.milestones[m];
  if (had !== undefined && had <= at) return { milestones: s.milestones, milestoneSeqs: s.milestoneSeqs };
  return { milestones: { ...s.milestones, [m]: at }, milestoneSeqs: { ...s.milestoneSeqs, [m]: e.seq } };
}

export function currentPhase(state: DrillState) {
  return state.phaseIndex >= 0 ? state.scenario.phases[state.phaseIndex] ?? null : null;
}
