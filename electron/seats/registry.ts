// Join codes and seats of one open drill: one-time short-lived codes per role, exchanged for a per-seat token kept as a digest.
import { createHash, randomBytes, randomInt } from 'node:crypto';
import type { Principal } from '../../shared/ipc/capabilities';
import type { SeatInfo } from '../../shared/ipc/contract';

/** A join code lives this long on the projector, then a new one replaces it. */
export const JOIN_CODE_TTL_MS = 10 * 60_000;
/** No 0/O, 1/I/L: read off a projector across a room and typed on a seat PC. */
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const JOIN_CODE_LENGTH = 6;

export interface StoredSeat extends SeatInfo {
  /** SHA-256 of the seat's token: the token itself is never kept. */
  digest: string;
}

const digestOf = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

function newCode(): string {
  let s = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) s += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return s;
}

export class SeatRegistry {
  private codes = new Map<string, { code: string; expiresAt: number }>();
  /** The control cell's (导演组) join code: on the console only, never on the projector. */
  private control: { code: string; expiresAt: number } | null = null;
  private seats = new Map<string, StoredSeat>();
  private byDigest = new Map<string, StoredSeat>();

  constructor(
    readonly drillId: string,
    private readonly roleIds: readonly string[],
    private readonly now: () => number,
    restored: StoredSeat[] = [],
  ) {
    for (const s of restored) this.keep(s);
  }

  /** The current code per role, renewing any that expired or were used. */
  codeList(): Array<{ roleId: string; code: string; expiresAt: number }> {
    const t = this.now();
    return this.roleIds.map((roleId) => {
      let c = this.codes.get(roleId);
      if (!c || c.expiresAt <= t) this.codes.set(roleId, (c = { code: newCode(), expiresAt: t + JOIN_CODE_TTL_MS }));
      return { roleId, ...c };
    });
  }

  /** The current control cell code, renewed when it expired or was used. */
  controlCode(): { code: string; expiresAt: number } {
    const t = this.now();
    if (!this.control || this.control.expiresAt <= t) this.control = { code: newCode(), expiresAt: t + JOIN_CODE_TTL_MS };
    return this.control;
  }

  /** Exchanges a live code for a new seat and its token (shown once); the code is spent. Null for a wrong, used or expired code. */
  join(code: string, remote: string): { token: string; seat: StoredSeat } | null {
    const wanted = code.trim().toUpperCase();
    const t = this.now();
    if (this.control && this.control.code === wanted && this.control.expiresAt > t) {
      this.control = null;
      return this.newSeat('', remote, true);
    }
    for (const [roleId, c] of this.codes) {
      if (c.code !== wanted || c.expiresAt <= t) continue;
      this.codes.delete(roleId);
      return this.newSeat(roleId, remote, false);
    }
    return null;
  }

  private newSeat(roleId: string, remote: string, control: boolean): { token: string; seat: StoredSeat } {
    const t = this.now();
    const token = randomBytes(24).toString('base64url');
    const seat: StoredSeat = {
      seatId: `seat-${randomBytes(4).toString('hex')}`,
      roleId,
      ...(control ? { control: true } : {}),
      remote,
      joinedAt: t,
      lastSeen: t,
      digest: digestOf(token),
    };
    this.keep(seat);
    return { token, seat };
  }

  /** The principal a token stands for (and a sighting of it), or null for an unknown or revoked token. */
  principal(token: string | undefined, remote: string): Principal | null {
    if (!token) return null;
    const seat = this.byDigest.get(digestOf(token));
    if (!seat) return null;
    seat.lastSeen = this.now();
    seat.remote = remote;
    if (seat.control) return { kind: 'control', seatId: seat.seatId, drillId: this.drillId };
    return { kind: 'role', seatId: seat.seatId, drillId: this.drillId, roleId: seat.roleId };
  }

  revoke(seatId: string): boolean {
    const seat = this.seats.get(seatId);
    if (!seat) return false;
    this.seats.delete(seatId);
    this.byDigest.delete(seat.digest);
    return true;
  }

  has(seatId: string): boolean {
    return this.seats.has(seatId);
  }

  list(): StoredSeat[] {
    return [...this.seats.values()];
  }

  private keep(seat: StoredSeat) {
    this.seats.set(seat.seatId, seat);
    this.byDigest.set(seat.digest, seat);
  }
}
