// Evidence streamed over the web transport: a 300 MB file hashed as it arrives (memory bounded), refusals before any byte, an interrupted upload leaving nothing, Range reads for the viewer.
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readdirSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { request } from 'node:http';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../../electron/host/server';
import type { EvidenceView, Reply, StagedEvidence } from '../../shared/ipc/contract';
import { DrillRoomError } from '../../shared/ipc/errors';
import { EVIDENCE_LIMIT_BYTES } from '../../shared/domain/evidenceRules';
import { upload, uploadPath, type UploadMeta } from '../helpers/upload';
import { makeWorld, tempDir, type World } from '../helpers/world';

const MB = 1024 * 1024;
let world: World;
let host: BrowserHost;
let drillId: string;
let origin: string;
let scratch: string;

beforeEach(async () => {
  world = makeWorld({ live: false });
  scratch = tempDir('drillroom-upload-src-');
  mkdirSync(join(scratch, 'renderer'));
  writeFileSync(join(scratch, 'renderer', 'index.html'), '<!doctype html><title>host</title>');
  drillId = world.services.drills.create({ pack: world.services.scenarios.get('staff-remark-video'), facts: { name: '视频证据' }, language: 'zh-CN' });
  world.services.drills.start(drillId);
  host = await startBrowserHost(world.services, { rendererDir: join(scratch, 'renderer'), onRefusal: () => {} });
  origin = `http://127.0.0.1:${host.port}`;
});
afterEach(async () => {
  await host.close();
  world.dispose();
  rmSync(scratch, { recursive: true, force: true });
});

const role = () => world.services.drills.state(drillId).scenario.roles[0]!.id;
const meta = (name: string, size: number): UploadMeta => ({ drillId, roleId: role(), name, size });
const target = () => ({ origin, token: host.token });
const evidenceEntries = () => world.services.drills.entries(drillId).filter((e) => e.kind === 'evidence');

/** Every file under the evidence folder (temp files included), relative to it. */
function stored(): string[] {
  const root = world.services.evidence.root;
  const walk = (dir: string): string[] => {
    try {
      return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [relative(root, join(dir, d.name))]));
    } catch {
      return [];
    }
  };
  return walk(root).sort();
}

