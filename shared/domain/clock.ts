// Drill clock arithmetic: elapsed drill time from a snapshot, and its display forms.

/** The drill clock at one wall-clock instant; running clocks advance with wall time from there. */
export interface ClockSnapshot {
  running: boolean;
  /** Drill time in ms at wall time `at`. */
  clockMs: number;
  /** Wall-clock ms (epoch) at which clockMs was true. */
  at: number;
}

export const MINUTE = 60_000;

export function clockAt(snapshot: ClockSnapshot, wallNow: number): number {
  if (!snapshot.running) return snapshot.clockMs;
  return snapshot.clockMs + Math.max(0, wallNow - snapshot.at);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `T+01:23:45` (or `T-00:05:00` for negative offsets). */
export function formatDrillClock(ms: number): string {
  const sign = ms < 0 ? '-' : '+';
  const total = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `T${sign}${pad(h)}:${pad(m)}:${pad(s)}`;
}

/** `mm:ss` or `h:mm:ss` for durations. */
export function formatDuration(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const body = h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${pad(m)}:${pad(s)}`;
  return ms < 0 ? `-${body}` : body;
}

/** Wall time as local `HH:mm:ss` given a timezone offset in minutes (pure: no Date locale). */
export function formatWallTime(epochMs: number, tzOffsetMin: number): string {
  const d = new Date(epochMs - tzOffsetMin * MINUTE);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** Wall date as `YYYY-MM-DD` given a timezone offset in minutes. */
export function formatWallDate(epochMs: number, tzOffsetMin: number): string {
  const d = new Date(epochMs - tzOffsetMin * MINUTE);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
