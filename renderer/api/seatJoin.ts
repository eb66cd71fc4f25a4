// A role seat's join: the code from the projector exchanged for the seat's token (the one request made without a token).
import type { Reply } from '../../shared/ipc/contract';
import { ApiError } from './api';

export interface SeatSession {
  token: string;
  seatId: string;
  roleId: string;
  drillId: string;
  /** The control cell (导演组) seat: roleId is empty. */
  control?: true;
}

const KEY = 'drillroom.seat';

export async function joinSeat(code: string): Promise<SeatSession> {
  const res = await fetch(`${window.location.origin}/api/seat.join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  const reply = (await res.json()) as Reply<SeatSession>;
  if (!reply.ok) throw new ApiError(reply.error);
  keepSeat(reply.value);
  return reply.value;
}

/** The seat this tab joined as (survives a reload of the tab, not the closing of it). */
export function currentSeat(): SeatSession | null {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as SeatSession) : null;
  } catch {
    return null;
  }
}

function keepSeat(s: SeatSession) {
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(s));
  } catch {
    /* storage disabled: the seat lasts as long as this page */
  }
}

export function forgetSeat(): void {
  try {
    window.sessionStorage.removeItem(KEY);
  } catch {
    /* nothing kept */
  }
}