async function call<T>(name: string, input: unknown): Promise<T> {
  const r = await world.services.dispatch(name, input);
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

/** A file of `size` bytes with a pattern on every MiB (not all zeros, so a wrong offset changes the hash), written sparse-fast. */
function generated(name: string, size: number): string {
  const path = join(scratch, name);
  const fd = openSync(path, 'w');
  const block = Buffer.alloc(MB);
  for (let off = 0; off < size; off += MB) {
    block.writeUInt32LE(off / MB, 0);
    block.write('DrillRoom evidence', 8);
    writeSync(fd, block, 0, Math.min(MB, size - off), off);
  }
  closeSync(fd);
  return path;
}

function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((ok, fail) => {
    const req = request(new URL(path, origin), { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('a 300 MB recording streamed through the host upload', () => {
  it('is hashed as sha256sum hashes it, stored under its hash, registered on one entry, with memory well under the file size', async () => {
    const size = 300 * MB;
    const file = generated('监控录像.mp4', size);
    const expected = execFileSync('sha256sum', [file], { encoding: 'utf8' }).split(' ')[0]!;
    global.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const { status, reply } = await upload(target(), meta('监控录像.mp4', size), file);
    clearInterval(sample);
    expect(status).toBe(200);
    expect(reply?.ok).toBe(true);
    const staged = (reply as { ok: true; value: StagedEvidence }).value;
    expect(staged).toMatchObject({ sha256: expected, size, name: '监控录像.mp4', mime: 'video/mp4' });
    // A sanity bound, not a timing: the body is never held whole (client and server both live in this process).
    expect(peak - before, `RSS grew by ${Math.round((peak - before) / MB)} MB`).toBeLessThan(size / 3);
    expect(stored()).toEqual([join(expected.slice(0, 2), expected)]);
    expect(statSync(world.services.evidence.pathOf(expected)).size).toBe(size);
    // Nothing is registered until the entry names the staged file; then once.
    expect(evidenceEntries()).toHaveLength(0);
    const ack = await call<{ seq: number; attachments: unknown[] }>('evidence.attach', { drillId, roleId: role(), text: '营业厅监控录像', uploads: [staged.upload] });
    expect(ack.attachments).toEqual([{ sha256: expected, name: '监控录像.mp4', size, mime: 'video/mp4' }]);
    const again = await world.services.dispatch('evidence.attach', { drillId, roleId: role(), text: '再登记一次', uploads: [staged.upload] });
    expect(again.ok ? null : again.error.key).toBe('not_found.upload');
    expect(evidenceEntries()).toHaveLength(1);
  }, 120_000);
});

describe('an upload cut off half-way', () => {
  it('leaves no partial file in the store and no entry', async () => {
    const size = 64 * MB;
    const sent = 20 * MB;
    const path = uploadPath(meta('录音.m4a', size));
    let incoming: string[] = [];
    await new Promise<void>((done) => {
      const req = request(new URL(path, origin), {
        method: 'PUT',
        headers: { 'content-length': String(size), 'x-drillroom-token': host.token, origin },
      });
      req.on('error', () => {});
      req.write(Buffer.alloc(sent, 1), () => {
        // The temp file exists while the body arrives, inside the store's incoming folder only.
        setTimeout(() => {
          incoming = stored();
          req.destroy();
          done();
        }, 300);
      });
    });
    expect(incoming.length).toBe(1);
    expect(incoming[0]).toMatch(/^\.incoming\/[0-9a-f]+\.part$/);
    // The server sees the cut connection a moment later: wait for it (a bound on waiting, not a timing assertion).
    for (let i = 0; i < 50 && stored().length > 0; i++) await new Promise((r) => setTimeout(r, 100));
    expect(stored()).toEqual([]);
    expect(evidenceEntries()).toHaveLength(0);
  });
});

describe('refused before any byte is stored', () => {
  const refusedKey = (r: { reply: Reply<StagedEvidence> | null }) => (r.reply && !r.reply.ok ? r.reply.error.key : null);

  it('a declared size over the limit: 413, with the message in both languages, and the body is not read', async () => {
    const r = await upload(target(), meta('整段录像.mp4', EVIDENCE_LIMIT_BYTES + 1), new Uint8Array(0), { length: EVIDENCE_LIMIT_BYTES + 1 });
    expect(r.status).toBe(413);
    expect(refusedKey(r)).toBe('bad_evidence.too_large');
    const err = r.reply && !r.reply.ok ? r.reply.error : null;
    expect(new DrillRoomError(err!.key, err!.params).messageIn('zh-CN')).toContain('超过 2048 MiB 的上限');
    expect(new DrillRoomError(err!.key, err!.params).messageIn('en')).toContain('over the 2048 MiB limit');
    expect(stored()).toEqual([]);
  });

  it('a Content-Length over the limit under a small declared size: 413', async () => {
    const r = await upload(target(), meta('小视频.mp4', 1000), new Uint8Array(0), { length: EVIDENCE_LIMIT_BYTES + 10 });
    expect(r.status).toBe(413);
    expect(refusedKey(r)).toBe('bad_evidence.too_large');
  });

  it('a Content-Length that differs from the declared size', async () => {
    const r = await upload(target(), meta('a.png', 10), Buffer.alloc(20, 1), { length: 20 });
    expect(r.status).toBe(400);
    expect(refusedKey(r)).toBe('bad_evidence.incomplete');
    expect(stored()).toEqual([]);
  });

  it('a type the register does not take, whatever the browser declares', async () => {
    const r = await upload(target(), meta('setup.exe', 4), Buffer.from('MZ\0\0'));
    expect(r.status).toBe(400);
    expect(refusedKey(r)).toBe('bad_evidence.type');
    expect(stored()).toEqual([]);
  });

  it('a bad token or a missing Origin, as every other route of the host', async () => {
    expect((await upload(target(), meta('a.png', 4), Buffer.from('abcd'), { token: 'wrong' })).status).toBe(403);
    expect((await upload(target(), meta('a.png', 4), Buffer.from('abcd'), { origin: null })).status).toBe(403);
    expect((await upload(target(), meta('a.png', 4), Buffer.from('abcd'), { origin: 'http://evil.example' })).status).toBe(403);
    expect(stored()).toEqual([]);
  });

  it('a finished drill, and a role not in the drill', async () => {
    expect(refusedKey(await upload(target(), { ...meta('a.png', 4), roleId: 'janitor' }, Buffer.from('abcd')))).toBe('invalid_input.unknown_role');
    world.services.drills.finish(drillId);
    expect(refusedKey(await upload(target(), meta('a.png', 4), Buffer.from('abcd')))).toBe('bad_state.finished');
    expect(stored()).toEqual([]);
  });

  it("'evidence.check' says the same before the page starts sending", async () => {
    const check = (name: string, size: number) => world.services.dispatch('evidence.check', { drillId, roleId: role(), name, size });
    expect(await check('录像.mp4', 2 * 1024 * MB)).toEqual({ ok: true, value: { mime: 'video/mp4', limit: EVIDENCE_LIMIT_BYTES } });
    const big = await check('录像.mp4', 2 * 1024 * MB + 1);
    expect(big.ok ? null : big.error.key).toBe('bad_evidence.too_large');
    const exe = await check('a.exe', 1);
    expect(exe.ok ? null : exe.error.key).toBe('bad_evidence.type');
  });
});

describe('viewing a stored attachment', () => {
  async function attached(name: string, bytes: Buffer): Promise<EvidenceView> {
    const r = await upload(target(), meta(name, bytes.length), bytes);
    const staged = (r.reply as { ok: true; value: StagedEvidence }).value;
    await call('evidence.attach', { drillId, roleId: role(), text: name, uploads: [staged.upload] });
    return call<EvidenceView>('evidence.view', { drillId, sha256: staged.sha256 });
  }

  it('serves the registered type with byte ranges, as a video element seeks', async () => {
    const bytes = Buffer.from(Array.from({ length: 5000 }, (_, i) => i % 251));
    const view = await attached('现场视频.webm', bytes);
    expect(view).toMatchObject({ name: '现场视频.webm', mime: 'video/webm', kind: 'video', size: 5000 });
    const whole = await get(view.url);
    expect(whole.status).toBe(200);
    expect(whole.headers['content-type']).toBe('video/webm');
    expect(whole.headers['accept-ranges']).toBe('bytes');
    expect(whole.body.equals(bytes)).toBe(true);
    const part = await get(view.url, { range: 'bytes=100-199' });
    expect(part.status).toBe(206);
    expect(part.headers['content-range']).toBe('bytes 100-199/5000');
    expect(part.body.equals(bytes.subarray(100, 200))).toBe(true);
    const open = await get(view.url, { range: 'bytes=4990-' });
    expect(open.body.equals(bytes.subarray(4990))).toBe(true);
    const tail = await get(view.url, { range: 'bytes=-10' });
    expect(tail.headers['content-range']).toBe('bytes 4990-4999/5000');
    expect((await get(view.url, { range: 'bytes=5000-' })).status).toBe(416);
    const head = await get(view.url, {}, 'HEAD');
    expect(head.headers['content-length']).toBe('5000');
    expect(head.body.length).toBe(0);
  });

  it('a made-up or other link is not found; the page CSP allows media and frames from itself only', async () => {
    const view = await attached('照片.png', Buffer.from('png-bytes'));
    expect((await get('/media/not-a-ticket')).status).toBe(404);
    const ok = await get(view.url);
    expect(String(ok.headers['content-security-policy'])).toMatch(/media-src 'self'/);
    expect(String(ok.headers['content-security-policy'])).toMatch(/frame-src 'self'/);
  });
});
