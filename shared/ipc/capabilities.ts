// The capability table: which calls each kind of seat may make, and the pure check main runs on every seat request.
import type { CallName } from './names';

/** Who is calling: the facilitator's own app (everything), or a role seat bound to one drill and one role. */
export type Principal =
  | { kind: 'facilitator' }
  | { kind: 'role'; seatId: string; drillId: string; roleId: string }
  | { kind: 'control'; seatId: string; drillId: string };

/** What a role seat may call and how its input is bound: `drill` = its drill only, `role` = its drill and its own role. */
export type Binding = 'none' | 'drill' | 'role';

export const ROLE_SEAT_CALLS: Partial<Record<CallName, Binding>> = {
  'app.info': 'none',
  'drill.open': 'drill',
  'entry.log': 'role',
  'inject.acknowledge': 'role',
  'task.done': 'role',
  'evidence.attach': 'role',
  'evidence.view': 'drill',
  'evidence.check': 'role',
};

/** Calls that write a journal entry naming the seat (the seat id is put into the input by main, never trusted from the page). */
export const SEAT_WRITES: ReadonlySet<CallName> = new Set(['entry.log', 'inject.acknowledge', 'task.done', 'evidence.attach', 'feed.post', 'inject.adhoc']);

/**
 * The control cell (导演组) seat: not a pack role. It reads its drill and writes the feed (ad-hoc posts, comments)
 * and live injects to roles; it cannot log as a role, sign, export, or move the clock.
 */
export const CONTROL_SEAT_CALLS: Partial<Record<CallName, Binding>> = {
  'app.info': 'none',
  'drill.open': 'drill',
  'feed.post': 'drill',
  'inject.adhoc': 'drill',
};

export interface SeatRefusal {
  key: 'forbidden_seat.call' | 'forbidden_seat.drill' | 'forbidden_seat.role' | 'forbidden_seat.control';
  params: Record<string, string>;
}

/** Why `principal` may not make this call with this input, or null when it may. Pure; main turns a refusal into a typed error. */
export function seatRefusal(principal: Principal, name: string, input: unknown): SeatRefusal | null {
  if (principal.kind === 'facilitator') return null;
  if (principal.kind === 'control') return controlRefusal(principal, name, input);
  const binding = Object.prototype.hasOwnProperty.call(ROLE_SEAT_CALLS, name) ? ROLE_SEAT_CALLS[name as CallName] : undefined;
  if (binding === undefined) return { key: 'forbidden_seat.call', params: { name: String(name).slice(0, 80), roleId: principal.roleId } };
  if (binding === 'none') return null;
  const fields = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  if (fields['drillId'] !== principal.drillId) return { key: 'forbidden_seat.drill', params: { drillId: String(fields['drillId']).slice(0, 80) } };
  if (binding === 'role' && fields['roleId'] !== principal.roleId)
    return { key: 'forbidden_seat.role', params: { roleId: String(fields['roleId']).slice(0, 80), own: principal.roleId } };
  return null;
}

function controlRefusal(principal: Extract<Principal, { kind: 'control' }>, name: string, input: unknown): SeatRefusal | null {
  const binding = Object.prototype.hasOwnProperty.call(CONTROL_SEAT_CALLS, name) ? CONTROL_SEAT_CALLS[name as CallName] : undefined;
  if (binding === undefined) return { key: 'forbidden_seat.control', params: { name: String(name).slice(0, 80) } };
  if (binding === 'none') return null;
  const fields = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  return fields['drillId'] === principal.drillId ? null : { key: 'forbidden_seat.drill', params: { drillId: String(fields['drillId']).slice(0, 80) } };
}

/** May this principal receive pushes about this drill? A seat hears its own drill only. */
export function mayHear(principal: Principal, drillId: string | null): boolean {
  return principal.kind === 'facilitator' || drillId === null || drillId === principal.drillId;
}
