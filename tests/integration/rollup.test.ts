// Head office roll-up with real archives and real SQLite: many branches' archives at once, a damaged one named and
// skipped, a repeat recognised, each archive its own transaction (a crash mid-way leaves the earlier ones whole), ledgers by branch.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../electron/app/paths';
import { Journal } from '../../electron/journal/journal';
import { importArchiveFolder } from '../../electron/archive/rollup';
import { errorMessage } from '../../shared/i18n/errors';
import { packArchive, unpackArchive } from '../helpers/archives';
import { call, runDrill } from '../helpers/ledgerDrills';
import { makeWorld, tempDir, type World } from '../helpers/world';

const tsxLoader = createRequire(import.meta.url).resolve('tsx');
const BRANCHES = ['城东支行', '城西支行', '高新区支行'];

let source: World;
/** name -> path of each branch archive exported by the source world. */
const archives: { name: string; path: string; drillId: string; branch: string }[] = [];

beforeAll(async () => {
  source = makeWorld();
  for (let i = 0; i < 6; i++) {
    const branch = BRANCHES[i % 3]!;
    const drillId = await runDrill(source, { name: `${branch}第${i + 1}次演练`, branch, reportMin: 8 + i * 3, extraLogs: 40 });
    const saved = await call(source, 'archive.export', { drillId });
    archives.push({ name: `${String.fromCharCode(97 + i)}-${basename(saved.path!)}`, path: saved.path!, drillId, branch });
  }
}, 180_000);
afterAll(() => source.dispose());

/** Copy archives into a world's imports folder (where the browser host reads the files the page picked). */
function stage(w: World, files: { name: string; bytes: Uint8Array }[]): string[] {
  const folder = join(w.dir, 'imports');
  mkdirSync(folder, { recursive: true });
  for (const f of files) writeFileSync(join(folder, f.name), f.bytes);
  return files.map((f) => f.name);
}

/** The third archive with one entry's text changed: its chain no longer verifies. */
function tampered(): Uint8Array {
  const parts = unpackArchive(readFileSync(archives[2]!.path));
  parts.entries[10] = { ...parts.entries[10]!, text: '篡改后的记录' };
  return packArchive(parts);
}

