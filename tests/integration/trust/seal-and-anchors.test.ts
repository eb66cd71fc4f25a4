// A record an auditor can trust: read-only imports and append-only rules the database enforces, and anchors outside the file that catch a consistent forgery.
import Database from 'better-sqlite3';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_FILE } from '../../../electron/app/compose';
import { importArchivePath } from '../../../electron/archive/service';
import { runCli } from '../../../electron/cli/main';
import { runDemo } from '../../../electron/drill/demo';
import { Journal } from '../../../electron/journal/journal';
import { sha256 } from '../../../electron/journal/sha256';
import { filingCodeOf, witnessMarks } from '../../../shared/domain/anchors';
import { entryHash } from '../../../shared/domain/chain';
import type { AnyEntry } from '../../../shared/domain/entry';
import { DrillRoomError } from '../../../shared/ipc/errors';
import { makeWorld, tempDir, type World } from '../../helpers/world';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const fileHash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

const worlds: World[] = [];
afterEach(() => worlds.splice(0).forEach((w) => w.dispose()));

function demoWorld(): { world: World; drillId: string; db: string } {
  const world = makeWorld({ live: false });
  worlds.push(world);
  const drillId = runDemo(world.services.drills, world.clock, world.services.scenarios.get('anonymous-email'));
  return { world, drillId, db: join(world.dir, DB_FILE) };
}

/** The forger's script: holds the file and the code, rewrites one entry and every hash after it, and puts the rules back. */
function forge(dbPath: string, drillId: string, seq: number, newText: string): void {
  const db = new Database(dbPath);
  const triggers = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger'").all() as { sql: string }[];
  for (const { sql } of triggers) db.exec(`DROP TRIGGER ${/CREATE TRIGGER (\w+)/.exec(sql)![1]}`);
  const rows = db.prepare('SELECT * FROM entries WHERE drill_id = ? ORDER BY seq').all(drillId) as Record<string, unknown>[];
  let prev = rows[seq - 2]!['hash'] as string;
  for (const row of rows.slice(seq - 1)) {
    const e = {
      drillId, seq: row['seq'] as number, kind: row['kind'] as string, at: row['at'] as number, clockMs: row['clock_ms'] as number,
      phaseId: row['phase_id'] as string | null, roleId: row['role_id'] as string | null,
      text: row['seq'] === seq ? newText : (row['text'] as string), data: JSON.parse(row['data'] as string), prevHash: prev,
    } as Omit<AnyEntry, 'hash'>;
    const hash = entryHash(e, sha256);
    db.prepare('UPDATE entries SET text = ?, prev_hash = ?, hash = ? WHERE drill_id = ? AND seq = ?').run(e.text, prev, hash, drillId, e.seq);
    prev = hash;
  }
  db.prepare('UPDATE chain_heads SET seq = ?, hash = ? WHERE drill_id = ?').run(rows.length, prev, drillId);
  for (const { sql } of triggers) db.exec(sql);
  db.close();
}

describe('the database enforces its own rules', () => {
  it('an imported drill stays read-only: flipping read_only, adding an entry or moving its head is refused by SQLite itself', async () => {
    const { world, drillId } = demoWorld();
    const saved = await world.services.exportArchive(drillId);
    const other = makeWorld({ live: false });
    worlds.push(other);
    const { drillId: imported } = importArchivePath(other.services, saved.path!);
    other.services.close();
    const db = new Database(join(other.dir, DB_FILE));
    expect(() => db.prepare('UPDATE drills SET read_only = 0 WHERE id = ?').run(imported)).toThrow(/never changes/);
    const last = db.prepare('SELECT * FROM entries WHERE drill_id = ? ORDER BY seq DESC LIMIT 1').get(imported) as Record<string, unknown>;
    expect(() =>
      db.prepare('INSERT INTO entries (drill_id, seq, kind, at, clock_ms, phase_id, role_id, text, data, prev_hash, hash) VALUES (?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?, ?)')
        .run(imported, (last['seq'] as number) + 1, 'observation', last['at'], last['clock_ms'], 'x', '{}', last['hash'], 'f'.repeat(64)),
    ).toThrow(/read-only/);
    expect(() => db.prepare('UPDATE chain_heads SET seq = 1 WHERE drill_id = ?').run(imported)).toThrow(/read-only/);
    db.close();
    other.services = other.restart();
    expect(other.services.drills.list().find((d) => d.drillId === imported)!.readOnly).toBe(true);
  });

  it('a journal whose append-only triggers are missing or altered is refused on open, in Chinese, and left byte for byte', async () => {
    const { world, db } = demoWorld();
    world.services.close();
    const dropped = join(tempDir(), 'dropped.db');
    copyFileSync(db, dropped);
    const raw = new Database(dropped);
    raw.exec('DROP TRIGGER entries_no_update');
    raw.close();
    const before = fileHash(dropped);
    const refusedMissing = (() => { try { Journal.open(dropped); } catch (e) { return e; } })() as DrillRoomError;
    expect(refusedMissing).toBeInstanceOf(DrillRoomError);
    expect(refusedMissing.messageIn('zh-CN')).toContain('缺少触发器 entries_no_update');
    // verify still reads it, and says the rules are gone
    const read = await cli('verify', dropped);
    expect(read.code).toBe(1);
    expect(read.err).toContain('缺少触发器 entries_no_update');
    expect(fileHash(dropped)).toBe(before);

    const altered = join(tempDir(), 'altered.db');
    copyFileSync(db, altered);
    const raw2 = new Database(altered);
    raw2.exec("DROP TRIGGER entries_no_delete; CREATE TRIGGER entries_no_delete BEFORE DELETE ON entries WHEN 0 BEGIN SELECT RAISE(ABORT, 'journal entries are append-only'); END;");
    raw2.close();
    const refusedAltered = (() => { try { Journal.open(altered); } catch (e) { return e; } })() as DrillRoomError;
    expect(refusedAltered.messageIn('zh-CN')).toContain('触发器 entries_no_delete 与演练台创建的不同');
    world.services = world.restart(); // the untouched original still opens
  });
});

