// Wall-clock evidence: wall jumps, chain wall times and restart gaps; the one set of rules main and renderer share.
import { MINUTE } from './clock';

/** A wall reading that strays from the monotonic clock by more than this is a jump, recorded as an entry. */
export const JUMP_TOLERANCE_MS = 2_000;
/** A restart gap up to this (an app or a PC restart) counts as running time; a longer one is the facilitator's call. */
export const MAX_COUNTED_GAP_MS = 15 * MINUTE;

/** A wall and a monotonic reading of one process, taken together. */
export interface ClockReading {
  wall: number;
  mono: number;
}

/** What a `clock.jump` entry records: both readings, and how far wall time moved beyond monotonic time. */
export interface WallJump {
  /** Wall time the process expected from its previous reading (or the chain's last wall time after a restart). */
  wallBefore: number;
  /** Wall time read now. */
  wallAfter: number;
  /** Monotonic time between the two readings; null across a restart (the monotonic clock does not survive one). */
  monoElapsedMs: number | null;
  /** wallAfter − wallBefore − monoElapsedMs: positive when the wall clock jumped ahead. */
  jumpMs: number;
}

/** The jump between two readings of one process, or null while wall time keeps pace with monotonic time. */
export function wallJump(prev: ClockReading, next: ClockReading): WallJump | null {
  const monoElapsedMs = Math.round(next.mono - prev.mono);
  const jumpMs = Math.round(next.wall - prev.wall) - monoElapsedMs;
  if (Math.abs(jumpMs) <= JUMP_TOLERANCE_MS) return null;
  return { wallBefore: Math.round(prev.wall), wallAfter: Math.round(next.wall), monoElapsedMs, jumpMs };
}

/** A fresh process's first wall reading set before the chain's last wall time is a jump too. */
export function wallBehindChain(chainAt: number, wallNow: number): WallJump | null {
  const jumpMs = Math.round(wallNow - chainAt);
  return jumpMs < -JUMP_TOLERANCE_MS ? { wallBefore: chainAt, wallAfter: Math.round(wallNow), monoElapsedMs: null, jumpMs } : null;
}

/**
 * The wall time stamped on the next entry: the reading, but never before the chain's last wall time. While the
 * wall clock is behind the chain (set back), the chain's time is carried on by the monotonic time since its last
 * entry in this process (null after a restart: then the chain's last time is kept).
 */
export function chainWall(chainAt: number, wallNow: number, monoSinceChainMs: number | null = null): number {
  const reading = Math.round(wallNow);
  return reading >= chainAt ? reading : chainAt + Math.max(0, Math.round(monoSinceChainMs ?? 0));
}

/** The drill clock as one process holds it: `clockMs` at monotonic instant `mono`, advancing while running. */
export interface DrillClockAnchor {
  clockMs: number;
  mono: number;
  running: boolean;
}

/** Drill time at monotonic instant `mono`: never from wall-clock differences, never backwards. */
export function drillClockAt(anchor: DrillClockAnchor, mono: number): number {
  return anchor.running ? anchor.clockMs + Math.max(0, mono - anchor.mono) : anchor.clockMs;
}

/** A point of evidence the journal holds about a running drill: an entry, or a heartbeat (clockMs null: pre-v2 row). */
export interface Sighting {
  at: number;
  clockMs: number | null;
}

/** count: the gap is an ordinary restart, counted as running; ask: the facilitator decides; backwards: the wall went back. */
export type GapVerdict = 'count' | 'ask' | 'backwards';

export interface RestartGap {
  /** The last drill clock the journal recorded: the drill resumes from here. */
  lastClockMs: number;
  /** Wall time the app was last seen alive, on the wall clock's own (raw) timeline. */
  lastSeenAt: number;
  /** Wall time since then (negative when the wall clock went back). */
  gapMs: number;
  verdict: GapVerdict;
}

/** The last drill clock the journal recorded for a running drill: its last entry or its last heartbeat. */
export function lastRecordedClockMs(lastEntry: { clockMs: number }, heartbeat: Sighting | null): number {
  return Math.max(lastEntry.clockMs, heartbeat?.clockMs ?? 0);
}

/**
 * How to carry a running drill over a restart. Heartbeats hold a raw wall reading with the drill clock beside it;
 * entry wall times may be clamped, so the last sighting is the heartbeat carried forward by drill time.
 */
export function restartGap(lastEntry: { at: number; clockMs: number }, heartbeat: Sighting | null, wallNow: number): RestartGap {
  const beat = heartbeat && heartbeat.clockMs !== null ? { at: heartbeat.at, clockMs: heartbeat.clockMs } : null;
  const lastClockMs = lastRecordedClockMs(lastEntry, heartbeat);
  const lastSeenAt = beat ? beat.at + Math.max(0, lastEntry.clockMs - beat.clockMs) : lastEntry.at;
  const gapMs = Math.round(wallNow - lastSeenAt);
  const verdict: GapVerdict = gapMs < -JUMP_TOLERANCE_MS ? 'backwards' : gapMs > MAX_COUNTED_GAP_MS ? 'ask' : 'count';
  return { lastClockMs, lastSeenAt, gapMs, verdict };
}

/** The facilitator's answer about an undecided gap: how much of it the drill clock counts. */
export type GapCounts = 'paused' | 'running';
export const GAP_COUNTS = ['paused', 'running'] as const satisfies readonly GapCounts[];

export function countedGapMs(gapMs: number, counts: GapCounts): number {
  return counts === 'running' ? Math.max(0, gapMs) : 0;
}
