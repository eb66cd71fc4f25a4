// The capability table: a role seat may read its drill and write as its own role; everything else is refused by key.
import { describe, expect, it } from 'vitest';
import { mayHear, ROLE_SEAT_CALLS, seatRefusal, type Principal } from '../../shared/ipc/capabilities';
import { CALL_NAMES } from '../../shared/ipc/names';

const seat: Principal = { kind: 'role', seatId: 'seat-1', drillId: 'd1', roleId: 'monitoring' };

describe('seatRefusal', () => {
  it('lets the facilitator call everything', () => {
    for (const name of CALL_NAMES) expect(seatRefusal({ kind: 'facilitator' }, name, {})).toBeNull();
  });
  it('refuses a role seat every call outside its table', () => {
    const allowed = CALL_NAMES.filter((n) => seatRefusal(seat, n, { drillId: 'd1', roleId: 'monitoring' }) === null);
    expect(allowed.sort()).toEqual(Object.keys(ROLE_SEAT_CALLS).sort());
    expect(seatRefusal(seat, 'minutes.export', { drillId: 'd1' })?.key).toBe('forbidden_seat.call');
    expect(seatRefusal(seat, 'toString', {})?.key).toBe('forbidden_seat.call');
    expect(seatRefusal(seat, '__proto__', {})?.key).toBe('forbidden_seat.call');
  });
  it('binds drill and role from the input', () => {
    expect(seatRefusal(seat, 'drill.open', { drillId: 'd2' })?.key).toBe('forbidden_seat.drill');
    expect(seatRefusal(seat, 'entry.log', { drillId: 'd1', roleId: 'commander' })?.key).toBe('forbidden_seat.role');
    expect(seatRefusal(seat, 'entry.log', { drillId: 'd1' })?.key).toBe('forbidden_seat.role');
    expect(seatRefusal(seat, 'task.done', null)?.key).toBe('forbidden_seat.drill');
    expect(seatRefusal(seat, 'inject.acknowledge', { drillId: 'd1', roleId: 'monitoring', injectId: 'x' })).toBeNull();
  });
  it('lets a seat hear its own drill only', () => {
    expect(mayHear(seat, 'd1')).toBe(true);
    expect(mayHear(seat, 'd2')).toBe(false);
    expect(mayHear({ kind: 'facilitator' }, 'd2')).toBe(true);
  });
});
