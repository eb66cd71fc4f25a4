// The time source of the main process: two separate readings (wall for humans, monotonic for drill time) and timers.
import { performance } from 'node:perf_hooks';

export interface Clock {
  /** Wall-clock ms since epoch, for people and auditors; people, NTP and dead batteries move it (see wallClock.ts). */
  now(): number;
  /** Monotonic ms: drill time advances by it; its origin is this process, so it means nothing after a restart. */
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
