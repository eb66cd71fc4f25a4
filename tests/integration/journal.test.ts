// The journal store on a real SQLite file: append-only, hash-chained, migrated, and refusing what it cannot trust.
import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Journal } from '../../electron/journal/journal';
import { SCHEMA_VERSION } from '../../electron/journal/migrations';
import { DrillFactsSchema } from '../../shared/domain/facts';
import { DrillRoomError } from '../../shared/ipc/errors';
import { seedPack, T0 } from '../helpers/entries';
import { tempDir } from '../helpers/world';

const pack = seedPack('anonymous-email');
const facts = DrillFactsSchema.parse({ name: '测试演练' });
const dirs: string[] = [];
const newDb = () => {
  const d = tempDir();
  dirs.push(d);
  return join(d, 'journal.db');
};
afterEach(() => dirs.splice(0));

function journalWithDrill(path = newDb(), drillId = 'D1', n = 5) {
  const j = Journal.open(path);
  j.createDrill(drillId, T0);
  j.append(drillId, { kind: 'drill.setup', roleId: null, text: facts.name, data: { facts, scenario: pack, language: 'zh-CN', tzOffsetMin: -480 } }, { at: T0, clockMs: 0, phaseId: null });
  j.append(drillId, { kind: 'clock.start', roleId: null, text: '', data: {} }, { at: T0, clockMs: 0, phaseId: 'discovery' });
  for (let i = 0; i < n; i++)
    j.append(drillId, { kind: 'observation', roleId: 'monitoring', text: `第 ${i + 1} 条观察`, data: {} }, { at: T0 + i * 1000, clockMs: i * 1000, phaseId: 'discovery' });
  return { j, path };
}

/** Change the file behind the app's back, as someone with the sqlite3 shell would: triggers dropped first. */
function tamper(path: string, sql: string) {
  const db = new Database(path);
  db.exec('DROP TRIGGER entries_no_update; DROP TRIGGER entries_no_delete; DROP TRIGGER entries_in_sequence;');
  db.exec(sql);
  db.close();
}

