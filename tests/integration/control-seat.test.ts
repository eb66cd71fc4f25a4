// The control cell (导演组) seat and the spokesperson's statement over real HTTP on 127.0.0.2: its own join code, the
// capability table both ways, every write a journal entry naming the seat.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../electron/app/compose';
import { SimulatedClock } from '../../electron/clock/simulatedClock';
import type { SeatsStatus } from '../../shared/ipc/contract';
import { joinSeat, post, seatOrigin, type SeatClient } from '../helpers/seatClient';
import { tempDir } from '../helpers/world';
import { codeOf, seatKit } from '../helpers/seatKit';

const ADDRESS = '127.0.0.2';
let dir: string;
let clock: SimulatedClock;
let services: Services;

const { compose, value, drill, entryCount } = seatKit(() => ({ dir, clock, services }));

beforeEach(() => {
  dir = tempDir('drillroom-seats-');
  mkdirSync(join(dir, 'renderer'));
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>seat</title>');
  clock = new SimulatedClock();
  services = compose();
});
afterEach(async () => {
  await services.seats.close();
  services.close();
});

describe('the control seat on the web transport', () => {
  let drillId: string;
  let status: SeatsStatus;
  let origin: string;
  let control: SeatClient;
  let spokesperson: SeatClient;
  beforeEach(async () => {
    drillId = await drill();
    status = await value<SeatsStatus>('seats.open', { drillId, address: ADDRESS, port: 0 });
    origin = seatOrigin(ADDRESS, status.port!);
    expect(status.control?.code).toMatch(/^[2-9A-Z]{6}$/);
    control = await joinSeat(origin, status.control!.code);
    spokesperson = await joinSeat(origin, codeOf(status, 'spokesperson'));
  });

  it('joins with its own one-time code, is listed as the control seat, and its code is not among the role codes', async () => {
    expect(status.codes.map((c) => c.code)).not.toContain(status.control!.code);
    const again = await post(origin, '/api/seat.join', { code: status.control!.code });
    expect(!again.reply.ok && again.reply.error.key).toBe('seats.bad_code');
    const now = await value<SeatsStatus>('seats.status', {});
    expect(now.seats.find((s) => s.seatId === control.seatId)).toMatchObject({ control: true, roleId: '' });
    expect(now.control!.code).not.toBe(status.control!.code);
  });

  it('posts, comments and releases a live inject that reaches the target seat, each entry naming the seat', async () => {
    const p = await control.call('feed.post', { drillId, channel: 'weibo', author: '围观网友', text: '银行怎么还不回应?' });
    expect(p.reply.ok).toBe(true);
    const seq = (p.reply as { value: { seq: number } }).value.seq;
    expect((await control.call('feed.post', { drillId, channel: 'weibo', author: '老储户', text: '同问', replyToSeq: seq })).reply.ok).toBe(true);
    const inj = await control.call('inject.adhoc', { drillId, channel: 'journalist', sender: '某报记者', text: '记者来电求证', targetRoles: ['spokesperson'] });
    expect(inj.reply.ok && (inj.reply.value as { injectId: string }).injectId).toBe('adhoc-1');
    const mine = services.drills.entries(drillId).slice(-3);
    expect(mine.map((e) => [e.kind, e.roleId, (e.data as { seat?: string }).seat])).toEqual([
      ['feed.post', null, control.seatId],
      ['feed.post', null, control.seatId],
      ['inject.adhoc', null, control.seatId],
    ]);
    // The spokesperson seat sees the inject in its drill and signs for it.
    const snap = await spokesperson.call('drill.open', { drillId });
    const state = (snap.reply as { value: { state: { adhoc: Array<{ id: string; targetRoles: string[] }> } } }).value.state;
    expect(state.adhoc.map((j) => [j.id, j.targetRoles])).toEqual([['adhoc-1', ['spokesperson']]]);
    expect((await spokesperson.call('inject.acknowledge', { drillId, injectId: 'adhoc-1', roleId: 'spokesperson' })).reply.ok).toBe(true);
  });

  it('the spokesperson seat publishes a statement as its role; the control seat cannot act as a role; a role seat cannot write the feed', async () => {
    const st = await spokesperson.call('entry.log', { drillId, kind: 'communication', roleId: 'spokesperson', text: '我行已关注', audience: 'public', channel: 'weibo' });
    expect(st.reply.ok).toBe(true);
    const last = services.drills.entries(drillId).at(-1)!;
    expect([last.kind, last.roleId, last.data]).toEqual(['communication', 'spokesperson', { audience: 'public', channel: 'weibo', seat: spokesperson.seatId }]);
    const before = entryCount(drillId);
    const tries: Array<[SeatClient, string, unknown, string]> = [
      [control, 'entry.log', { drillId, kind: 'communication', roleId: 'spokesperson', text: '冒充发言人', audience: 'public', channel: 'weibo' }, 'forbidden_seat.control'],
      [control, 'inject.acknowledge', { drillId, injectId: 'ae-01', roleId: 'spokesperson' }, 'forbidden_seat.control'],
      [control, 'clock.pause', { drillId }, 'forbidden_seat.control'],
      [control, 'minutes.export', { drillId }, 'forbidden_seat.control'],
      [control, 'inject.release', { drillId, injectId: 'ae-02' }, 'forbidden_seat.control'],
      [spokesperson, 'feed.post', { drillId, channel: 'weibo', author: '水军', text: '好评' }, 'forbidden_seat.call'],
      [spokesperson, 'inject.adhoc', { drillId, channel: 'weibo', sender: 'x', text: 'y', targetRoles: ['commander'] }, 'forbidden_seat.call'],
    ];
    for (const [seat, name, input, key] of tries) {
      const { status: code, reply } = await seat.call(name, input);
      expect(reply.ok, name).toBe(false);
      expect(!reply.ok && reply.error.key, name).toBe(key);
      expect(code, name).toBeGreaterThanOrEqual(200);
    }
    expect(entryCount(drillId)).toBe(before);
    // Admission answers a bad post from the control seat in its own words, and writes nothing.
    const bad = await control.call('feed.post', { drillId, channel: 'email', author: '甲', text: '私信' });
    expect(!bad.reply.ok && bad.reply.error.key).toBe('invalid_input.not_public_channel');
    expect(entryCount(drillId)).toBe(before);
  });

  it('revoking the control seat cuts it off at once', async () => {
    await value('seats.revoke', { seatId: control.seatId });
    const after = await control.call('feed.post', { drillId, channel: 'weibo', author: '甲', text: '还在吗' });
    expect(!after.reply.ok && after.reply.error.key).toBe('forbidden_seat.revoked');
  });
});
