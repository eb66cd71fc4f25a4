// Every single-row edit, deletion, insertion and reorder of a demo drill's journal, done behind the app's back, is named by verify.
import Database from 'better-sqlite3';
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeServices } from '../../electron/app/compose';
import { headlessPorts } from '../../electron/app/headlessPorts';
import { SOURCE_RESOURCES } from '../../electron/app/paths';
import { SimulatedClock } from '../../electron/clock/simulatedClock';
import { runDemo } from '../../electron/drill/demo';
import { Journal, type VerifyResult } from '../../electron/journal/journal';
import { sha256 } from '../../electron/journal/sha256';
import { entryHash } from '../../shared/domain/chain';
import { GENESIS_HASH, type AnyEntry } from '../../shared/domain/entry';
import { tempDir } from '../helpers/world';

let dir = '';
let master = '';
let drillId = '';
let original: AnyEntry[] = [];
let n = 0;
let caseNo = 0;

beforeAll(() => {
  dir = tempDir('drillroom-tamper-');
  master = join(dir, 'master.db');
  const clock = new SimulatedClock();
  const services = composeServices({ dataDir: dir, dbPath: master, resourcesDir: SOURCE_RESOURCES, ports: headlessPorts(dir), clock, live: false });
  drillId = runDemo(services.drills, clock, services.scenarios.get('anonymous-email'));
  original = services.drills.entries(drillId);
  n = original.length;
  services.close(); // checkpoints the WAL: the master is one self-contained file, cheap to copy
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Copy the demo drill, change it as someone with the sqlite3 shell would (triggers dropped), and verify it. */
function tamperAndVerify(change: (db: Database.Database) => void): VerifyResult {
  const path = join(dir, `case-${++caseNo}.db`);
  copyFileSync(master, path);
  const db = new Database(path);
  db.pragma('foreign_keys = OFF');
  db.exec('DROP TRIGGER entries_no_update; DROP TRIGGER entries_no_delete; DROP TRIGGER entries_in_sequence;');
  db.transaction(() => change(db))();
  db.close();
  const journal = Journal.open(path, { readOnly: true });
  try {
    return journal.verify();
  } finally {
    journal.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  }
}

const positions = () => Array.from({ length: n }, (_, i) => i + 1);
const named = (r: VerifyResult) => (r.ok ? 'ok' : `${r.seq}:${r.fault}`);

/** Checks every case and reports all misses at once, so one failure does not hide the others. */
function expectAll(cases: { label: string; result: VerifyResult; seq: number; fault?: string }[]) {
  const misses = cases
    .filter((c) => c.result.ok || c.result.seq !== c.seq || c.result.drillId !== drillId || (c.fault && c.result.fault !== c.fault))
    .map((c) => `${c.label}: got ${named(c.result)}, want ${c.seq}${c.fault ? `:${c.fault}` : ''}`);
  expect(misses).toEqual([]);
  expect(cases.length).toBeGreaterThan(0);
}

function rowValues(e: AnyEntry) {
  return { ...e, data: JSON.stringify(e.data) };
}

/** Move entries from seq `from` one place up, making room for a forged entry at `from`. */
function makeRoom(db: Database.Database, from: number) {
  db.prepare('UPDATE entries SET seq = seq + 1000000 WHERE drill_id = ? AND seq >= ?').run(drillId, from);
  db.prepare('UPDATE entries SET seq = seq - 999999 WHERE drill_id = ? AND seq > 1000000').run(drillId);
}

const INSERT = `INSERT INTO entries (drill_id, seq, kind, at, clock_ms, phase_id, role_id, text, data, prev_hash, hash)
  VALUES (@drillId, @seq, @kind, @at, @clockMs, @phaseId, @roleId, @text, @data, @prevHash, @hash)`;

/** A forged observation at position k, linked to the real entry before it and hashed correctly (or not). */
function forged(k: number, validHash: boolean): AnyEntry {
  const before = original[k - 2];
  const base = {
    drillId,
    seq: k,
    kind: 'observation',
    at: before?.at ?? original[0]!.at,
    clockMs: before?.clockMs ?? 0,
    phaseId: before?.phaseId ?? null,
    roleId: 'monitoring',
    text: '伪造:客户已撤回投诉,无需回应。',
    data: {},
    prevHash: before?.hash ?? GENESIS_HASH,
  } as Omit<AnyEntry, 'hash'>;
  return { ...base, hash: validHash ? entryHash(base as never, sha256) : 'f'.repeat(64) } as AnyEntry;
}

describe('tampering with a demo drill behind the app’s back', () => {
  it('starts from a demo drill that verifies', () => {
    const j = Journal.open(master);
    expect(j.verify()).toMatchObject({ ok: true, drills: 1, count: n });
    j.close();
    expect(n).toBeGreaterThan(50);
  });

  it('names the edited entry when the text of any single row is changed', () => {
    expectAll(
      positions().map((k) => ({
        label: `text of #${k}`,
        result: tamperAndVerify((db) => db.prepare("UPDATE entries SET text = text || '(已改)' WHERE drill_id = ? AND seq = ?").run(drillId, k)),
        seq: k,
        fault: 'edited',
      })),
    );
  });

  it('names the edited entry when any other column of the first, middle or last row is changed', () => {
    const columns: [string, string][] = [
      ['kind', "'decision'"],
      ['at', 'at + 1'],
      ['clock_ms', 'clock_ms + 1'],
      ['phase_id', "'recovery'"],
      // A role no entry has: a value the row might already hold would change nothing.
      ['role_id', "'forged_role'"],
      ['data', `'{"forged":true}'`],
      ['prev_hash', `'${'a'.repeat(64)}'`],
      ['hash', `'${'b'.repeat(64)}'`],
    ];
    const rows = [1, Math.ceil(n / 2), n];
    expectAll(
      rows.flatMap((k) =>
        columns.map(([col, value]) => ({
          label: `${col} of #${k}`,
          result: tamperAndVerify((db) => db.prepare(`UPDATE entries SET ${col} = ${value} WHERE drill_id = ? AND seq = ?`).run(drillId, k)),
          seq: k,
          fault: 'edited',
        })),
      ),
    );
  });

  it('names the missing entry when any single row is deleted (the last one as a cut-off tail)', () => {
    expectAll(
      positions().map((k) => ({
        label: `delete #${k}`,
        result: tamperAndVerify((db) => db.prepare('DELETE FROM entries WHERE drill_id = ? AND seq = ?').run(drillId, k)),
        seq: k,
        fault: k < n ? 'missing' : 'truncated',
      })),
    );
  });

  it('names the missing entry when any single row is moved to another drill', () => {
    expectAll(
      [1, 2, Math.ceil(n / 2), n].map((k) => ({
        label: `move #${k} away`,
        result: tamperAndVerify((db) => db.prepare("UPDATE entries SET drill_id = 'D-elsewhere' WHERE drill_id = ? AND seq = ?").run(drillId, k)),
        seq: k,
        fault: k < n ? 'missing' : 'truncated',
      })),
    );
  });

  it('names a forged row inserted at any position, with a made-up hash', () => {
    expectAll(
      [...positions(), n + 1].map((k) => ({
        label: `forged row at #${k}`,
        result: tamperAndVerify((db) => {
          makeRoom(db, k);
          db.prepare(INSERT).run(rowValues(forged(k, false)));
        }),
        seq: k,
        fault: 'edited',
      })),
    );
  });

  it('names the first displaced entry when a forged row with a correct hash and link is inserted at any position', () => {
    // The forged row itself checks out; the entry after it no longer does (its seq is part of its hash).
    // At the very end, the chain head recorded beside the chain no longer matches.
    expectAll(
      [...positions(), n + 1].map((k) => ({
        label: `well-forged row at #${k}`,
        result: tamperAndVerify((db) => {
          makeRoom(db, k);
          db.prepare(INSERT).run(rowValues(forged(k, true)));
        }),
        seq: k <= n ? k + 1 : n,
        fault: k <= n ? 'edited' : 'link',
      })),
    );
  });

  it('names the first of any two adjacent entries swapped', () => {
    const set = `UPDATE entries SET kind = @kind, at = @at, clock_ms = @clockMs, phase_id = @phaseId, role_id = @roleId, text = @text, data = @data,
      prev_hash = @prevHash, hash = @hash WHERE drill_id = @drillId AND seq = @at_seq`;
    expectAll(
      positions()
        .slice(0, -1)
        .map((k) => ({
          label: `swap #${k} and #${k + 1}`,
          result: tamperAndVerify((db) => {
            const a = original[k - 1]!;
            const b = original[k]!;
            db.prepare(set).run({ ...rowValues(b), at_seq: k });
            db.prepare(set).run({ ...rowValues(a), at_seq: k + 1 });
          }),
          seq: k,
          fault: 'edited',
        })),
    );
  });

  it('names the next entry when an edited row is re-hashed by the forger, and the head when it is the last', () => {
    const rehash = (db: Database.Database, k: number) => {
      const e = { ...original[k - 1]!, text: `${original[k - 1]!.text}(已改)` };
      const { hash: _old, ...base } = e;
      db.prepare('UPDATE entries SET text = ?, hash = ? WHERE drill_id = ? AND seq = ?').run(e.text, entryHash(base as never, sha256), drillId, k);
    };
    expectAll(
      positions().map((k) => ({
        label: `re-hashed edit of #${k}`,
        result: tamperAndVerify((db) => rehash(db, k)),
        seq: k < n ? k + 1 : n,
        fault: 'link',
      })),
    );
  });

  it('cannot see a re-hashed last entry whose chain head was forged too, but its final hash differs from the one the minutes printed', () => {
    // The limit of any hash chain kept in the same file: the anchor is the final hash in the signed minutes or archive.
    const last = original[n - 1]!;
    const { hash: _old, ...base } = { ...last, text: `${last.text}(已改)` };
    const hash = entryHash(base as never, sha256);
    const result = tamperAndVerify((db) => {
      db.prepare('UPDATE entries SET text = ?, hash = ? WHERE drill_id = ? AND seq = ?').run(base.text, hash, drillId, n);
      db.prepare('UPDATE chain_heads SET hash = ? WHERE drill_id = ?').run(hash, drillId);
    });
    expect(result.ok).toBe(true);
    expect(result.ok && result.finalHashes[drillId]).not.toBe(last.hash);
  });
});
