// Role seats over real HTTP on 127.0.0.2: join codes, the capability table enforced for every call, revoke, idempotency, restart.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../electron/app/compose';
import { SimulatedClock } from '../../electron/clock/simulatedClock';
import { JOIN_CODE_TTL_MS } from '../../electron/seats/registry';
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

describe('seats on the web transport', () => {
  let drillId: string;
  let status: SeatsStatus;
  let origin: string;
  let monitoring: SeatClient;
  beforeEach(async () => {
    drillId = await drill();
    status = await value<SeatsStatus>('seats.open', { drillId, address: ADDRESS, port: 0 });
    origin = seatOrigin(ADDRESS, status.port!);
    monitoring = await joinSeat(origin, codeOf(status, 'monitoring'));
  });

  it('binds the chosen address only, one code per role, and refuses a wildcard', async () => {
    expect(status.url).toBe(`http://${ADDRESS}:${status.port}/#/seat`);
    expect(status.codes).toHaveLength(9);
    expect(new Set(status.codes.map((c) => c.code)).size).toBe(9);
    await expect(fetch(`http://127.0.0.1:${status.port}/`)).rejects.toThrow();
    const wild = await services.dispatch('seats.open', { drillId, address: '0.0.0.0', port: 0 });
    expect(wild.ok).toBe(false);
    expect(!wild.ok && wild.error.key).toBe('seats.bad_address');
  });

  it('a join code is one-time and expires; the next one on the projector works', async () => {
    const used = codeOf(status, 'monitoring');
    const again = await post(origin, '/api/seat.join', { code: used });
    expect(!again.reply.ok && again.reply.error.key).toBe('seats.bad_code');
    const fresh = await value<SeatsStatus>('seats.status', {});
    expect(codeOf(fresh, 'monitoring')).not.toBe(used);
    const old = codeOf(fresh, 'commander');
    clock.advance(JOIN_CODE_TTL_MS + 1);
    const late = await post(origin, '/api/seat.join', { code: old });
    expect(!late.reply.ok && late.reply.error.key).toBe('seats.bad_code');
  });

  it('a seat logs, signs and completes tasks as its role, each entry naming the seat', async () => {
    await value('inject.release', { drillId, injectId: 'ae-01' });
    const logged = await monitoring.call('entry.log', { drillId, kind: 'observation', roleId: 'monitoring', text: '微博出现转发' });
    expect(logged.reply.ok).toBe(true);
    expect((await monitoring.call('inject.acknowledge', { drillId, injectId: 'ae-01', roleId: 'monitoring' })).reply.ok).toBe(true);
    expect((await monitoring.call('task.done', { drillId, roleId: 'monitoring', taskId: 't1' })).reply.ok).toBe(true);
    const mine = services.drills.entries(drillId).slice(-3);
    expect(mine.map((e) => [e.kind, e.roleId, (e.data as { seat?: string }).seat])).toEqual([
      ['observation', 'monitoring', monitoring.seatId],
      ['inject.acknowledged', 'monitoring', monitoring.seatId],
      ['task.done', 'monitoring', monitoring.seatId],
    ]);
    const snap = await monitoring.call('drill.open', { drillId });
    expect(snap.reply.ok).toBe(true);
    const info = await monitoring.call('app.info', {});
    expect(info.reply.ok && (info.reply.value as { dataDir: string }).dataDir).toBe('');
  });

  it('refuses another role, another drill and every facilitator call with a typed error, writing nothing', async () => {
    const other = await drill();
    const before = entryCount(drillId);
    const beforeOther = entryCount(other);
    const tries: Array<[string, unknown, string]> = [
      ['entry.log', { drillId, kind: 'decision', roleId: 'commander', text: '冒充总指挥' }, 'forbidden_seat.role'],
      ['inject.acknowledge', { drillId, injectId: 'ae-01', roleId: 'commander' }, 'forbidden_seat.role'],
      ['task.done', { drillId, roleId: 'commander', taskId: 't1' }, 'forbidden_seat.role'],
      ['entry.log', { drillId: other, kind: 'observation', roleId: 'monitoring', text: '别的演练' }, 'forbidden_seat.drill'],
      ['drill.open', { drillId: other }, 'forbidden_seat.drill'],
      ['minutes.export', { drillId }, 'forbidden_seat.call'],
      ['archive.export', { drillId }, 'forbidden_seat.call'],
      ['clock.pause', { drillId }, 'forbidden_seat.call'],
      ['clock.finish', { drillId }, 'forbidden_seat.call'],
      ['inject.release', { drillId, injectId: 'ae-02' }, 'forbidden_seat.call'],
      ['drill.list', {}, 'forbidden_seat.call'],
      ['seats.status', {}, 'forbidden_seat.call'],
      ['seats.revoke', { seatId: monitoring.seatId }, 'forbidden_seat.call'],
      ['entry.correct', { drillId, seq: 2, text: 'x', void: true }, 'forbidden_seat.call'],
      ['no.such.call', {}, 'forbidden_seat.call'],
    ];
    for (const [name, input, key] of tries) {
      const { reply } = await monitoring.call(name, input);
      expect(reply.ok, name).toBe(false);
      expect(!reply.ok && reply.error.key, name).toBe(key);
    }
    expect(entryCount(drillId)).toBe(before);
    expect(entryCount(other)).toBe(beforeOther);
  });

  it('without a token, with a forged token, or from a foreign Origin nothing is answered', async () => {
    const input = { drillId, kind: 'observation', roleId: 'monitoring', text: 'x' };
    const before = entryCount(drillId);
    expect((await post(origin, '/api/entry.log', input)).status).toBe(403);
    expect((await post(origin, '/api/entry.log', input, { 'x-drillroom-token': 'forged' })).status).toBe(403);
    const foreign = await fetch(`${origin}/api/entry.log`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://evil.example', 'x-drillroom-token': monitoring.token },
      body: JSON.stringify(input),
    });
    expect(foreign.status).toBe(403);
    expect(entryCount(drillId)).toBe(before);
  });

  it('revoke cuts a seat off at once: its next call is refused and its event stream ends', async () => {
    const stream = await fetch(`${origin}/api/events`, { headers: { 'x-drillroom-token': monitoring.token } });
    expect(stream.status).toBe(200);
    const reader = stream.body!.getReader();
    await reader.read(); // ": connected"
    const after = await value<SeatsStatus>('seats.revoke', { seatId: monitoring.seatId });
    expect(after.seats.some((s) => s.seatId === monitoring.seatId)).toBe(false);
    let done = false;
    while (!done) done = (await reader.read()).done;
    const { status: code, reply } = await monitoring.call('entry.log', { drillId, kind: 'observation', roleId: 'monitoring', text: '收回后' });
    expect(code).toBe(403);
    expect(!reply.ok && reply.error.key).toBe('forbidden_seat.revoked');
  });

  it('a write retried with the same idempotency key is recorded once', async () => {
    const input = { drillId, kind: 'action', roleId: 'monitoring', text: '已截图留存' };
    const key = 'k'.repeat(8) + 'retry-key-1';
    const [a, b] = await Promise.all([monitoring.call('entry.log', input, key), monitoring.call('entry.log', input, key)]);
    const c = await monitoring.call('entry.log', input, key);
    expect(a.reply).toEqual(b.reply);
    expect(c.reply).toEqual(a.reply);
    expect(services.drills.entries(drillId).filter((e) => e.text === '已截图留存')).toHaveLength(1);
    await monitoring.call('entry.log', input, 'another-key-00001');
    expect(services.drills.entries(drillId).filter((e) => e.text === '已截图留存')).toHaveLength(2);
  });

  it('seat pushes carry its own drill only', async () => {
    const other = await drill();
    const stream = await fetch(`${origin}/api/events`, { headers: { 'x-drillroom-token': monitoring.token } });
    const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();
    await reader.read();
    await value('entry.log', { drillId: other, kind: 'observation', roleId: 'monitoring', text: '别处' });
    await value('entry.log', { drillId, kind: 'observation', roleId: 'monitoring', text: '此处' });
    const { value: chunk } = await reader.read();
    expect(chunk).toContain(`"drillId":"${drillId}"`);
    expect(chunk).not.toContain(other);
    await reader.cancel();
  });

  it('finishing the drill closes the seats', async () => {
    await value('clock.finish', { drillId });
    await new Promise((r) => setTimeout(r, 50));
    expect((await value<SeatsStatus>('seats.status', {})).open).toBe(false);
    await expect(fetch(`${origin}/`)).rejects.toThrow();
  });

  it('a restart of the app reopens the seats and keeps their tokens', async () => {
    const port = status.port!;
    await services.seats.shutdown();
    services.close();
    services = compose();
    for (let i = 0; i < 50 && !(await value<SeatsStatus>('seats.status', {})).open; i++) await new Promise((r) => setTimeout(r, 20));
    const back = await value<SeatsStatus>('seats.status', {});
    expect(back.port).toBe(port);
    const r = await monitoring.call('entry.log', { drillId, kind: 'observation', roleId: 'monitoring', text: '重启后' });
    expect(r.reply.ok).toBe(true);
  });
});
