// The control cell's (导演组) capabilities: it reads its drill and writes the feed and live injects; it cannot act as a
// role, export or move the clock; a role seat cannot write the feed.
import { describe, expect, it } from 'vitest';
import { CONTROL_SEAT_CALLS, mayHear, seatRefusal, type Principal } from '../../shared/ipc/capabilities';
import { CALL_NAMES } from '../../shared/ipc/names';

const control: Principal = { kind: 'control', seatId: 'seat-c', drillId: 'd1' };
const role: Principal = { kind: 'role', seatId: 'seat-1', drillId: 'd1', roleId: 'spokesperson' };

describe('the control seat', () => {
  it('may call exactly its table, bound to its drill', () => {
    const allowed = CALL_NAMES.filter((n) => seatRefusal(control, n, { drillId: 'd1', roleId: 'spokesperson' }) === null);
    expect(allowed.sort()).toEqual(Object.keys(CONTROL_SEAT_CALLS).sort());
    expect(allowed.sort()).toEqual(['app.info', 'drill.open', 'feed.post', 'inject.adhoc']);
    expect(seatRefusal(control, 'feed.post', { drillId: 'd2' })?.key).toBe('forbidden_seat.drill');
    expect(seatRefusal(control, 'inject.adhoc', {})?.key).toBe('forbidden_seat.drill');
  });
  it('cannot log, sign or finish tasks as a role, export, or move the clock', () => {
    for (const name of ['entry.log', 'inject.acknowledge', 'task.done', 'evidence.attach', 'minutes.export', 'archive.export', 'clock.start', 'clock.pause', 'clock.finish', 'inject.release', 'seats.revoke'])
      expect(seatRefusal(control, name, { drillId: 'd1', roleId: 'spokesperson' })?.key, name).toBe('forbidden_seat.control');
  });
  it('hears its own drill only', () => {
    expect(mayHear(control, 'd1')).toBe(true);
    expect(mayHear(control, 'd2')).toBe(false);
  });
});

describe('a role seat and the feed', () => {
  it('cannot write control posts or live injects', () => {
    expect(seatRefusal(role, 'feed.post', { drillId: 'd1', roleId: 'spokesperson' })?.key).toBe('forbidden_seat.call');
    expect(seatRefusal(role, 'inject.adhoc', { drillId: 'd1', roleId: 'spokesperson' })?.key).toBe('forbidden_seat.call');
  });
  it('publishes a statement through its own entry.log only', () => {
    expect(seatRefusal(role, 'entry.log', { drillId: 'd1', roleId: 'spokesperson', channel: 'weibo' })).toBeNull();
    expect(seatRefusal(role, 'entry.log', { drillId: 'd1', roleId: 'commander', channel: 'weibo' })?.key).toBe('forbidden_seat.role');
  });
});
