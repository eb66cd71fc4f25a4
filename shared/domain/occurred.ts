// When an entry happened: its occurred-at drill time (补记, logged late) or, by default, the moment it was recorded.
import type { AnyEntry } from './entry';

/** Drill time the entry's event happened: `data.occurredMs` when it was logged late, else its recorded drill time. */
export function occurredMs(e: AnyEntry): number {
  const d = e.data as { occurredMs?: unknown };
  return typeof d.occurredMs === 'number' ? d.occurredMs : e.clockMs;
}

/** How long after it happened the entry was recorded (0 for a live entry). */
export function loggedLateMs(e: AnyEntry): number {
  return Math.max(0, e.clockMs - occurredMs(e));
}

/** True for a backdated (补记) entry. */
export function isBackdated(e: AnyEntry): boolean {
  return loggedLateMs(e) > 0;
}

/** Timeline order: by when it happened, then by recording order (the chain order never changes). */
export function byOccurred(a: AnyEntry, b: AnyEntry): number {
  return occurredMs(a) - occurredMs(b) || a.seq - b.seq;
}

/** Whole minutes late, as "补记（晚 N 分钟记录）" says it: at least 1 for any backdated entry. */
export function lateMinutes(e: AnyEntry): number {
  const ms = loggedLateMs(e);
  return ms > 0 ? Math.max(1, Math.round(ms / 60_000)) : 0;
}

/** 时序存疑: an entry answering an inject that, by the journal, happened before that inject was released. */
export function answersBeforeInject(released: readonly { injectId: string; clockMs: number }[], e: AnyEntry): boolean {
  const injectId = (e.data as { injectId?: unknown }).injectId;
  if (typeof injectId !== 'string' || e.kind === 'inject.released') return false;
  const r = released.find((x) => x.injectId === injectId);
  return r === undefined || occurredMs(e) < r.clockMs;
}

/** "T+hh:mm:ss", "hh:mm:ss" or "mm:ss" → drill ms; null when it does not read as a drill time. */
export function parseOccurred(text: string): number | null {
  const m = /^(?:T\+)?(?:(\d{1,3}):)?(\d{1,2}):(\d{2})$/i.exec(text.trim());
  if (!m) return null;
  const [h, min, s] = [Number(m[1] ?? 0), Number(m[2]), Number(m[3])];
  if (min > 59 || s > 59) return null;
  return ((h * 60 + min) * 60 + s) * 1000;
}
