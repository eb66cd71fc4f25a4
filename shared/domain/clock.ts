// Drill clock arithmetic: elapsed drill time from a snapshot, and the one written form of a drill time and of a duration.

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

/** The languages a duration is written in. */
export type DurationLanguage = 'zh-CN' | 'en';

/**
 * The one way to write a duration, in words so it is never read as a time of day: `1分36秒` / `1 min 36 s`,
 * `45分钟` / `45 min`, `1小时30分钟` / `1 h 30 min`. Whole seconds (truncated); zero parts are left out except the
 * minutes between hours and seconds; a negative span gets a minus sign.
 */
export function formatDuration(ms: number, lang: DurationLanguage): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const zh = lang === 'zh-CN';
  const parts: string[] = [];
  if (h) parts.push(zh ? `${h}小时` : `${h} h`);
  if (m || (h && s)) parts.push(zh ? `${m}分${s ? '' : '钟'}` : `${m} min`);
  if (s || total === 0) parts.push(zh ? `${s}秒` : `${s} s`);
  const body = parts.join(zh ? '' : ' ');
  return ms <= -1000 ? `-${body}` : body;
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
