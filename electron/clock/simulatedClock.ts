// A simulated clock: time moves only when told, so a 4-hour drill runs in milliseconds (demo, tests, bench).
import type { Clock } from './clock';

interface Timer {
  due: number;
  order: number;
  fn: () => void;
  cancelled: boolean;
}

export class SimulatedClock implements Clock {
  private monoMs = 0;
  private order = 0;
  private timers: Timer[] = [];

  constructor(private wallStart = Date.UTC(2026, 10, 28, 1, 30, 0)) {}

  now(): number {
    return this.wallStart + Math.round(this.monoMs);
  }

  mono(): number {
    return this.monoMs;
  }

  setTimer(ms: number, fn: () => void): () => void {
    const t: Timer = { due: this.monoMs + Math.max(0, ms), order: this.order++, fn, cancelled: false };
    this.timers.push(t);
    return () => {
      t.cancelled = true;
    };
  }

  /** Move time forward, firing every timer that falls due on the way, in order. */
  advance(ms: number): void {
    const target = this.monoMs + ms;
    for (;;) {
      this.timers = this.timers.filter((t) => !t.cancelled);
      const next = this.timers.filter((t) => t.due <= target).sort((a, b) => a.due - b.due || a.order - b.order)[0];
      if (!next) break;
      this.monoMs = Math.max(this.monoMs, next.due);
      next.cancelled = true;
      next.fn();
    }
    this.monoMs = target;
  }

  /** Jump the wall clock without moving monotonic time (someone or NTP sets the PC clock). */
  jumpWall(ms: number): void {
    this.wallStart += ms;
  }

  pendingTimers(): number {
    return this.timers.filter((t) => !t.cancelled).length;
  }
}
