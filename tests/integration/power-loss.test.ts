// Power loss is not a process crash: on a file system that drops every write not yet fsync'd (tests/fixtures/lossyfs.py,
// a FUSE layer), a power cut after acknowledged appends loses none of them, and the chain verifies. A control writer
// with synchronous=OFF loses its rows on the same file system, so the harness is known to bite.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../electron/app/paths';
import { Journal } from '../../electron/journal/journal';
import { tempDir } from '../helpers/world';

const tsxLoader = createRequire(import.meta.url).resolve('tsx');
const PYTHON = '/usr/bin/python3';
/** What the lossy file system needs; scripts/install-test-deps.sh installs fuse3, libfuse2 and python3-fusepy. */
const CAN_MOUNT =
  existsSync('/dev/fuse') && spawnSync('sh', ['-c', 'command -v fusermount3'], { encoding: 'utf8' }).status === 0 && spawnSync(PYTHON, ['-c', 'import fusepy'], { encoding: 'utf8' }).status === 0;

interface Mount {
  backing: string;
  point: string;
  fs: ChildProcess;
}
const mounts: Mount[] = [];
afterEach(() => {
  for (const m of mounts.splice(0)) cut(m);
});

async function mountLossy(): Promise<Mount> {
  const dir = tempDir();
  const backing = join(dir, 'disk');
  const point = join(dir, 'mnt');
  mkdirSync(backing);
  mkdirSync(point);
  const fs = spawn(PYTHON, [join(REPO_ROOT, 'tests/fixtures/lossyfs.py'), backing, point], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  fs.stderr!.on('data', (c) => (stderr += c));
  const m = { backing, point, fs };
  mounts.push(m);
  for (let i = 0; i < 100; i++) {
    if (spawnSync('mountpoint', ['-q', point]).status === 0) return m;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`lossy file system did not mount: ${stderr}`);
}

/** The power cut: the file system process dies with what it held in memory, then the mount is detached. */
function cut(m: Mount): void {
  if (m.fs.exitCode === null) m.fs.kill('SIGKILL');
  spawnSync('fusermount3', ['-u', '-z', m.point]);
}

/** Run a writer until it has acknowledged `minAcks`, then kill it; resolves with the highest acknowledged number. */
function writeUntil(cmd: string, args: string[], minAcks: number): Promise<{ acked: number; drillId: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let buf = '';
    let acked = 0;
    let drillId = '';
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    child.stdout.on('data', (chunk: Buffer) => {
      buf += chunk.toString();
      const lines = buf.split('\n');
      buf = lines.pop()!;
      for (const l of lines) {
        if (l.startsWith('drill ')) drillId = l.slice(6);
        if (l.startsWith('ack ')) acked = Math.max(acked, Number(l.slice(4)));
      }
      if (acked >= minAcks && child.exitCode === null) child.kill('SIGKILL');
    });
    child.on('exit', (_c, signal) => (signal === 'SIGKILL' ? resolve({ acked, drillId }) : reject(new Error(`writer exited on its own: ${stderr}`))));
  });
}

describe.skipIf(!CAN_MOUNT)('a power cut after acknowledged appends', () => {
  it('the harness bites: a writer with synchronous=OFF loses the rows it acknowledged', async () => {
    const m = await mountLossy();
    const { acked } = await writeUntil(process.execPath, [join(REPO_ROOT, 'tests/fixtures/unsyncedWriter.cjs'), join(m.point, 'control.db')], 50);
    expect(acked).toBeGreaterThanOrEqual(50);
    cut(m);
    const db = new Database(join(m.backing, 'control.db'), { readonly: true, fileMustExist: true });
    const kept = (db.prepare("select count(*) as n from sqlite_master where name = 't'").get() as { n: number }).n
      ? (db.prepare('select count(*) as n from t').get() as { n: number }).n
      : 0;
    db.close();
    expect(kept, 'rows that survived the power cut without fsync').toBeLessThan(acked);
  }, 60_000);

  it('the journal loses no acknowledged entry and its chain verifies (3 cuts)', async () => {
    for (let trial = 0; trial < 3; trial++) {
      const m = await mountLossy();
      const dataDir = join(m.point, 'data');
      mkdirSync(dataDir);
      const res = await writeUntil(process.execPath, ['--import', tsxLoader, join(REPO_ROOT, 'tests/fixtures/appender.ts'), dataDir, '-'], 10 + trial * 10);
      cut(m);
      const journal = Journal.open(join(m.backing, 'data', 'drillroom.db'));
      try {
        const seqs = journal.entries(res.drillId).map((e) => e.seq);
        expect(seqs.at(-1) ?? 0, `trial ${trial}: last acknowledged #${res.acked}`).toBeGreaterThanOrEqual(res.acked);
        const verdict = journal.verify();
        expect(verdict.ok ? 'intact' : JSON.stringify(verdict), `trial ${trial}`).toBe('intact');
      } finally {
        journal.close();
      }
    }
  }, 180_000);
});
