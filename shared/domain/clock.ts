// The drill clock's folded snapshot and its display forms.

/**
 * The drill clock as the journal last set it: clockMs at the clock event stamped with wall time `at`. `at` is for
 * people; drill time now is never derived from it (see wallClock.ts: monotonic time within a process, recorded
 * drill time across restarts).
 */
export interface ClockSnapshot {
  running: boolean;
  /** Drill time in ms at the clock event. */
  clockMs: number;
  /** Wall-clock ms (epoch) stamped on that entry. */
  at: number;
}

export const MINUTE = 60_000;

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
