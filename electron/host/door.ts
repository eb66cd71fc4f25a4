// Who may come through the web transport on the LAN: a seat door names the principal of each request (see electron/seats/).
import type { Principal } from '../../shared/ipc/capabilities';
import type { Reply } from '../../shared/ipc/contract';
import type { ErrorPayload } from '../../shared/ipc/errors';

/** The join call is the one request a seat makes before it has a token; it is the transport's, not the contract's. */
export const JOIN_PATH = '/api/seat.join';

export interface SeatDoor {
  /** The seat a token stands for, seen now from `remote`; null for an unknown or revoked token. */
  principal(token: string | undefined, remote: string): Principal | null;
  /** A join code exchanged for a seat token (rate limited per peer). */
  join(body: unknown, remote: string): Reply<unknown>;
  /** A refusal before a seat's call runs (its write rate), or null. */
  admit(principal: Principal, name: string): ErrorPayload | null;
  /** The reply to a call, run once per (seat, idempotency key) when the page sends a key. */
  once(principal: Principal, key: string | undefined, run: () => Promise<Reply<unknown>>): Promise<Reply<unknown>>;
  /** False once the seat is revoked: its event stream is closed at the next push or at once by `drop`. */
  alive(principal: Principal): boolean;
}
