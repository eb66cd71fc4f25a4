// The drill service: every change to a drill becomes a journal entry stamped by the authoritative clock.
import { randomUUID } from 'node:crypto';
import type { AnyEntry, Entry, EntryDraft, EntryKind } from '../../shared/domain/entry';
import type { DrillFactsInput } from '../../shared/domain/facts';
import { DrillFactsSchema } from '../../shared/domain/facts';
import { apply, currentPhase, effectiveTasksDone, fold, type DrillState } from '../../shared/domain/fold';
import type { ScenarioPack } from '../../shared/domain/scenario';
import {
  chainWall,
  countedGapMs,
  drillClockAt,
  lastRecordedClockMs,
  restartGap,
  wallBehindChain,
  wallJump,
  type ClockReading,
  type DrillClockAnchor,
  type GapCounts,
  type WallJump,
} from '../../shared/domain/wallClock';
import type { DrillSnapshot, DrillSummary } from '../../shared/ipc/contract';
import { DrillRoomError } from '../../shared/ipc/errors';
import type { Clock } from '../clock/clock';
import type { Journal } from '../journal/journal';

export type ChangeListener = (drillId: string, entries: AnyEntry[], state: DrillState) => void;

interface Live {
  state: DrillState;
  readOnly: boolean;
  /** The drill clock as this process holds it: advanced by monotonic time only, never by wall differences. */
  anchor: DrillClockAnchor;
  /** This process's last wall and monotonic reading for the drill (to see a wall jump); null before the first. */
  seen: ClockReading | null;
  /** Wall time of the chain's last entry: no entry is stamped before it. */
  chainAt: number;
  /** Drill clock of the chain's last entry: no entry is stamped before it either. */
  chainClockMs: number;
  /** Monotonic time of the chain's last entry, when this process wrote it (null for a drill loaded from disk). */
  chainMono: number | null;
}

/** How often a running drill records that the app is alive (to measure a crash gap). */
export const HEARTBEAT_MS = 10_000;

export class DrillService {
  private readonly live = new Map<string, Live>();
  private readonly listeners = new Set<ChangeListener>();
  private lastWrite: { ok: boolean; at: number | null } = { ok: true, at: null };

  constructor(
    private readonly journal: Journal,
    private readonly clock: Clock,
  ) {}

