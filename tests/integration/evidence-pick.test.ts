// The desktop app's evidence path without Electron: main opens the file the dialog picked (the renderer gets a token, never a path or bytes), hashes it while streaming with progress pushes, and can be cancelled.
import { execFileSync } from 'node:child_process';
import { closeSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { composeServices, type Services } from '../../electron/app/compose';
import { headlessPorts } from '../../electron/app/headlessPorts';
import { SOURCE_RESOURCES } from '../../electron/app/paths';
import { SimulatedClock } from '../../electron/clock/simulatedClock';
import { wirePushes } from '../../electron/app/pushes';
import type { PickedEvidence, StagedEvidence } from '../../shared/ipc/contract';
import { tempDir } from '../helpers/world';

const MB = 1024 * 1024;
let dir: string;
let services: Services;
let drillId: string;
let picked: string | null;

function fileOf(name: string, size: number): string {
  const path = join(dir, name);
  const fd = openSync(path, 'w');
  for (let off = 0; off < size; off += MB) writeSync(fd, Buffer.alloc(Math.min(MB, size - off), off / MB), 0, Math.min(MB, size - off), off);
  closeSync(fd);
  return path;
}

beforeEach(() => {
  dir = tempDir('drillroom-pick-');
  const ports = { ...headlessPorts(join(dir, 'exports')), host: 'electron' as const, chooseOpenPath: async () => picked };
  services = composeServices({ dataDir: join(dir, 'data'), resourcesDir: SOURCE_RESOURCES, ports, clock: new SimulatedClock(), live: false });
  drillId = services.drills.create({ pack: services.scenarios.get('staff-remark-video'), facts: { name: '桌面证据' }, language: 'zh-CN' });
  services.drills.start(drillId);
});
afterEach(() => {
  services.close();
  rmSync(dir, { recursive: true, force: true });
});

const roleId = () => services.drills.state(drillId).scenario.roles[0]!.id;
async function call<T>(name: string, input: unknown): Promise<T> {
  const r = await services.dispatch(name, input);
  if (!r.ok) throw Object.assign(new Error(r.error.key), { key: r.error.key });
  return r.value as T;
}

describe('evidence picked in the desktop app', () => {
  it('answers a token and the size, streams the file in main with progress pushes, and registers it', async () => {
    picked = fileOf('录音.m4a', 40 * MB);
    const pick = await call<PickedEvidence>('evidence.pick', { drillId, roleId: roleId() });
    expect(pick).toMatchObject({ name: '录音.m4a', size: 40 * MB, mime: 'audio/mp4' });
    expect(JSON.stringify(pick)).not.toContain(dir);
    const progress: number[] = [];
    const unwire = wirePushes(services, (name, payload) => {
      if (name === 'evidence.progress') progress.push((payload as { done: number }).done);
    });
    const staged = await call<StagedEvidence>('evidence.ingest', { drillId, roleId: roleId(), pick: pick.pick });
    unwire();
    expect(staged.sha256).toBe(execFileSync('sha256sum', [picked], { encoding: 'utf8' }).split(' ')[0]);
    expect(progress.length).toBeGreaterThan(3);
    expect(progress.at(-1)).toBe(40 * MB);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    await call('evidence.attach', { drillId, roleId: roleId(), text: '电话录音', uploads: [staged.upload] });
    expect(services.drills.entries(drillId).at(-1)).toMatchObject({ kind: 'evidence', data: { attachments: [{ sha256: staged.sha256, size: 40 * MB }] } });
    // A token is used once.
    await expect(call('evidence.ingest', { drillId, roleId: roleId(), pick: pick.pick })).rejects.toMatchObject({ key: 'not_found.upload' });
  });

  it('refuses a wrong type at the pick, before reading it; a cancelled dialog answers null', async () => {
    picked = fileOf('病毒.exe', 10);
    await expect(call('evidence.pick', { drillId, roleId: roleId() })).rejects.toMatchObject({ key: 'bad_evidence.type' });
    picked = null;
    expect(await call('evidence.pick', { drillId, roleId: roleId() })).toBeNull();
  });

  it('a cancel stops the reading: nothing stored, no partial file', async () => {
    picked = fileOf('长视频.mp4', 200 * MB);
    const pick = await call<PickedEvidence>('evidence.pick', { drillId, roleId: roleId() });
    const unwire = services.evidenceDesk.onProgress(() => void services.dispatch('evidence.cancel', { pick: pick.pick }));
    await expect(call('evidence.ingest', { drillId, roleId: roleId(), pick: pick.pick })).rejects.toMatchObject({ key: 'bad_evidence.cancelled' });
    unwire();
    const root = services.evidence.root;
    const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [e.name]));
    expect(walk(root)).toEqual([]);
  });
});