describe('the head office roll-up', () => {
  it('imports every sound archive, names the damaged one with its reason and skips it, and recognises a repeat', async () => {
    const hq = makeWorld();
    try {
      const names = stage(hq, [
        ...archives.map((a, i) => ({ name: a.name, bytes: i === 2 ? tampered() : readFileSync(a.path) })),
        { name: 'z-copy-of-a.drill', bytes: readFileSync(archives[0]!.path) },
      ]);
      names.push('not-there.drill');
      const report = (await call(hq, 'archive.importFolder', { names }))!;
      expect([report.imported, report.duplicates, report.failed]).toEqual([5, 1, 2]);
      const broken = report.items.find((x) => x.name === archives[2]!.name)!;
      expect(broken.outcome).toBe('failed');
      expect(broken.error!.key).toBe('bad_archive');
      expect(errorMessage(broken.error!, 'zh-CN')).toMatch(/哈希链校验失败：第 11 条记录/);
      expect(report.items.find((x) => x.name === 'z-copy-of-a.drill')).toMatchObject({ outcome: 'duplicate', drillId: archives[0]!.drillId });
      expect(report.items.find((x) => x.name === 'not-there.drill')!.error!.key).toBe('not_found.import_file');
      // Nothing of the damaged archive is in the database; the others are whole, read-only, and verify.
      expect(hq.services.journal.drill(archives[2]!.drillId)).toBeFalsy();
      for (const [i, a] of archives.entries()) {
        if (i === 2) continue;
        expect(hq.services.drills.entries(a.drillId).map((e) => e.hash)).toEqual(source.services.drills.entries(a.drillId).map((e) => e.hash));
        expect(hq.services.drills.isReadOnly(a.drillId)).toBe(true);
      }
      expect(hq.services.journal.verify().ok).toBe(true);
      expect(await call(hq, 'archive.importProgress', {})).toMatchObject({ running: false, done: names.length, total: names.length, imported: 5, duplicates: 1, failed: 2 });

      // The same folder again: nothing is imported twice.
      const again = (await call(hq, 'archive.importFolder', { names: names.slice(0, -1) }))!;
      expect([again.imported, again.duplicates, again.failed]).toEqual([0, 6, 1]);
      expect(hq.services.drills.list()).toHaveLength(5);

      // The ledgers across branches: rows by facts.branch, and the comparison by branch.
      const ledger = await call(hq, 'ledger.drills', {});
      expect(ledger.rows).toHaveLength(5);
      expect(ledger.byBranch.map((g) => [g.key, g.drills])).toEqual([
        ['城东支行', 2],
        ['城西支行', 2],
        ['高新区支行', 1],
      ]);
      for (const r of ledger.rows) expect(r.branch).toBe(archives.find((a) => a.drillId === r.drillId)!.branch);
      const sourceRows = (await call(source, 'ledger.drills', {})).rows;
      for (const r of ledger.rows) expect(r).toEqual(sourceRows.find((x) => x.drillId === r.drillId));
    } finally {
      hq.dispose();
    }
  }, 120_000);

  it('in the desktop app imports every .drill of the folder the user picks, and nothing when the pick is cancelled', async () => {
    const hq = makeWorld();
    try {
      const folder = join(hq.dir, 'picked');
      mkdirSync(folder);
      for (const a of archives.slice(0, 3)) copyFileSync(a.path, join(folder, a.name));
      writeFileSync(join(folder, 'readme.txt'), '不是档案');
      let picked: string | null = folder;
      const desktop = { ...hq.services, ports: { ...hq.services.ports, chooseFolder: async () => picked } };
      const report = (await importArchiveFolder(desktop, undefined))!;
      expect(report.items.map((x) => [x.name, x.outcome])).toEqual(archives.slice(0, 3).map((a) => [a.name, 'imported']));
      picked = null;
      expect(await importArchiveFolder(desktop, undefined)).toBeNull();
      expect(hq.services.drills.list()).toHaveLength(3);
    } finally {
      hq.dispose();
    }
  }, 60_000);

  it('a crash in the middle of one archive leaves the earlier ones whole and the interrupted one absent', async () => {
    const dir = tempDir();
    const paths = archives.slice(0, 4).map((a) => {
      const to = join(dir, a.name);
      copyFileSync(a.path, to);
      return to;
    });
    const out = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', tsxLoader, join(REPO_ROOT, 'tests/fixtures/rollupCrasher.ts'), join(dir, 'data'), '3', '30', ...paths], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (c) => (stdout += c));
      child.stderr.on('data', (c) => (stderr += c));
      child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(stdout) : reject(new Error(`the importer was not killed: ${stdout} ${stderr}`))));
    });
    expect(out).toContain('dying in archive 3 after 30 rows');

    const journal = Journal.open(join(dir, 'data', 'drillroom.db'));
    try {
      expect(journal.verify().ok).toBe(true);
      for (const a of archives.slice(0, 2)) expect(journal.entries(a.drillId).length).toBe(source.services.drills.entries(a.drillId).length);
      expect(journal.drill(archives[2]!.drillId)).toBeFalsy();
      expect(journal.entries(archives[2]!.drillId)).toHaveLength(0);
      expect(journal.drill(archives[3]!.drillId)).toBeFalsy();
    } finally {
      journal.close();
    }

    // Started again on the same folder: the two done are recognised, the interrupted one and the rest come in whole.
    const hq = makeWorld({ dir: join(dir, 'data') });
    try {
      const names = stage(hq, archives.slice(0, 4).map((a) => ({ name: a.name, bytes: readFileSync(a.path) })));
      const report = (await call(hq, 'archive.importFolder', { names }))!;
      expect(report.items.map((x) => x.outcome)).toEqual(['duplicate', 'duplicate', 'imported', 'imported']);
      expect(hq.services.journal.verify().ok).toBe(true);
    } finally {
      hq.dispose();
    }
  }, 120_000);
});
