// Item 4 of issue 9: one writer per database, refused at once with the data folder named; readers work meanwhile.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { composeServices, DB_FILE } from '../../../electron/app/compose';
import { headlessPorts } from '../../../electron/app/headlessPorts';
import { REPO_ROOT, SOURCE_RESOURCES } from '../../../electron/app/paths';
import { runCli } from '../../../electron/cli/main';
import { Journal } from '../../../electron/journal/journal';
import { DrillRoomError } from '../../../shared/ipc/errors';
import { tempDir } from '../../helpers/world';

const tsxLoader = createRequire(import.meta.url).resolve('tsx');
const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

/** A live writer (scheduler and heartbeat armed, one drill running) in its own process. */
function startWriter(dataDir: string): Promise<{ child: ChildProcess; drillId: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', tsxLoader, join(REPO_ROOT, 'tests/fixtures/liveWriter.ts'), dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let stderr = '';
    child.stderr!.on('data', (c) => (stderr += c));
    child.stdout!.on('data', (c: Buffer) => {
      const m = /ready (\S+)/.exec(c.toString());
      if (m) resolve({ child, drillId: m[1]! });
    });
    child.on('exit', (code, signal) => reject(new Error(`writer exited (${code ?? signal}) before ready: ${stderr}`)));
  });
}

const compose = (dataDir: string) =>
  composeServices({ dataDir, resourcesDir: SOURCE_RESOURCES, ports: headlessPorts(join(dataDir, 'exports')), live: true, onError: () => {} });

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function refusal(fn: () => unknown): { error: DrillRoomError; ms: number } {
  const t0 = performance.now();
  try {
    fn();
  } catch (e) {
    const ms = performance.now() - t0;
    if (e instanceof DrillRoomError) return { error: e, ms };
    throw e;
  }
  throw new Error('a second writer was let in');
}

function entriesOf(dbPath: string, drillId: string) {
  const reader = Journal.open(dbPath, { readOnly: true });
  try {
    return reader.entries(drillId);
  } finally {
    reader.close();
  }
}

describe('a second writer on one database', () => {
  it('is refused at once, naming the data folder in Chinese and English, and writes nothing', async () => {
    const dir = tempDir();
    const dbPath = join(dir, DB_FILE);
    const { drillId } = await startWriter(dir);
    const before = entriesOf(dbPath, drillId);

    const { error, ms } = refusal(() => compose(dir));
    console.log(`second writer refused in ${ms.toFixed(1)} ms`);
    expect(error.payload).toMatchObject({ code: 'db_busy', key: 'db_busy.writer' });
    expect(error.messageIn('zh-CN')).toContain(dir);
    expect(error.messageIn('zh-CN')).toContain('只能有一个');
    expect(error.messageIn('en')).toContain(dir);
    expect(error.messageIn('en')).toContain('one writer');
    expect(ms).toBeLessThan(500);

    // The second process would have written a false recovery entry and released every inject again.
    const after = entriesOf(dbPath, drillId);
    expect(after.filter((e) => e.kind === 'recovery')).toEqual([]);
    expect(after.length).toBeGreaterThanOrEqual(before.length);
    const released = after.filter((e) => e.kind === 'inject.released').map((e) => (e.data as { injectId: string }).injectId);
    expect(new Set(released).size).toBe(released.length);
  });

  it('`cli demo` on the database of a running writer is refused with exit 1 and the folder named', async () => {
    const dir = tempDir();
    await startWriter(dir);
    const res = await cli('demo', '--scenario', 'anonymous-email', '--db', join(dir, DB_FILE));
    expect(res.code).toBe(1);
    expect(res.err).toContain(dir);
    expect(res.err).toContain('one writer');
  });

  it('a second browser host on the folder exits 1 at once, saying why in Chinese and English', async () => {
    const dir = tempDir();
    await startWriter(dir);
    const host = spawnSync(process.execPath, ['--import', tsxLoader, join(REPO_ROOT, 'electron/host/main.ts'), '--data', dir], { encoding: 'utf8', timeout: 30_000 });
    expect(host.status).toBe(1);
    expect(host.stderr).toContain(`数据目录 ${dir}`);
    expect(host.stderr).toContain(`data folder ${dir}`);
    expect(host.stdout).not.toContain('Open:');
  });

  it('leaves the read-only commands (verify, minutes, archive) working while the writer runs', async () => {
    const dir = tempDir();
    const dbPath = join(dir, DB_FILE);
    const { drillId } = await startWriter(dir);
    const verify = await cli('verify', dbPath);
    expect(verify.err).toBe('');
    expect(verify.code).toBe(0);
    const minutes = await cli('minutes', dbPath, '--drill', drillId, '--out', join(dir, 'minutes.docx'));
    expect(minutes.err).toBe('');
    expect(minutes.code).toBe(0);
    const archive = await cli('archive', dbPath, '--drill', drillId, '--out', join(dir, 'd.drill'));
    expect(archive.err).toBe('');
    expect(archive.code).toBe(0);
    expect(existsSync(join(dir, 'minutes.docx')) && existsSync(join(dir, 'd.drill'))).toBe(true);
  });

  it('is let in once the first writer was killed with SIGKILL: the lock dies with its process', async () => {
    const dir = tempDir();
    const { child, drillId } = await startWriter(dir);
    expect(refusal(() => compose(dir)).error.payload.key).toBe('db_busy.writer');
    const gone = new Promise((ok) => child.on('exit', ok));
    child.kill('SIGKILL');
    await gone;
    const services = compose(dir);
    try {
      // The surviving writer carries the drill on: its recovery entry is the one true restart.
      expect(services.drills.entries(drillId).filter((e) => e.kind === 'recovery')).toHaveLength(1);
    } finally {
      services.close();
    }
  });
});

describe('the writer lock within one process', () => {
  it('is not taken for an in-memory journal (no lock file appears in the working folder)', () => {
    const a = Journal.open(':memory:');
    const b = Journal.open(':memory:');
    expect(existsSync(':memory:.writer-lock')).toBe(false);
    a.close();
    b.close();
  });

  it('refuses a second Journal.open for writing until the first is closed, and never blocks readers', () => {
    const dbPath = join(tempDir(), DB_FILE);
    const first = Journal.open(dbPath);
    first.createDrill('D1', 1);
    expect(refusal(() => Journal.open(dbPath)).error.payload.key).toBe('db_busy.writer');
    const reader = Journal.open(dbPath, { readOnly: true });
    expect(reader.drills().map((d) => d.drillId)).toEqual(['D1']);
    reader.close();
    first.close();
    const again = Journal.open(dbPath);
    expect(again.drills()).toHaveLength(1);
    again.close();
  });
});
