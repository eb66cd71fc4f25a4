// The time source of the main process: wall clock for humans, monotonic clock for intervals, timers.
import { performance } from 'node:perf_hooks';

export interface Clock {
  /** Wall-clock ms since epoch (stored in entries for people and auditors). */
  now(): number;
  /** Monotonic ms, for measuring intervals while the process lives. */
  mono(): number;
  /** Run fn after ms; returns a cancel function. */
  setTimer(ms: number, fn: () => void): () => void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  mono: () => performance.now(),
  setTimer(ms, fn) {
    const t = setTimeout(fn, Math.max(0, ms));
    return () => clearTimeout(t);
  },
};
