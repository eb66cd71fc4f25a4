// The inject scheduler: re-armed from the folded state after every change, it releases timed injects when due.
import { dueInjects, nextDueClockMs } from '../../shared/domain/progress';
import type { Clock } from './clock';
import type { DrillService } from '../drill/drills';

/** Retry delay after a failed automatic release (e.g. disk full). */
const RETRY_MS = 5_000;

export class InjectScheduler {
  private readonly timers = new Map<string, () => void>();
  private stopped = false;

  constructor(
    private readonly drills: DrillService,
    private readonly clock: Clock,
    private readonly onError: (err: unknown) => void = () => {},
  ) {
    // Entries the scheduler itself appends re-arm through releaseDue's loop; any other change re-arms here.
    drills.onChange((drillId) => {
      if (!this.releasing) this.rearm(drillId);
    });
  }

  private releasing = false;

  /** Cancel and recompute the one timer of this drill from its folded state. */
  rearm(drillId: string): void {
    this.timers.get(drillId)?.();
    this.timers.delete(drillId);
    if (this.stopped) return;
    const state = this.drills.state(drillId);
    // A drill held for the facilitator's answer about a restart gap has a standing clock: nothing is due.
    if (state.status !== 'running' || !state.clock.running || this.drills.isReadOnly(drillId)) return;
    const next = nextDueClockMs(state);
    if (next === null) return;
    const delay = Math.max(0, next - this.drills.clockNow(drillId));
    this.timers.set(drillId, this.clock.setTimer(delay, () => this.releaseDue(drillId)));
  }

  /** Release everything due now (a parent before its child), then re-arm. */
  releaseDue(drillId: string): void {
    this.timers.delete(drillId);
    this.releasing = true;
    try {
      for (;;) {
        const state = this.drills.state(drillId);
        if (state.status !== 'running' || !state.clock.running) break;
        const due = dueInjects(state, this.drills.clockNow(drillId));
        if (due.length === 0) break;
        this.drills.release(drillId, due[0]!.id, false);
      }
    } catch (err) {
      this.onError(err);
      this.releasing = false;
      if (!this.stopped) this.timers.set(drillId, this.clock.setTimer(RETRY_MS, () => this.releaseDue(drillId)));
      return;
    }
    this.releasing = false;
    this.rearm(drillId);
  }

  /** Arm every writable running drill (at start-up, after recovery). */
  armAll(drillIds: string[]): void {
    for (const id of drillIds) this.rearm(id);
  }

  stop(): void {
    this.stopped = true;
    for (const cancel of this.timers.values()) cancel();
    this.timers.clear();
  }
}
