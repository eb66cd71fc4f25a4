// A role seat's evidence upload over the LAN door (issue 14): streamed and hashed in main, allowed for its own role and drill only, recorded as an entry naming the seat; its viewer links die with the seat.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { composeServices, type Services } from '../../electron/app/compose';
import { headlessPorts } from '../../electron/app/headlessPorts';
import { SOURCE_RESOURCES } from '../../electron/app/paths';
import { SimulatedClock } from '../../electron/clock/simulatedClock';
import type { EvidenceView, SeatsStatus, StagedEvidence } from '../../shared/ipc/contract';
import { joinSeat, seatOrigin, type SeatClient } from '../helpers/seatClient';
import { upload } from '../helpers/upload';
import { tempDir } from '../helpers/world';

const ADDRESS = '127.0.0.2';
let dir: string;
let services: Services;
let drillId: string;
let origin: string;
let monitoring: SeatClient;
let commanderToken: string;

async function value<T>(name: string, input: unknown): Promise<T> {
  const r = await services.dispatch(name, input);
  if (!r.ok) throw new Error(`${name} refused: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

beforeEach(async () => {
  dir = tempDir('drillroom-seat-evidence-');
  mkdirSync(join(dir, 'renderer'));
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>seat</title>');
  services = composeServices({ dataDir: dir, resourcesDir: SOURCE_RESOURCES, ports: headlessPorts(join(dir, 'exports')), clock: new SimulatedClock(), live: true, rendererDir: join(dir, 'renderer'), onError: (e) => { throw e; } });
  const facts = { name: '席位证据', place: '', organiser: '', facilitator: '', scribe: '', reviewer: '', participants: {} };
  ({ drillId } = await value<{ drillId: string }>('drill.create', { scenarioId: 'anonymous-email', facts, language: 'zh-CN' }));
  await value('clock.start', { drillId });
  const status = await value<SeatsStatus>('seats.open', { drillId, address: ADDRESS, port: 0 });
  origin = seatOrigin(ADDRESS, status.port!);
  monitoring = await joinSeat(origin, status.codes.find((c) => c.roleId === 'monitoring')!.code);
  commanderToken = (await joinSeat(origin, status.codes.find((c) => c.roleId === 'commander')!.code)).token;
});
afterEach(async () => {
  await services.seats.close();
  services.close();
});

const photo = Buffer.from('a photo of the anonymous letter, as bytes');
const sha = createHash('sha256').update(photo).digest('hex');

describe("a seat's evidence upload", () => {
  it('streams to main, is hashed there, and is recorded as an entry of its role naming the seat', async () => {
    const meta = { drillId, roleId: 'monitoring', name: '举报信照片.jpg', size: photo.length };
    const up = await upload({ origin, token: monitoring.token }, meta, photo);
    expect(up.status).toBe(200);
    const staged = (up.reply as { ok: true; value: StagedEvidence }).value;
    expect(staged.sha256).toBe(sha);
    const { reply } = await monitoring.call('evidence.attach', { drillId, roleId: 'monitoring', text: '举报信原件照片', uploads: [staged.upload] });
    expect(reply.ok).toBe(true);
    const entry = services.drills.entries(drillId).at(-1)!;
    expect(entry).toMatchObject({ kind: 'evidence', roleId: 'monitoring', data: { seat: monitoring.seatId, attachments: [{ sha256: sha, name: '举报信照片.jpg', size: photo.length, mime: 'image/jpeg' }] } });
    // The seat may open what its drill holds, through a link of its own.
    const view = await monitoring.call('evidence.view', { drillId, sha256: sha });
    expect(view.reply.ok).toBe(true);
    const url = (view.reply as { ok: true; value: EvidenceView }).value.url;
    const res = await fetch(`${origin}${url}`, { headers: { range: 'bytes=0-4' } });
    expect(res.status).toBe(206);
    expect(Buffer.from(await res.arrayBuffer()).toString()).toBe('a pho');
    // Revoked, its links stop at once.
    await value('seats.revoke', { seatId: monitoring.seatId });
    expect((await fetch(`${origin}${url}`)).status).toBe(404);
  });

  it('as another role, or into another drill, is refused before a byte is stored', async () => {
    const before = services.drills.entries(drillId).length;
    const asCommander = await upload({ origin, token: monitoring.token }, { drillId, roleId: 'commander', name: 'a.jpg', size: photo.length }, photo);
    expect(asCommander.reply && !asCommander.reply.ok && asCommander.reply.error.key).toBe('forbidden_seat.role');
    const elsewhere = await upload({ origin, token: monitoring.token }, { drillId: 'd-other-drill', roleId: 'monitoring', name: 'a.jpg', size: photo.length }, photo);
    expect(elsewhere.reply && !elsewhere.reply.ok && elsewhere.reply.error.key).toBe('forbidden_seat.drill');
    expect(services.evidence.has(sha)).toBe(false);
    expect(services.drills.entries(drillId)).toHaveLength(before);
  });

  it("another seat cannot claim a seat's staged upload, nor can the page name a seat", async () => {
    const up = await upload({ origin, token: monitoring.token }, { drillId, roleId: 'monitoring', name: '截图.png', size: photo.length }, photo);
    const staged = (up.reply as { ok: true; value: StagedEvidence }).value;
    const commander = { call: (name: string, input: unknown) => fetch(`${origin}/api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json', origin, 'x-drillroom-token': commanderToken }, body: JSON.stringify(input) }).then((r) => r.json()) };
    const stolen = (await commander.call('evidence.attach', { drillId, roleId: 'commander', text: '冒领', uploads: [staged.upload] })) as { ok: boolean; error?: { key: string } };
    expect(stolen.ok ? null : stolen.error?.key).toBe('not_found.upload');
    const bad = await monitoring.call('evidence.attach', { drillId, roleId: 'monitoring', text: 'x', uploads: [staged.upload], seat: 'someone-else' });
    expect(bad.reply.ok).toBe(false);
    // Still claimable by its own seat afterwards.
    expect((await monitoring.call('evidence.attach', { drillId, roleId: 'monitoring', text: '截图', uploads: [staged.upload] })).reply.ok).toBe(true);
  });

  it('a seat may not pick files in main, ingest or cancel (desktop-only calls)', async () => {
    for (const name of ['evidence.pick', 'evidence.ingest', 'evidence.cancel']) {
      const { reply } = await monitoring.call(name, { drillId, roleId: 'monitoring', pick: 'x'.repeat(32) });
      expect(!reply.ok && reply.error.key, name).toBe('forbidden_seat.call');
    }
  });
});
