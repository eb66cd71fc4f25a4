// Bad database files and a hostile disk: the app refuses with a clear Chinese message, loses nothing, never overwrites the file.
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeServices, DB_FILE, type Services } from '../../electron/app/compose';
import { headlessPorts } from '../../electron/app/headlessPorts';
import { SOURCE_RESOURCES } from '../../electron/app/paths';
import { SimulatedClock } from '../../electron/clock/simulatedClock';
import { runDemo } from '../../electron/drill/demo';
import { Journal } from '../../electron/journal/journal';
import { SCHEMA_VERSION } from '../../electron/journal/migrations';
import type { AnyEntry } from '../../shared/domain/entry';
import { DrillRoomError } from '../../shared/ipc/errors';
import { tempDir } from '../helpers/world';

const ZH = {
  corrupt: '数据库文件已损坏或不是演练台数据库',
  newer: `数据库由更新版本的演练台创建(版本 ${SCHEMA_VERSION + 1},本程序支持到 ${SCHEMA_VERSION})`,
  readonly: '数据目录只读,无法写入',
  full: '磁盘空间不足,记录未能写入',
};

const dirs: string[] = [];
const mounts: string[] = [];
let clock = new SimulatedClock();

function open(dataDir: string, live = true): Services {
  return composeServices({ dataDir, resourcesDir: SOURCE_RESOURCES, ports: headlessPorts(join(dataDir, 'exports')), clock, live, onError: () => {} });
}

/** A data folder holding a finished demo drill; returns the folder, the drill and its entries. */
function demoFolder(dir = tempDir('drillroom-bad-')): { dir: string; db: string; drillId: string; entries: AnyEntry[] } {
  if (!dirs.includes(dir)) dirs.push(dir);
  clock = new SimulatedClock();
  const s = open(dir, false);
  const drillId = runDemo(s.drills, clock, s.scenarios.get('anonymous-email'));
  const entries = s.drills.entries(drillId);
  s.close();
  return { dir, db: join(dir, DB_FILE), drillId, entries };
}