describe('anchors outside the file catch a consistent forgery', () => {
  it('passes bare verify (pinned: the hash travels with the file), but fails --expect and --minutes, and changes every later witness code', async () => {
    const { world, drillId, db } = demoWorld();
    const minutes = (await world.services.exportMinutes(drillId)).path!;
    const original = world.services.drills.entries(drillId);
    const originalFinal = original[original.length - 1]!.hash;
    const originalMarks = witnessMarks(original);
    const originalFiling = filingCodeOf(original)!;
    world.services.close();

    // The honest file matches every anchor.
    expect((await cli('verify', db, '--expect', originalFinal)).code).toBe(0);
    expect((await cli('verify', db, '--expect', originalMarks[0]!.code)).code).toBe(0);
    expect((await cli('verify', db, '--expect', originalFiling)).code).toBe(0);
    expect((await cli('verify', db, '--minutes', minutes)).code).toBe(0);

    // Rewrite an early decision, consistently.
    const target = original.find((e) => e.kind === 'decision')!;
    forge(db, drillId, target.seq, '决定:暂不向监管报告');
    const bare = await cli('verify', db);
    expect(bare.code).toBe(0); // what verify alone cannot find — docs/integrity.md says so

    const expectFinal = await cli('verify', db, '--expect', originalFinal);
    expect(expectFinal.code).toBe(1);
    expect(expectFinal.err).toContain('凭据不符');
    const againstMinutes = await cli('verify', db, '--minutes', minutes);
    expect(againstMinutes.code).toBe(1);
    expect(againstMinutes.err).toContain('纪要的最终哈希');
    const filing = await cli('verify', db, '--expect', originalFiling);
    expect(filing.code).toBe(1);

    const forged = Journal.open(db, { readOnly: true });
    const forgedMarks = witnessMarks(forged.entries(drillId));
    forged.close();
    for (const [i, mark] of originalMarks.entries()) {
      if (mark.seq > target.seq) expect(forgedMarks[i]!.code, `witness at #${mark.seq}`).not.toBe(mark.code);
      else expect(forgedMarks[i]!.code).toBe(mark.code);
    }
    expect(originalMarks.some((m) => m.seq > target.seq)).toBe(true);
    // A witness code read off the projector after the forged entry no longer matches.
    const later = originalMarks.find((m) => m.seq > target.seq)!;
    expect((await cli('verify', db, '--expect', later.code.toLowerCase().replace('-', ' '))).code).toBe(1);
  });
});

describe('verify against minutes that are not minutes', () => {
  it('says so in Chinese and in English, naming the file', async () => {
    const { world, db } = demoWorld();
    world.services.close();
    const notMinutes = join(tempDir(), '纪要.docx');
    writeFileSync(notMinutes, 'not a zip');
    const res = await cli('verify', db, '--minutes', notMinutes);
    expect(res.code).toBe(2); // a bad argument, as the CLI answers any invalid input
    expect(res.err).toContain('不是可读取的 Word 纪要');
    expect(res.err).toContain('is not a readable Word minutes file');
    world.services = world.restart();
  });
});

describe('verify checks time order', () => {
  it('names an entry whose wall time runs back with no clock-anomaly entry', async () => {
    const { world, drillId, db } = demoWorld();
    world.services.close();
    const entries = Journal.open(db, { readOnly: true });
    const list = entries.entries(drillId);
    entries.close();
    // Backdate one entry consistently (the forger's way, so the hash chain itself still holds).
    const victim = list[10]!;
    const raw = new Database(db);
    const triggers = raw.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger'").all() as { sql: string }[];
    raw.exec('DROP TRIGGER entries_no_update');
    let prev = list[9]!.hash;
    for (const e of list.slice(10)) {
      const at = e.seq === victim.seq ? list[9]!.at - 3_600_000 : e.at;
      const { hash: _h, ...rest } = e;
      const hash = entryHash({ ...rest, at, prevHash: prev }, sha256);
      raw.prepare('UPDATE entries SET at = ?, prev_hash = ?, hash = ? WHERE drill_id = ? AND seq = ?').run(at, prev, hash, drillId, e.seq);
      prev = hash;
    }
    raw.prepare('UPDATE chain_heads SET hash = ? WHERE drill_id = ?').run(prev, drillId);
    raw.exec(triggers.find((t) => t.sql.includes('entries_no_update'))!.sql);
    raw.close();
    const res = await cli('verify', db);
    expect(res.code).toBe(1);
    expect(res.err).toContain(`第 ${victim.seq} 条记录的时间早于前一条`);
  });
});