  onChange(fn: ChangeListener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  lastWriteStatus() {
    return this.lastWrite;
  }

  /**
   * After a crash or a quit, running drills get a recovery entry and resume from the last recorded drill clock.
   * A gap the heartbeats vouch for counts as running time; a longer one holds the drill until the facilitator
   * answers (drill.decideGap); a wall clock behind the last sighting is recorded as a jump and counts nothing.
   */
  recoverAll(): string[] {
    const recovered: string[] = [];
    for (const d of this.journal.drills()) {
      if (d.readOnly) continue;
      const live = this.load(d.drillId);
      if (live.state.status !== 'running' || !live.state.clock.running) continue;
      const last = this.journal.entries(d.drillId, live.state.lastSeq)[0]!;
      const reading = this.read();
      const gap = restartGap(last, this.journal.lastHeartbeat(d.drillId), reading.wall);
      live.seen = reading;
      if (gap.verdict === 'backwards')
        this.recordJump(d.drillId, { wallBefore: gap.lastSeenAt, wallAfter: reading.wall, monoElapsedMs: null, jumpMs: gap.gapMs }, gap.lastClockMs, reading);
      const downMs = Math.max(0, gap.gapMs);
      const held = gap.verdict === 'ask';
      const clockMs = gap.lastClockMs + (gap.verdict === 'count' ? downMs : 0);
      this.appendAt(d.drillId, { kind: 'recovery', roleId: null, text: '', data: { downMs, lastSeenAt: gap.lastSeenAt, ...(held ? { held } : {}) } }, clockMs);
      recovered.push(d.drillId);
    }
    return recovered;
  }

  /** The facilitator's answer about an undecided restart gap: it counts as paused (nothing) or as running time. */
  decideGap(drillId: string, counts: GapCounts) {
    const s = this.writable(drillId);
    if (!s.gap) throw new DrillRoomError('bad_state.no_gap');
    const countedMs = countedGapMs(s.gap.gapMs, counts);
    return this.appendAt(
      drillId,
      { kind: 'clock.gap', roleId: null, text: '', data: { recoverySeq: s.gap.recoverySeq, counts, countedMs } },
      this.clockNow(drillId) + countedMs,
    );
  }

  create(input: { pack: ScenarioPack; facts: DrillFactsInput; language: 'zh-CN' | 'en'; tzOffsetMin?: number }): string {
    const facts = DrillFactsSchema.parse(input.facts);
    const drillId = newDrillId(this.clock.now());
    const at = this.clock.now();
    this.journal.createDrill(drillId, at);
    this.appendAt(
      drillId,
      {
        kind: 'drill.setup',
        roleId: null,
        text: facts.name,
        data: { facts, scenario: input.pack, language: input.language, tzOffsetMin: input.tzOffsetMin ?? new Date(at).getTimezoneOffset() },
      },
      0,
    );
    return drillId;
  }

  list(): DrillSummary[] {
    return this.journal.drills().map((d) => {
      const { state } = this.load(d.drillId);
      return {
        drillId: d.drillId,
        name: state.facts.name,
        scenarioTitle: state.scenario.title,
        status: state.status,
        createdAt: state.createdAt,
        startedAt: state.startedAt,
        finishedAt: state.finishedAt,
        entryCount: state.entryCount,
        readOnly: d.readOnly,
      };
    });
  }

  state(drillId: string): DrillState {
    return this.load(drillId).state;
  }

  isReadOnly(drillId: string): boolean {
    return this.load(drillId).readOnly;
  }

  snapshot(drillId: string): DrillSnapshot {
    const live = this.load(drillId);
    return { state: live.state, entries: this.journal.entries(drillId), readOnly: live.readOnly, now: this.clock.now(), clockMs: this.clockNow(drillId) };
  }

  entries(drillId: string): AnyEntry[] {
    this.load(drillId);
    return this.journal.entries(drillId);
  }

  /** Drill time now, from the monotonic clock while this process lives. */
  clockNow(drillId: string): number {
    return drillClockAt(this.load(drillId).anchor, this.clock.mono());
  }

  start(drillId: string) {
    const s = this.writable(drillId);
    if (s.status !== 'ready') throw new DrillRoomError('bad_state.not_ready');
    return this.appendAt(drillId, { kind: 'clock.start', roleId: null, text: '', data: {} }, 0, s.scenario.phases[0]?.id ?? null);
  }

  pause(drillId: string) {
    const s = this.writable(drillId);
    if (s.status !== 'running') throw new DrillRoomError('bad_state.not_running');
    undecided(s);
    return this.append(drillId, { kind: 'clock.pause', roleId: null, text: '', data: {} });
  }

  resume(drillId: string) {
    const s = this.writable(drillId);
    if (s.status !== 'paused') throw new DrillRoomError('bad_state.not_paused');
    undecided(s);
    return this.append(drillId, { kind: 'clock.resume', roleId: null, text: '', data: {} });
  }

  nextPhase(drillId: string) {
    const s = this.writable(drillId);
    if (s.status === 'ready') throw new DrillRoomError('bad_state.not_started');
    undecided(s);
    const from = currentPhase(s);
    const to = s.scenario.phases[s.phaseIndex + 1];
    if (!from || !to) throw new DrillRoomError('bad_state.last_phase');
    return this.append(drillId, { kind: 'phase.advance', roleId: null, text: '', data: { from: from.id, to: to.id } }, to.id);
  }

  finish(drillId: string) {
    const s = this.writable(drillId);
    if (s.status === 'ready') throw new DrillRoomError('bad_state.not_started');
    undecided(s);
    return this.append(drillId, { kind: 'clock.finish', roleId: null, text: '', data: {} });
  }

  /** Release an inject now: by hand (manual) or by the scheduler when due. */
  release(drillId: string, injectId: string, manual: boolean) {
    const s = this.writable(drillId);
    if (s.status === 'ready') throw new DrillRoomError('bad_state.not_started');
    const inj = s.scenario.injects.find((j) => j.id === injectId);
    if (!inj) throw new DrillRoomError('invalid_input.unknown_inject', { injectId });
    if (s.released.some((r) => r.injectId === injectId)) throw new DrillRoomError('bad_state.already_released', { injectId });
    const lateMs = Math.max(0, Math.round(this.clockNow(drillId) - inj.offsetMin * 60_000));
    return this.append(drillId, {
      kind: 'inject.released',
      roleId: null,
      text: inj.title ?? inj.content.slice(0, 80),
      data: { injectId, manual, lateMs: manual ? 0 : lateMs, late: !manual && lateMs > LATE_TOLERANCE_MS },
    });
  }

  /** Append a person's entry (log, task, acknowledgement, review); checks role, inject, task and target refer to this drill. */
  record<K extends EntryKind>(drillId: string, draft: EntryDraft<K>): Entry<K> {
    const s = this.writable(drillId, AFTER_FINISH_KINDS.has(draft.kind));
    checkRefs(s, draft as EntryDraft);
    return this.append(drillId, draft);
  }

  append<K extends EntryKind>(drillId: string, draft: EntryDraft<K>, phaseId?: string): Entry<K> {
    return this.appendAt(drillId, draft, this.clockNow(drillId), phaseId);
  }

  /** Every few seconds: note a wall jump, then record a raw wall reading with the drill clock beside it. */
  heartbeat(): void {
    for (const [drillId, live] of this.live) {
      if (live.state.status !== 'running' || live.readOnly) continue;
      const reading = this.read();
      const clockMs = drillClockAt(live.anchor, reading.mono);
      this.noticeJump(drillId, reading, clockMs);
      this.journal.heartbeat(drillId, reading.wall, clockMs);
    }
  }

  private read(): ClockReading {
    return { wall: this.clock.now(), mono: this.clock.mono() };
  }

  /** A wall reading that strays from monotonic time (or, first in a process, falls behind the chain) is an entry. */
  private noticeJump(drillId: string, reading: ClockReading, clockMs: number): void {
    const live = this.live.get(drillId);
    if (!live) return;
    const jump = live.seen ? wallJump(live.seen, reading) : wallBehindChain(live.chainAt, reading.wall);
    live.seen = reading;
    if (jump) this.recordJump(drillId, jump, clockMs, reading);
  }

  private recordJump(drillId: string, jump: WallJump, clockMs: number, reading: ClockReading): void {
    this.write(drillId, { kind: 'clock.jump', roleId: null, text: '', data: jump }, clockMs, undefined, reading);
    // A restart measures its gap from the heartbeat: give it a reading on the wall clock's new timeline.
    const live = this.live.get(drillId)!;
    if (live.state.status === 'running') this.journal.heartbeat(drillId, jump.wallAfter, clockMs);
  }

  private appendAt<K extends EntryKind>(drillId: string, draft: EntryDraft<K>, clockMs: number, phaseId?: string | null): Entry<K> {
    const reading = this.read();
    // The jump goes first, at the drill time of the entry it precedes (so drill time never steps back).
    this.noticeJump(drillId, reading, clockMs);
    return this.write(drillId, draft, clockMs, phaseId, reading);
  }

  private write<K extends EntryKind>(drillId: string, draft: EntryDraft<K>, clockMs: number, phaseId: string | null | undefined, reading: ClockReading): Entry<K> {
    const prev = this.live.get(drillId);
    let entry: Entry<K>;
    try {
      entry = this.journal.append(drillId, draft, {
        at: prev ? chainWall(prev.chainAt, reading.wall, prev.chainMono === null ? null : reading.mono - prev.chainMono) : Math.round(reading.wall),
        clockMs: prev ? Math.max(prev.chainClockMs, clockMs) : clockMs,
        phaseId: phaseId !== undefined ? phaseId : prev ? (currentPhase(prev.state)?.id ?? null) : null,
      });
      this.lastWrite = { ok: true, at: entry.at };
    } catch (e) {
      this.lastWrite = { ok: false, at: reading.wall };
      throw e;
    }
    const state = prev ? apply(prev.state, entry as AnyEntry) : fold([entry as AnyEntry]);
    const readOnly = prev?.readOnly ?? false;
    const clockEvent = (entry.kind.startsWith('clock.') && entry.kind !== 'clock.jump') || entry.kind === 'recovery' || !prev;
    this.live.set(drillId, {
      state,
      readOnly,
      anchor: clockEvent || !prev ? { clockMs: entry.clockMs, mono: reading.mono, running: state.clock.running && !readOnly } : prev.anchor,
      seen: prev?.seen ?? reading,
      chainAt: entry.at,
      chainClockMs: entry.clockMs,
      chainMono: reading.mono,
    });
    for (const fn of this.listeners) fn(drillId, [entry as AnyEntry], state);
    return entry;
  }

  private writable(drillId: string, allowFinished = false): DrillState {
    const live = this.load(drillId);
    if (live.readOnly) throw new DrillRoomError('bad_state.read_only');
    if (live.state.status === 'finished' && !allowFinished) throw new DrillRoomError('bad_state.finished');
    return live.state;
  }

  /** Forget a drill's cached fold (after an import, say). */
  evict(drillId: string): void {
    this.live.delete(drillId);
  }

  /** Tell listeners about a drill that arrived whole (an imported archive), as if its entries were just appended. */
  announce(drillId: string): void {
    this.evict(drillId);
    const { state } = this.load(drillId);
    const entries = this.journal.entries(drillId);
    for (const fn of this.listeners) fn(drillId, entries, state);
  }

  private load(drillId: string): Live {
    const cached = this.live.get(drillId);
    if (cached) return cached;
    const row = this.journal.drill(drillId);
    if (!row) throw new DrillRoomError('not_found.drill', { drillId });
    const entries = this.journal.entries(drillId);
    const state = fold(entries);
    const last = entries[entries.length - 1]!;
    // A fresh process knows the drill clock only as last recorded (entry or heartbeat); it never guesses from wall time.
    const clockMs = state.clock.running ? lastRecordedClockMs(last, this.journal.lastHeartbeat(drillId)) : state.clock.clockMs;
    const running = state.clock.running && !row.readOnly;
    const live: Live = { state, readOnly: row.readOnly, anchor: { clockMs, mono: this.clock.mono(), running }, seen: null, chainAt: last.at, chainClockMs: last.clockMs, chainMono: null };
    this.live.set(drillId, live);
    return live;
  }
}

/** An inject released by the scheduler more than this after its offset is marked late. */
export const LATE_TOLERANCE_MS = 1_000;

function newDrillId(at: number): string {
  const d = new Date(at);
  const ymd = `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}`;
  return `D${ymd}-${randomUUID().slice(0, 8)}`;
}

/** Clock controls wait while a restart gap is undecided: the facilitator answers first. */
function undecided(s: DrillState): void {
  if (s.gap) throw new DrillRoomError('bad_state.gap_undecided');
}

/** The review (and the paperwork: facts for the minutes) goes on after the clock stops. */
const AFTER_FINISH_KINDS: ReadonlySet<EntryKind> = new Set(['score', 'lesson', 'improvement', 'correction', 'star', 'drill.facts']);

function checkRefs(s: DrillState, d: EntryDraft): void {
  const data = d.data as Record<string, unknown>;
  if (d.roleId !== null && !s.scenario.roles.some((r) => r.id === d.roleId))
    throw new DrillRoomError('invalid_input.unknown_role', { roleId: d.roleId });
  const injectId = data['injectId'];
  if (typeof injectId === 'string' && !s.scenario.injects.some((j) => j.id === injectId))
    throw new DrillRoomError('invalid_input.unknown_inject', { injectId });
  if (d.kind === 'task.done') {
    const role = s.scenario.roles.find((r) => r.id === d.roleId);
    const taskId = String(data['taskId']);
    if (!role?.tasks.some((t) => t.id === taskId)) throw new DrillRoomError('invalid_input.unknown_task', { taskId });
    if (effectiveTasksDone(s)[role.id]?.[taskId] !== undefined) throw new DrillRoomError('bad_state.already_done');
  }
  if (d.kind === 'correction' || d.kind === 'star') {
    const target = Number(d.kind === 'correction' ? data['corrects'] : data['target']);
    if (!(target >= 1 && target <= s.lastSeq)) throw new DrillRoomError('invalid_input.unknown_entry', { seq: target });
  }
  if (['observation', 'decision', 'action', 'communication', 'evidence', 'lesson', 'improvement', 'score', 'correction'].includes(d.kind) && d.text.trim() === '')
    throw new DrillRoomError('invalid_input.empty_text');
  if (d.kind === 'score') {
    const target = data['target'] === 'role' ? s.scenario.roles : s.scenario.objectives;
    if (!target.some((t) => t.id === data['targetId'])) throw new DrillRoomError('invalid_input', { detail: `unknown ${String(data['target'])} ${String(data['targetId'])}` });
  }
}
