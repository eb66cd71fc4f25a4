// The drill service: every change to a drill becomes a journal entry stamped by the authoritative clock.
import { randomUUID } from 'node:crypto';
import { refusal } from '../../shared/domain/admission';
import type { AnyEntry, Entry, EntryDraft, EntryKind } from '../../shared/domain/entry';
import type { DrillFactsInput } from '../../shared/domain/facts';
import { DrillFactsSchema } from '../../shared/domain/facts';
import { currentPhase, fold, foldNext, type DrillState } from '../../shared/domain/fold';
import type { ScenarioPack } from '../../shared/domain/scenario';
import { clipText } from '../../shared/domain/text';
import { scenarioVersion } from '../../shared/domain/scenarioVersion';
import { sha256 } from '../journal/sha256';
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
import { recordCount } from '../../shared/domain/entryCount';

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
  /** Drills whose journal does not fold, with the reason: listed as damaged, never opened for writing. */
  private readonly damaged = new Map<string, string>();

  constructor(
    private readonly journal: Journal,
    private readonly clock: Clock,
    /** Where errors after a commit go (a change listener that threw): logged, never reported as a failed call. */
    private readonly onError: (err: unknown) => void = (err) => console.error(err),
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
      if (d.readOnly || this.isDamaged(d.drillId)) continue;
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
    const gap = this.load(drillId).state.gap;
    const countedMs = gap ? countedGapMs(gap.gapMs, counts) : 0;
    const draft: EntryDraft<'clock.gap'> = { kind: 'clock.gap', roleId: null, text: '', data: { recoverySeq: gap?.recoverySeq ?? 0, counts, countedMs } };
    this.admit(drillId, draft);
    return this.appendAt(drillId, draft, this.clockNow(drillId) + countedMs);
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
      if (this.isDamaged(d.drillId)) return this.damagedSummary(d.drillId, d.readOnly);
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
        damaged: null,
        archived: state.archived,
      };
    });
  }

  /** True when the drill's journal does not fold (it is then listed as damaged; verify and archive still work). */
  isDamaged(drillId: string): boolean {
    if (this.live.has(drillId)) return false;
    try {
      this.load(drillId);
      return false;
    } catch (err) {
      if (err instanceof DrillRoomError && err.payload.key === 'bad_state.damaged') return true;
      throw err;
    }
  }

  /** The drill's name for file names and lists, read from its setup entry, so a damaged drill has one too. */
  nameOf(drillId: string): string {
    if (!this.isDamaged(drillId)) return this.load(drillId).state.facts.name;
    const first = this.journal.entry(drillId, 1);
    return first?.kind === 'drill.setup' && first.text.trim() !== '' ? first.text : drillId;
  }

  private damagedSummary(drillId: string, readOnly: boolean): DrillSummary {
    const entries = this.journal.entries(drillId);
    const first = entries[0];
    const setup = first?.kind === 'drill.setup' ? (first.data as Partial<Entry<'drill.setup'>['data']>) : undefined;
    const lastClock = entries.filter((e) => e.kind.startsWith('clock.')).pop()?.kind;
    return {
      drillId,
      name: this.nameOf(drillId),
      scenarioTitle: typeof setup?.scenario?.title === 'string' ? setup.scenario.title : '',
      status: lastClock === 'clock.finish' ? 'finished' : lastClock === 'clock.pause' ? 'paused' : lastClock ? 'running' : 'ready',
      createdAt: this.journal.drill(drillId)?.createdAt ?? first?.at ?? 0,
      startedAt: entries.find((e) => e.kind === 'clock.start')?.at ?? null,
      finishedAt: entries.find((e) => e.kind === 'clock.finish')?.at ?? null,
      entryCount: recordCount(entries),
      readOnly,
      damaged: this.damaged.get(drillId) ?? 'unknown',
      archived: false,
    };
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
    const draft: EntryDraft<'clock.start'> = { kind: 'clock.start', roleId: null, text: '', data: {} };
    const s = this.admit(drillId, draft);
    return this.appendAt(drillId, draft, 0, s.scenario.phases[0]?.id ?? null);
  }

  pause(drillId: string) {
    return this.record(drillId, { kind: 'clock.pause', roleId: null, text: '', data: {} });
  }

  resume(drillId: string) {
    return this.record(drillId, { kind: 'clock.resume', roleId: null, text: '', data: {} });
  }

  nextPhase(drillId: string) {
    const s = this.state(drillId);
    const from = currentPhase(s)?.id ?? '';
    const to = s.scenario.phases[s.phaseIndex + 1]?.id ?? '';
    const draft: EntryDraft<'phase.advance'> = { kind: 'phase.advance', roleId: null, text: '', data: { from, to } };
    this.admit(drillId, draft);
    return this.append(drillId, draft, to);
  }

  finish(drillId: string) {
    return this.record(drillId, { kind: 'clock.finish', roleId: null, text: '', data: {} });
  }

  /** Release an inject now: by hand (manual) or by the scheduler when due. */
  release(drillId: string, injectId: string, manual: boolean) {
    const inj = this.state(drillId).scenario.injects.find((j) => j.id === injectId);
    const lateMs = inj ? Math.max(0, Math.round(this.clockNow(drillId) - inj.offsetMin * 60_000)) : 0;
    return this.record(drillId, {
      kind: 'inject.released',
      roleId: null,
      // An untitled inject is named by the start of its content, cut between characters (never inside one).
      text: inj ? (inj.title ?? clipText(inj.content, 80)) : '',
      data: { injectId, manual, lateMs: manual ? 0 : lateMs, late: !manual && lateMs > LATE_TOLERANCE_MS },
    });
  }

  /** Append an entry the drill's state admits (shared/domain/admission.ts says which); refused ones write nothing. */
  record<K extends EntryKind>(drillId: string, draft: EntryDraft<K>): Entry<K> {
    this.admit(drillId, draft);
    return this.append(drillId, draft);
  }

  /** Throw the refusal for appending `draft` now, if any; the evidence service asks this before storing a byte. */
  admit(drillId: string, draft: EntryDraft): DrillState {
    const live = this.load(drillId);
    const no = refusal(live.state, draft, {
      readOnly: live.readOnly,
      clockMs: this.clockNow(drillId),
      entry: (seq) => this.journal.entry(drillId, seq) ?? undefined,
      scenarioVersion: () => scenarioVersion(live.state.scenario, sha256),
      journal: () => this.journal.entries(drillId),
    });
    if (no) throw no;
    return live.state;
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
    // From here on the entry is committed: nothing below may turn the call into a failure.
    let state: DrillState;
    try {
      state = prev ? foldNext(prev.state, entry as AnyEntry, () => this.journal.entries(drillId)) : fold([entry as AnyEntry]);
    } catch (err) {
      this.live.delete(drillId);
      this.report(err);
      return entry;
    }
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
    this.notify(drillId, [entry as AnyEntry], state);
    return entry;
  }

  /** Tell every listener; one that throws is logged and does not stop the others. */
  private notify(drillId: string, entries: AnyEntry[], state: DrillState): void {
    for (const fn of this.listeners) {
      try {
        fn(drillId, entries, state);
      } catch (err) {
        this.report(err);
      }
    }
  }

  private report(err: unknown): void {
    try {
      this.onError(err);
    } catch {
      console.error(err);
    }
  }

  /** Forget a drill's cached fold (after an import, say). */
  evict(drillId: string): void {
    this.live.delete(drillId);
    this.damaged.delete(drillId);
  }

  /**
   * Tell listeners about a drill that arrived whole (an imported archive): its setup (the list learns of a new drill)
   * and its last entry (an open view sees the gap and reads the snapshot again). Not every entry: a 100k-entry
   * archive would be copied to main and to every window and seat for nothing.
   */
  announce(drillId: string): void {
    this.evict(drillId);
    const { state } = this.load(drillId);
    const ends = [...new Set([1, state.lastSeq])].map((seq) => this.journal.entry(drillId, seq)).filter((e): e is AnyEntry => e !== null);
    this.notify(drillId, ends, state);
  }

  private load(drillId: string): Live {
    const cached = this.live.get(drillId);
    if (cached) return cached;
    const row = this.journal.drill(drillId);
    if (!row) throw new DrillRoomError('not_found.drill', { drillId });
    const entries = this.journal.entries(drillId);
    let state: DrillState;
    try {
      state = fold(entries);
    } catch (err) {
      // One drill that does not fold must not stop the app: it is reported damaged, the others carry on.
      const detail = clipText(String((err as Error)?.message ?? err), 200);
      this.damaged.set(drillId, detail);
      throw new DrillRoomError('bad_state.damaged', { drillId, detail });
    }
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