/** The refusal thrown by fn, checked for its code and Chinese text. */
function refusal(fn: () => unknown, code: string, zh: string): DrillRoomError {
  let err: unknown;
  try {
    const s = fn() as Services | undefined;
    s?.close?.();
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(DrillRoomError);
  const e = err as DrillRoomError;
  expect(e.code).toBe(code);
  expect(e.message).toContain(zh);
  return e;
}

function overwrite(path: string, offset: number, bytes: Buffer) {
  const fd = openSync(path, 'r+');
  writeSync(fd, bytes, 0, bytes.length, offset);
  closeSync(fd);
}

const sh = (cmd: string, args: string[]) => execFileSync(cmd, args, { stdio: 'pipe' });

/** A small tmpfs of our own, where the machine allows it (root, Linux); null otherwise. */
function tmpfs(size: string): string | null {
  const dir = tempDir('drillroom-mnt-');
  dirs.push(dir);
  try {
    sh('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]);
  } catch {
    return null;
  }
  mounts.push(dir);
  return dir;
}

const canMount = (() => {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  const probe = tmpfs('64k');
  if (!probe) return false;
  sh('umount', [probe]);
  mounts.splice(mounts.indexOf(probe), 1);
  return true;
})();
const NO_MOUNT = 'needs root on Linux to mount a small tmpfs (read-only folder, full disk); not available here';

afterAll(() => {
  for (const m of mounts.reverse()) {
    try {
      sh('umount', ['-l', m]);
    } catch {
      /* already gone */
    }
  }
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('a damaged database file', () => {
  it('is refused when it is random bytes, and left exactly as it was', () => {
    const dir = tempDir('drillroom-bad-');
    dirs.push(dir);
    const db = join(dir, DB_FILE);
    const junk = randomBytes(64 * 1024);
    writeFileSync(db, junk);
    refusal(() => open(dir), 'db_corrupt', ZH.corrupt);
    refusal(() => Journal.open(db), 'db_corrupt', ZH.corrupt);
    expect(readFileSync(db).equals(junk)).toBe(true);
    expect(existsSync(`${db}-wal`)).toBe(false);
  });

  it('is refused when a page of a real journal is overwritten, and left exactly as it was', () => {
    const { dir, db } = demoFolder();
    const pages = statSync(db).size / 4096;
    expect(pages).toBeGreaterThan(4);
    // The last page holds the newest entries; the first keeps the header and schema readable.
    overwrite(db, (pages - 1) * 4096, randomBytes(4096));
    const damaged = readFileSync(db);
    refusal(() => open(dir), 'db_corrupt', ZH.corrupt);
    expect(readFileSync(db).equals(damaged)).toBe(true);
  });

  it('is refused when the schema page of a real journal is overwritten', () => {
    const { dir, db } = demoFolder();
    // Page 1 after the file header: a leaf page of schema cells full of garbage. (Overwriting only its cell area is no
    // damage once the schema outgrows one page: page 1 is then an interior page whose cells live on a child page.)
    const garbage = randomBytes(4096 - 100);
    garbage[0] = 0x0d;
    overwrite(db, 100, garbage);
    const damaged = readFileSync(db);
    refusal(() => open(dir), 'db_corrupt', ZH.corrupt);
    expect(readFileSync(db).equals(damaged)).toBe(true);
  });

  it('is refused when the file is cut in half, and left exactly as it was', () => {
    const { dir, db } = demoFolder();
    truncateSync(db, Math.floor(statSync(db).size / 2));
    const cut = readFileSync(db);
    refusal(() => open(dir), 'db_corrupt', ZH.corrupt);
    expect(readFileSync(db).equals(cut)).toBe(true);
  });

  it('is refused when a newer DrillRoom made it (schema version + 1), untouched and still whole', () => {
    const { dir, db, drillId, entries } = demoFolder();
    const raw = new Database(db);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    const before = readFileSync(db);
    refusal(() => open(dir), 'db_newer', ZH.newer);
    refusal(() => Journal.open(db, { readOnly: true }), 'db_newer', ZH.newer);
    expect(readFileSync(db).equals(before)).toBe(true);
    // Nothing was lost: the newer program's file still holds the whole drill.
    const check = new Database(db, { readonly: true });
    expect((check.prepare('SELECT count(*) AS n FROM entries WHERE drill_id = ?').get(drillId) as { n: number }).n).toBe(entries.length);
    check.close();
  });
});

describe.skipIf(!canMount)(`a read-only data folder (${NO_MOUNT})`, () => {
  let mnt = '';
  let demo: ReturnType<typeof demoFolder>;
  beforeAll(() => {
    mnt = tmpfs('8m')!;
    mkdirSync(join(mnt, 'data'));
    mkdirSync(join(mnt, 'empty'));
    demo = demoFolder(join(mnt, 'data'));
    sh('mount', ['-o', 'remount,ro', mnt]);
  });

  it('is really read-only, even for root', () => {
    expect(() => writeFileSync(join(mnt, 'data', 'probe'), 'x')).toThrow(/EROFS/);
  });

  it('is refused at start-up with a clear message when it holds a journal, which stays untouched', () => {
    const before = readFileSync(demo.db);
    refusal(() => open(demo.dir), 'db_readonly', ZH.readonly);
    expect(readFileSync(demo.db).equals(before)).toBe(true);
  });

  it('is refused at start-up with a clear message when it is empty', () => {
    refusal(() => open(join(mnt, 'empty')), 'db_readonly', ZH.readonly);
    expect(existsSync(join(mnt, 'empty', DB_FILE))).toBe(false);
  });

  it('loses nothing: once writable again, the journal verifies and holds every entry', () => {
    sh('mount', ['-o', 'remount,rw', mnt]);
    const s = open(demo.dir, false);
    expect(s.journal.verify()).toMatchObject({ ok: true, count: demo.entries.length });
    expect(s.drills.entries(demo.drillId)).toEqual(demo.entries);
    s.close();
  });
});

describe.skipIf(!canMount)(`a full disk (${NO_MOUNT})`, () => {
  it('refuses an entry with “disk full” in Chinese, keeps every earlier entry, and carries on once space is freed', () => {
    const mnt = tmpfs('2m')!;
    clock = new SimulatedClock();
    const s = open(mnt);
    const pack = s.scenarios.get('anonymous-email');
    const drillId = s.drills.create({ pack, facts: { name: '磁盘满演练', place: '', organiser: '', facilitator: '', scribe: '', reviewer: '', participants: {} }, language: 'zh-CN' });
    s.drills.start(drillId);
    const acknowledged: AnyEntry[] = [];
    const record = (i: number) => s.drills.record(drillId, { kind: 'observation', roleId: 'monitoring', text: `第 ${i} 条观察:磁盘即将写满。`, data: {} });
    for (let i = 0; i < 20; i++) acknowledged.push(record(i) as AnyEntry);
    // Fill the disk to the last block.
    const filler = join(mnt, 'filler.bin');
    const fd = openSync(filler, 'w');
    const chunk = Buffer.alloc(64 * 1024, 7);
    try {
      for (;;) writeSync(fd, chunk);
    } catch (e) {
      expect((e as NodeJS.ErrnoException).code).toBe('ENOSPC');
    }
    try {
      for (;;) writeSync(fd, chunk, 0, 512);
    } catch {
      /* full to the block */
    }
    closeSync(fd);
    // Appends go on until the WAL needs a new block; then the refusal, never a crash or a half-written entry.
    let refused: unknown;
    for (let i = 20; i < 2_000 && !refused; i++) {
      try {
        acknowledged.push(record(i) as AnyEntry);
      } catch (e) {
        refused = e;
      }
    }
    expect(refused).toBeInstanceOf(DrillRoomError);
    expect((refused as DrillRoomError).code).toBe('disk_full');
    expect((refused as DrillRoomError).message).toContain(ZH.full);
    expect(s.info().lastWrite.ok).toBe(false);
    // Space freed: the same running service writes again, and nothing acknowledged is missing.
    rmSync(filler);
    acknowledged.push(record(9_999) as AnyEntry);
    expect(s.journal.verify()).toMatchObject({ ok: true });
    const stored = s.drills.entries(drillId);
    expect(stored.slice(2)).toEqual(acknowledged);
    s.close();
    // And after a restart.
    const again = open(mnt, false);
    expect(again.journal.verify()).toMatchObject({ ok: true, count: acknowledged.length + 2 });
    expect(again.drills.entries(drillId).slice(2)).toEqual(acknowledged);
    again.close();
  });
});
