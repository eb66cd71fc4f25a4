// Item 5 of issue 9: a write lock held briefly by another connection makes a write wait, not fail at once.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../electron/app/paths';
import { makeWorld, type World } from '../../helpers/world';

const tsxLoader = createRequire(import.meta.url).resolve('tsx');
const HOLD_MS = 300;

/** Another process takes BEGIN IMMEDIATE on the file; resolves once it holds the lock. */
function holdWriteLock(dbPath: string, ms: number): Promise<{ done: Promise<void> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', tsxLoader, join(REPO_ROOT, 'tests/fixtures/writeLockHolder.ts'), dbPath, String(ms)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const done = new Promise<void>((ok) => child.on('exit', () => ok()));
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    child.stdout.on('data', (c: Buffer) => {
      if (c.toString().includes('locked')) resolve({ done });
    });
    child.on('exit', (code) => code !== 0 && reject(new Error(`lock holder failed: ${stderr}`)));
  });
}

let world: World;
afterEach(() => world?.dispose());

describe('a short lock held by another connection', () => {
  it(`makes entry.log wait for it (${HOLD_MS} ms) and then succeed`, async () => {
    world = makeWorld({ live: false });
    const d = world.services.dispatch;
    const created = await d('drill.create', { scenarioId: 'transfer-failure', facts: { name: '锁等待演练' } });
    const drillId = (created as { value: { drillId: string } }).value.drillId;
    expect((await d('clock.start', { drillId })).ok).toBe(true);
    const before = world.services.drills.entries(drillId).length;

    const holder = await holdWriteLock(world.services.journal.path, HOLD_MS);
    const t0 = performance.now();
    const res = await d('entry.log', { drillId, kind: 'observation', roleId: 'monitoring', text: '锁释放后写入' });
    const waited = performance.now() - t0;
    await holder.done;

    expect(res).toMatchObject({ ok: true, value: { seq: before + 1 } });
    // It really waited for the other writer rather than slipping past it.
    expect(waited).toBeGreaterThan(HOLD_MS / 2);
    expect(world.services.drills.entries(drillId).at(-1)).toMatchObject({ text: '锁释放后写入' });
    expect(world.services.journal.verify().ok).toBe(true);
  });
});
