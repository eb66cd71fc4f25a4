// Replies remembered per seat by idempotency key, so a write retried after a lost reply is recorded once.
import type { Reply } from '../../shared/ipc/contract';

/** How many keys each seat's memory holds (oldest forgotten first); far more than a seat retries. */
const PER_SEAT = 256;
/** An idempotency key as the seat page makes them: 16 to 64 URL-safe characters. */
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{16,64}$/;
export const IDEMPOTENCY_HEADER = 'x-drillroom-idempotency-key';

export class IdempotencyMemory {
  private bySeat = new Map<string, Map<string, Promise<Reply<unknown>>>>();

  /** The reply for (seat, key): the first call runs `run`; a repeat (even while the first runs) gets the same reply. */
  once(seatId: string, key: string, run: () => Promise<Reply<unknown>>): Promise<Reply<unknown>> {
    let memory = this.bySeat.get(seatId);
    if (!memory) this.bySeat.set(seatId, (memory = new Map()));
    const known = memory.get(key);
    if (known) return known;
    const reply = run();
    memory.set(key, reply);
    if (memory.size > PER_SEAT) memory.delete(memory.keys().next().value as string);
    return reply;
  }

  forget(seatId: string): void {
    this.bySeat.delete(seatId);
  }
}