describe('the journal store', () => {
  it('appends entries and reads them back after reopening', () => {
    const { j, path } = journalWithDrill();
    const before = j.entries('D1');
    j.close();
    const again = Journal.open(path);
    expect(again.entries('D1')).toEqual(before);
    expect(before.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(again.verify()).toMatchObject({ ok: true, drills: 1, count: 7 });
    again.close();
  });

  it('runs in WAL mode with full sync and foreign keys on', () => {
    const { j, path } = journalWithDrill();
    // synchronous and foreign_keys belong to the connection, not the file: ask the journal's own connection.
    const own = (j as unknown as { db: Database.Database }).db;
    expect(own.pragma('synchronous', { simple: true }), 'synchronous = FULL (2)').toBe(2);
    expect(own.pragma('foreign_keys', { simple: true }), 'foreign_keys = ON').toBe(1);
    expect(own.pragma('journal_mode', { simple: true })).toBe('wal');
    j.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('keeps many drills in one file, each with its own chain', () => {
    const path = newDb();
    const { j } = journalWithDrill(path, 'D1');
    j.close();
    const { j: j2 } = journalWithDrill(path, 'D2', 2);
    expect(j2.drills().map((d) => d.drillId).sort()).toEqual(['D1', 'D2']);
    const res = j2.verify();
    expect(res.ok && Object.keys(res.finalHashes).sort()).toEqual(['D1', 'D2']);
    j2.close();
  });

  it('refuses UPDATE and DELETE of entries in the schema itself', () => {
    const { j, path } = journalWithDrill();
    j.close();
    const db = new Database(path);
    expect(() => db.prepare("UPDATE entries SET text = 'x' WHERE seq = 3").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM entries WHERE seq = 3').run()).toThrow(/append-only/);
    expect(() => db.prepare("INSERT INTO entries VALUES ('D1', 99, 'observation', 0, 0, NULL, NULL, '', '{}', '', '')").run()).toThrow(/in sequence/);
    db.close();
    const again = Journal.open(path);
    expect(again.verify().ok).toBe(true);
    again.close();
  });

  it('refuses an entry whose data does not fit its kind, and writes nothing', () => {
    const { j } = journalWithDrill();
    expect(() => j.append('D1', { kind: 'task.done', roleId: 'monitoring', text: '', data: { nope: 1 } as never }, { at: T0, clockMs: 0, phaseId: null })).toThrow(DrillRoomError);
    expect(j.entries('D1')).toHaveLength(7);
    j.close();
  });

  describe('verify names the first bad entry', () => {
    it('when an entry was edited', () => {
      const { j, path } = journalWithDrill();
      j.close();
      tamper(path, "UPDATE entries SET text = '改过的内容' WHERE drill_id = 'D1' AND seq = 4");
      expect(Journal.open(path, { readOnly: true }).verify()).toEqual({ ok: false, drillId: 'D1', seq: 4, fault: 'edited' });
    });

    it('when an entry was deleted', () => {
      const { j, path } = journalWithDrill();
      j.close();
      tamper(path, "DELETE FROM entries WHERE drill_id = 'D1' AND seq = 3");
      expect(Journal.open(path, { readOnly: true }).verify()).toEqual({ ok: false, drillId: 'D1', seq: 3, fault: 'missing' });
    });

    it('when the last entries were cut off', () => {
      const { j, path } = journalWithDrill();
      j.close();
      tamper(path, "DELETE FROM entries WHERE drill_id = 'D1' AND seq >= 6");
      expect(Journal.open(path, { readOnly: true }).verify()).toMatchObject({ ok: false, drillId: 'D1', seq: 6, fault: 'truncated' });
    });

    it('when two entries were swapped', () => {
      const { j, path } = journalWithDrill();
      j.close();
      tamper(
        path,
        `UPDATE entries SET seq = 100 WHERE drill_id = 'D1' AND seq = 4;
         UPDATE entries SET seq = 4 WHERE drill_id = 'D1' AND seq = 5;
         UPDATE entries SET seq = 5 WHERE drill_id = 'D1' AND seq = 100;`,
      );
      expect(Journal.open(path, { readOnly: true }).verify()).toMatchObject({ ok: false, drillId: 'D1', seq: 4 });
    });

    it('when an entry was inserted with a forged but self-consistent hash', () => {
      const { j, path } = journalWithDrill();
      const entries = j.entries('D1');
      j.close();
      // Shift entries 5.. up by one and put a copy of entry 3 (its own valid hash) at seq 5.
      const e3 = entries[2]!;
      tamper(
        path,
        `UPDATE entries SET seq = seq + 100 WHERE drill_id = 'D1' AND seq >= 5;
         UPDATE entries SET seq = seq - 99 WHERE drill_id = 'D1' AND seq >= 105;
         INSERT INTO entries VALUES ('D1', 5, '${e3.kind}', ${e3.at}, ${e3.clockMs}, ${e3.phaseId ? `'${e3.phaseId}'` : 'NULL'}, ${e3.roleId ? `'${e3.roleId}'` : 'NULL'}, '${e3.text}', '${JSON.stringify(e3.data)}', '${e3.prevHash}', '${e3.hash}');`,
      );
      const res = Journal.open(path, { readOnly: true }).verify();
      expect(res).toMatchObject({ ok: false, drillId: 'D1', seq: 5 });
    });

    it('when the chain is intact it reports the count and the final hash', () => {
      const { j } = journalWithDrill();
      const last = j.entries('D1').at(-1)!;
      expect(j.verify()).toEqual({ ok: true, drills: 1, count: 7, finalHashes: { D1: last.hash } });
      j.close();
    });
  });

  describe('files it cannot trust are refused untouched', () => {
    it('a database from a newer version', () => {
      const { j, path } = journalWithDrill();
      j.close();
      const db = new Database(path);
      db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
      const bytes = readFileSync(path);
      const err = (() => {
        try {
          Journal.open(path);
        } catch (e) {
          return e as DrillRoomError;
        }
      })();
      expect(err?.code).toBe('db_newer');
      expect(err?.message).toMatch(/更新版本/);
      expect(readFileSync(path).equals(bytes)).toBe(true);
    });

    it('a file that is not a database', () => {
      const path = newDb();
      writeFileSync(path, 'this is a spreadsheet, not a journal'.repeat(200));
      const bytes = readFileSync(path);
      expect(() => Journal.open(path)).toThrow(expect.objectContaining({ payload: expect.objectContaining({ code: 'db_corrupt' }) }));
      expect(readFileSync(path).equals(bytes)).toBe(true);
    });

    it('a SQLite database of another application', () => {
      const path = newDb();
      const other = new Database(path);
      other.exec('CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)');
      other.close();
      const bytes = readFileSync(path);
      expect(() => Journal.open(path)).toThrow(/不是演练台数据库/);
      expect(readFileSync(path).equals(bytes)).toBe(true);
    });
  });
});
