// A failed export (SIGKILL mid-write, a full disk) leaves the previous minutes or archive byte-identical and no stray file.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { composeServices, DB_FILE, type Services } from '../../../electron/app/compose';
import { headlessPorts } from '../../../electron/app/headlessPorts';
import { REPO_ROOT, SOURCE_RESOURCES } from '../../../electron/app/paths';
import { SimulatedClock } from '../../../electron/clock/simulatedClock';
import { runDemo } from '../../../electron/drill/demo';
import { DrillRoomError } from '../../../shared/ipc/errors';
import { tempDir } from '../../helpers/world';

const tsxLoader = createRequire(import.meta.url).resolve('tsx');
const CLI = join(REPO_ROOT, 'electron/cli/main.ts');
// strace must be installed and allowed to trace (a container without ptrace rights skips too).
const hasStrace = spawnSync('strace', ['-f', '-qq', '-o', '/dev/null', 'true'], { stdio: 'ignore' }).status === 0;
const NO_STRACE = 'needs strace (Debian package strace) with ptrace rights to kill the writer at an exact write';

const dirs: string[] = [];
const mounts: string[] = [];
afterAll(() => {
  for (const m of mounts.reverse()) spawnSync('umount', ['-l', m]);
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** The temp file the atomic writer uses for a target: hidden, same folder, named after the target. */
const tempOf = (folder: string, name: string) => join(folder, `.${name}.drillroom-tmp`);

/** A data folder with a finished demo drill (its evidence included) and an exports folder holding an older file. */
function demo(): { dir: string; db: string; drillId: string; out: string } {
  const dir = tempDir('drillroom-export-');
  dirs.push(dir);
  const clock = new SimulatedClock();
  const s = composeServices({ dataDir: dir, resourcesDir: SOURCE_RESOURCES, ports: headlessPorts(join(dir, 'exports')), clock, live: false });
  const drillId = runDemo(s.drills, clock, s.scenarios.get('anonymous-email'));
  s.close();
  const out = join(dir, 'out');
  mkdirSync(out);
  return { dir, db: join(dir, DB_FILE), drillId, out };
}

/** The CLI as one Node process (no tsx wrapper child), optionally under strace. */
function cli(args: string[], strace: string[] = []) {
  const node = [process.execPath, '--import', tsxLoader, CLI, ...args];
  const [cmd, ...rest] = strace.length ? ['strace', ...strace, ...node] : node;
  return spawnSync(cmd!, rest, { encoding: 'utf8', timeout: 60_000 });
}

/** strace passes the child's SIGKILL on: it dies of the same signal (or exits 137). */
function expectKilled(res: ReturnType<typeof spawnSync>): void {
  expect(res.signal === 'SIGKILL' || res.status === 137, `not killed: exit ${res.status} ${String(res.stderr)}`).toBe(true);
}

/** strace that kills the process at its n-th write to the target or its temp file. */
const killAtWrite = (paths: string[], n: number) => ['-f', '-qq', '-o', '/dev/null', ...paths.flatMap((p) => ['-P', p]), '-e', 'trace=write,pwrite64', '-e', `inject=write,pwrite64:signal=KILL:when=${n}`];

describe.skipIf(!hasStrace)(`a process killed while it writes an export (${NO_STRACE})`, () => {
  it('leaves the previous minutes byte-identical; the next export sweeps the half-written temp file', () => {
    const { db, out } = demo();
    const target = join(out, '演练纪要.docx');
    const previous = randomBytes(40_000);
    writeFileSync(target, previous);

    const killed = cli(['minutes', db, '--overwrite', '--out', target], killAtWrite([target, tempOf(out, '演练纪要.docx')], 1));
    expectKilled(killed);
    expect(readFileSync(target).equals(previous)).toBe(true);

    const again = cli(['minutes', db, '--overwrite', '--out', target]);
    expect(again.status, again.stderr).toBe(0);
    expect(readFileSync(target).subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(out)).toEqual(['演练纪要.docx']);
  });

  it('leaves the previous archive byte-identical when killed mid-archive, and it still verifies', () => {
    const { db, drillId, out } = demo();
    const target = join(out, 'd.drill');
    expect(cli(['archive', db, '--drill', drillId, '--overwrite', '--out', target]).status).toBe(0);
    const previous = readFileSync(target);

    const killed = cli(['archive', db, '--drill', drillId, '--overwrite', '--out', target], killAtWrite([target, tempOf(out, 'd.drill')], 2));
    expectKilled(killed);
    expect(readFileSync(target).equals(previous)).toBe(true);
    const verified = cli(['verify', target]);
    expect(verified.status, verified.stderr).toBe(0);

    expect(cli(['archive', db, '--drill', drillId, '--overwrite', '--out', target]).status).toBe(0);
    expect(readdirSync(out)).toEqual(['d.drill']);
  });

  it('answers a disk full in the middle of an archive (injected ENOSPC) with the previous archive intact and no stray file', () => {
    const { db, drillId, out } = demo();
    const target = join(out, 'd.drill');
    expect(cli(['archive', db, '--drill', drillId, '--overwrite', '--out', target]).status).toBe(0);
    const previous = readFileSync(target);
    const full = ['-f', '-qq', '-o', '/dev/null', '-P', tempOf(out, 'd.drill'), '-e', 'trace=write,pwrite64', '-e', 'inject=write,pwrite64:error=ENOSPC:when=3+'];
    const res = cli(['archive', db, '--drill', drillId, '--overwrite', '--out', target], full);
    expect(res.status, res.stderr).toBe(1);
    expect(res.stderr).toContain('磁盘空间不足');
    expect(readFileSync(target).equals(previous)).toBe(true);
    expect(readdirSync(out)).toEqual(['d.drill']);
  });

  it('fsyncs the file, renames it over the target, then fsyncs the folder', () => {
    const { db, drillId, out } = demo();
    const target = join(out, 'd.drill');
    const log = join(out, '..', 'strace.log');
    const res = cli(['archive', db, '--drill', drillId, '--overwrite', '--out', target], ['-f', '-qq', '-y', '-o', log, '-e', 'trace=fsync,fdatasync,rename,renameat,renameat2']);
    expect(res.status, res.stderr).toBe(0);
    const calls = readFileSync(log, 'utf8')
      .split('\n')
      .filter((l) => l.includes(out));
    const at = (re: RegExp) => calls.findIndex((l) => re.test(l));
    const fsyncTemp = at(/f(data)?sync\(\d+<[^>]*\.d\.drill\.drillroom-tmp>/);
    const rename = at(/rename.*\.d\.drill\.drillroom-tmp.*d\.drill"/);
    const fsyncFolder = calls.findIndex((l, i) => i > rename && new RegExp(`fsync\\(\\d+<${out}>\\)`).test(l));
    expect(fsyncTemp, calls.join('\n')).toBeGreaterThanOrEqual(0);
    expect(rename).toBeGreaterThan(fsyncTemp);
    expect(fsyncFolder, calls.join('\n')).toBeGreaterThan(rename);
  });

  it('the evidence store fsyncs its folder after the rename', () => {
    const dir = tempDir('drillroom-evidence-');
    dirs.push(dir);
    const log = join(dir, 'strace.log');
    const script = `import { EvidenceStore } from ${JSON.stringify(join(REPO_ROOT, 'electron/evidence/store.ts'))}; new EvidenceStore(${JSON.stringify(dir)}).putBytes(new TextEncoder().encode('照片'));`;
    const res = spawnSync('strace', ['-f', '-qq', '-y', '-o', log, '-e', 'trace=fsync,rename,renameat,renameat2', process.execPath, '--import', tsxLoader, '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(res.status, res.stderr).toBe(0);
    const calls = readFileSync(log, 'utf8').split('\n');
    const rename = calls.findIndex((l) => /rename/.test(l) && l.includes(join(dir, 'evidence')));
    const folderSync = calls.findIndex((l, i) => i > rename && new RegExp(`fsync\\(\\d+<${join(dir, 'evidence')}/[0-9a-f]{2}>\\)`).test(l));
    expect(rename, calls.join('\n')).toBeGreaterThanOrEqual(0);
    expect(folderSync, calls.join('\n')).toBeGreaterThan(rename);
  });
});

describe('an export that fails half-way through', () => {
  it('(an evidence file found damaged while the archive streams) keeps the previous archive byte-identical, with no stray file', async () => {
    const dir = tempDir('drillroom-export-damaged-');
    dirs.push(dir);
    const clock = new SimulatedClock();
    const s = composeServices({ dataDir: dir, resourcesDir: SOURCE_RESOURCES, ports: headlessPorts(join(dir, 'exports')), clock, live: false });
    try {
      const drillId = s.drills.create({ pack: s.scenarios.get('anonymous-email'), facts: { name: '半途失败' }, language: 'zh-CN' });
      s.drills.start(drillId);
      const photo = randomBytes(3 * 1024 * 1024);
      const attached = await s.dispatch('evidence.attach', { drillId, roleId: 'scribe', text: '照片', files: [{ name: 'a.jpg', mime: 'image/jpeg', base64: photo.toString('base64') }] });
      expect(attached.ok).toBe(true);
      const first = await s.exportArchive(drillId);
      const previous = readFileSync(first.path!);
      // The stored photo rots on disk; the re-export finds it only after writing the entries and part of the file.
      const sha = createHash('sha256').update(photo).digest('hex');
      const rotten = Buffer.from(photo);
      rotten[rotten.length - 1] = rotten[rotten.length - 1]! ^ 0xff;
      writeFileSync(s.evidence.pathOf(sha), rotten);
      const err = await refusal(s.exportArchive(drillId));
      expect(err.code).toBe('bad_evidence');
      expect(readFileSync(first.path!).equals(previous)).toBe(true);
      expect(readdirSync(join(dir, 'exports'))).toEqual([first.path!.slice(join(dir, 'exports').length + 1)]);
    } finally {
      s.close();
    }
  });
});

/** A small tmpfs of our own (root on Linux); null where the machine does not allow it. */
function tmpfs(size: string): string | null {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return null;
  const dir = tempDir('drillroom-full-');
  dirs.push(dir);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch {
    return null;
  }
  mounts.push(dir);
  return dir;
}

/** Fill a folder's file system until fewer than `leave` bytes are free. */
function fill(folder: string, leave: number): void {
  const { bavail, bsize } = statfsSync(folder);
  writeFileSync(join(folder, 'filler.bin'), Buffer.alloc(Math.max(0, bavail * bsize - leave)));
}

/** An older, smaller file at the export's place (a re-export must not fit in the space that is left). */
function olderFile(path: string): Buffer {
  const previous = randomBytes(3000);
  writeFileSync(path, previous);
  return previous;
}

async function refusal(p: Promise<unknown>): Promise<DrillRoomError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DrillRoomError);
  return err as DrillRoomError;
}

const probe = tmpfs('64k');
const canMount = probe !== null;

describe.skipIf(!canMount)('an export onto a full disk (needs root on Linux to mount a small tmpfs)', () => {
  function services(exportsDir: string): { s: Services; drillId: string } {
    const { dir } = demo();
    const s = composeServices({ dataDir: dir, resourcesDir: SOURCE_RESOURCES, ports: headlessPorts(exportsDir), clock: new SimulatedClock(), live: false });
    return { s, drillId: s.drills.list()[0]!.drillId };
  }

  it('answers disk_full for a re-exported archive and keeps the previous archive byte-identical, with no stray file', async () => {
    const disk = tmpfs('2m')!;
    const { s, drillId } = services(disk);
    try {
      const first = await s.exportArchive(drillId);
      const previous = olderFile(first.path!);
      fill(disk, 8192);
      const err = await refusal(s.exportArchive(drillId));
      expect(err.code).toBe('disk_full');
      expect(readFileSync(first.path!).equals(previous)).toBe(true);
      expect(readdirSync(disk).sort()).toEqual([first.path!.slice(disk.length + 1), 'filler.bin'].sort());
    } finally {
      s.close();
    }
  });

  it('answers disk_full for a saved scenario pack and keeps the previous pack byte-identical, with no stray file', async () => {
    const disk = tmpfs('2m')!;
    const { s } = services(disk);
    try {
      const packText = JSON.stringify(s.scenarios.get('anonymous-email'), null, 2);
      const first = await s.dispatch('scenario.save', { packText, name: 'my-pack' });
      expect(first.ok && (first.value as { path: string }).path).toBe(join(disk, 'my-pack.json'));
      const previous = olderFile(join(disk, 'my-pack.json'));
      fill(disk, 8192);
      const again = await s.dispatch('scenario.save', { packText, name: 'my-pack' });
      expect(!again.ok && again.error.code).toBe('disk_full');
      expect(readFileSync(join(disk, 'my-pack.json')).equals(previous)).toBe(true);
      expect(readdirSync(disk).sort()).toEqual(['filler.bin', 'my-pack.json']);
    } finally {
      s.close();
    }
  });

  it('answers disk_full for minutes and keeps the previous minutes byte-identical, with no stray file', async () => {
    const disk = tmpfs('2m')!;
    const { s, drillId } = services(disk);
    try {
      const first = await s.exportMinutes(drillId);
      const previous = olderFile(first.path!);
      fill(disk, 8192);
      const err = await refusal(s.exportMinutes(drillId));
      expect(err.code).toBe('disk_full');
      expect(readFileSync(first.path!).equals(previous)).toBe(true);
      expect(existsSync(first.path!)).toBe(true);
      expect(readdirSync(disk).sort()).toEqual([first.path!.slice(disk.length + 1), 'filler.bin'].sort());
    } finally {
      s.close();
    }
  });
});
