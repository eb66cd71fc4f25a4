// The journal store: one SQLite file, append-only hash-chained entries for many drills.
import Database from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { checkChain, checkTimeOrder, entryHash, type ChainCheck } from '../../shared/domain/chain';
import { DRILL_ID_RULE, isDrillId } from '../../shared/domain/drillId';
import { ENTRY_DATA, GENESIS_HASH, MAX_ENTRY_TEXT, type AnyEntry, type Entry, type EntryDraft, type EntryKind } from '../../shared/domain/entry';
import { formatPath } from '../../shared/domain/scenario';
import { unstorablePath } from '../../shared/domain/text';
import { DrillRoomError } from '../../shared/ipc/errors';
import { storageError } from './errors';
import { APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION } from './migrations';
import { sha256 } from './sha256';
import { checkTriggers } from './triggers';
import { takeWriterLock, type WriterLock } from './writerLock';

export interface DrillRow {
  drillId: string;
  createdAt: number;
  readOnly: boolean;
  source: string | null;
}

/** Where the clock says an entry happens; the journal adds seq and hashes. */
export interface Stamp {
  at: number;
  clockMs: number;
  phaseId: string | null;
}

interface EntryRow {
  drill_id: string;
  seq: number;
  kind: string;
  at: number;
  clock_ms: number;
  phase_id: string | null;
  role_id: string | null;
  text: string;
  data: string;
  prev_hash: string;
  hash: string;
}

export type VerifyResult = { ok: true; drills: number; count: number; finalHashes: Record<string, string> } | ({ ok: false } & Exclude<ChainCheck, { ok: true }>);

/** Read-only look before opening for writes, so a foreign, broken or newer file is refused untouched. */
function inspect(path: string): void {
  if (!existsSync(path)) return;
  if (statSync(path).size === 0) return;
  let probe: Database.Database | undefined;
  try {
    probe = new Database(path, { readonly: true, fileMustExist: true });
    const appId = probe.pragma('application_id', { simple: true }) as number;
    const version = probe.pragma('user_version', { simple: true }) as number;
    const tables = (probe.prepare('SELECT count(*) AS n FROM sqlite_master').get() as { n: number }).n;
    if (tables > 0 && appId !== APPLICATION_ID) throw new DrillRoomError('db_corrupt', { path });
    if (version > SCHEMA_VERSION) throw new DrillRoomError('db_newer', { found: version, supported: SCHEMA_VERSION });
  } catch (e) {
    throw storageError(e, path);
  } finally {
    probe?.close();
  }
}

export class Journal {
  readonly path: string;
  private readonly db: Database.Database;
  /** Held for the life of a writing journal; null for a read-only one. */
  private readonly lock: WriterLock | null;
  private readonly insert: Database.Statement;
  private readonly head: Database.Statement;
  private readonly one: Database.Statement;
  private readonly setHead: Database.Statement;
  /** BEGIN IMMEDIATE: the write lock is taken before the chain head is read, so busy_timeout applies. */
  private readonly appendTx: (drillId: string, draft: EntryDraft, stamp: Stamp) => Entry;

  /** The open database, for stores that keep their own tables in the journal file (electron/scenarios/userPacks.ts). */
  get sqlite(): Database.Database {
    return this.db;
  }

  private constructor(path: string, db: Database.Database, lock: WriterLock | null) {
    this.path = path;
    this.db = db;
    this.lock = lock;
    this.insert = db.prepare(
      `INSERT INTO entries (drill_id, seq, kind, at, clock_ms, phase_id, role_id, text, data, prev_hash, hash)
       VALUES (@drillId, @seq, @kind, @at, @clockMs, @phaseId, @roleId, @text, @data, @prevHash, @hash)`,
    );
    this.head = db.prepare('SELECT seq, hash FROM entries WHERE drill_id = ? ORDER BY seq DESC LIMIT 1');
    this.one = db.prepare('SELECT * FROM entries WHERE drill_id = ? AND seq = ?');
    this.setHead = db.prepare(
      'INSERT INTO chain_heads (drill_id, seq, hash) VALUES (?, ?, ?) ON CONFLICT(drill_id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash',
    );
    const appendTx = db.transaction((drillId: string, draft: EntryDraft, stamp: Stamp) => {
      const last = this.head.get(drillId) as { seq: number; hash: string } | undefined;
      const base = {
        drillId,
        seq: (last?.seq ?? 0) + 1,
        kind: draft.kind,
        at: stamp.at,
        clockMs: Math.round(stamp.clockMs),
        phaseId: stamp.phaseId,
        roleId: draft.roleId,
        text: draft.text,
        data: draft.data,
        prevHash: last?.hash ?? GENESIS_HASH,
      } as Omit<Entry, 'hash'>;
      const entry = { ...base, hash: entryHash(base, sha256) } as Entry;
      this.insert.run({ ...entry, data: JSON.stringify(entry.data) });
      // What SQLite gives back must hash to what was computed, or nothing is kept (the transaction rolls back).
      const { hash: _stored, ...back } = toEntry(this.one.get(drillId, entry.seq) as EntryRow);
      if (entryHash(back, sha256) !== entry.hash) throw new DrillRoomError('invalid_input.broken_text', { field: 'text' });
      this.setHead.run(drillId, entry.seq, entry.hash);
      return entry;
    });
    this.appendTx = (drillId, draft, stamp) => appendTx.immediate(drillId, draft, stamp);
  }

  /**
   * Open (or create) the journal; migrations run; a newer or foreign file is refused untouched. A writer takes the
   * database's writer lock first, so a second writer is refused (`db_busy.writer`) before it reads or writes anything;
   * a read-only journal takes no lock and works beside the writer.
   */
  static open(path: string, opts: { readOnly?: boolean } = {}): Journal {
    if (opts.readOnly && !existsSync(path)) throw new DrillRoomError('not_found.file', { path });
    inspect(path);
    let db: Database.Database | undefined;
    let lock: WriterLock | null = null;
    try {
      if (opts.readOnly) {
        db = new Database(path, { readonly: true, fileMustExist: true });
        if ((db.pragma('user_version', { simple: true }) as number) < 1) throw new DrillRoomError('db_corrupt', { path });
        // A reader opens even a file whose rules were removed, so verify can still name the entries: it reports the rules after.
        return new Journal(path, db, null);
      }
      // An in-memory journal (benchmarks) is private to its connection: nothing to lock.
      lock = path === ':memory:' ? null : takeWriterLock(path);
      db = new Database(path);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
      checkTriggers(db, path); // before migrating: a file whose rules were removed is refused untouched
      migrate(db);
      checkTriggers(db, path);
      return new Journal(path, db, lock);
    } catch (e) {
      db?.close();
      lock?.release();
      throw storageError(e, path);
    }
  }

  createDrill(drillId: string, createdAt: number, opts: { readOnly?: boolean; source?: string } = {}): void {
    if (!isDrillId(drillId)) throw new DrillRoomError('invalid_input', { detail: DRILL_ID_RULE.zh });
    this.guard(() =>
      this.db
        .prepare('INSERT INTO drills (id, created_at, read_only, source) VALUES (?, ?, ?, ?)')
        .run(drillId, createdAt, opts.readOnly ? 1 : 0, opts.source ?? null),
    );
  }

  drills(): DrillRow[] {
    const rows = this.guard(() => this.db.prepare('SELECT id, created_at, read_only, source FROM drills ORDER BY created_at DESC, id').all()) as {
      id: string;
      created_at: number;
      read_only: number;
      source: string | null;
    }[];
    return rows.map((r) => ({ drillId: r.id, createdAt: r.created_at, readOnly: r.read_only === 1, source: r.source }));
  }

  drill(drillId: string): DrillRow | null {
    return this.drills().find((d) => d.drillId === drillId) ?? null;
  }

  /** Append one entry durably (one transaction, one fsync of the WAL). Data is validated per kind. */
  append<K extends EntryKind>(drillId: string, draft: EntryDraft<K>, stamp: Stamp): Entry<K> {
    const parsed = ENTRY_DATA[draft.kind].safeParse(draft.data);
    if (!parsed.success)
      throw new DrillRoomError(
        'invalid_input.fields',
        {},
        parsed.error.issues.map((i) => ({ field: ['data', ...i.path].join('.'), reason: i.message })),
      );
    if (typeof draft.text !== 'string' || draft.text.length > MAX_ENTRY_TEXT)
      throw new DrillRoomError('invalid_input', { detail: `text longer than ${MAX_ENTRY_TEXT}` });
    // The last guard: a string SQLite cannot store as UTF-8 would come back changed and break the chain.
    const broken = unstorablePath({ drillId, roleId: draft.roleId, text: draft.text, data: parsed.data, phaseId: stamp.phaseId });
    if (broken) throw new DrillRoomError('invalid_input.broken_text', { field: formatPath(broken) });
    // Hash the data as it will be read back (JSON), so the hash covers exactly what is stored.
    const data = JSON.parse(JSON.stringify(parsed.data)) as unknown;
    return this.guard(() => this.appendTx(drillId, { ...draft, data } as EntryDraft, stamp)) as Entry<K>;
  }

  /** Import a whole chain as given (archives): every entry is inserted verbatim in one transaction. */
  importChain(drill: DrillRow, entries: readonly Entry[]): void {
    // Text SQLite would store changed would break the imported chain for good: refuse it whole.
    for (const e of entries) {
      const broken = unstorablePath(e);
      if (broken) throw new DrillRoomError('invalid_input.broken_text', { field: `#${e.seq} ${formatPath(broken)}` });
    }
    this.guard(() =>
      this.db.transaction(() => {
        this.createDrill(drill.drillId, drill.createdAt, { readOnly: true, source: drill.source ?? 'archive' });
        for (const e of entries) this.insert.run({ ...e, data: JSON.stringify(e.data) });
        const last = entries[entries.length - 1];
        if (last) this.setHead.run(drill.drillId, last.seq, last.hash);
      }).immediate(),
    );
  }

  entries(drillId: string, fromSeq = 1): AnyEntry[] {
    // A damaged page surfaces here first: map it to the typed, translated refusal.
    const rows = this.guard(() => this.db.prepare('SELECT * FROM entries WHERE drill_id = ? AND seq >= ? ORDER BY seq').all(drillId, fromSeq)) as EntryRow[];
    return rows.map(toEntry);
  }

  /** One entry by its seq, or null. */
  entry(drillId: string, seq: number): AnyEntry | null {
    const row = this.guard(() => this.one.get(drillId, seq)) as EntryRow | undefined;
    return row ? toEntry(row) : null;
  }

  /** Entries in their physical (rowid-free, key) order, for verify. */
  private rawEntries(drillId: string): AnyEntry[] {
    return (this.db.prepare('SELECT * FROM entries WHERE drill_id = ? ORDER BY seq').all(drillId) as EntryRow[]).map(toEntry);
  }

  chainHead(drillId: string): { seq: number; hash: string } | null {
    return (this.guard(() => this.db.prepare('SELECT seq, hash FROM chain_heads WHERE drill_id = ?').get(drillId)) as { seq: number; hash: string } | undefined) ?? null;
  }

  /** Walk every drill's chain; the first bad entry is named. */
  verify(): VerifyResult {
    let count = 0;
    const finalHashes: Record<string, string> = {};
    const drills = this.drills();
    for (const d of drills) {
      let entries: AnyEntry[];
      try {
        entries = this.rawEntries(d.drillId);
      } catch {
        return { ok: false, drillId: d.drillId, seq: 1, fault: 'edited' };
      }
      const res = checkChain(d.drillId, entries, sha256, this.chainHead(d.drillId));
      if (!res.ok) return res;
      const time = checkTimeOrder(entries);
      if (!time.ok) return { ok: false, drillId: d.drillId, seq: time.seq, fault: 'time' };
      count += res.count;
      finalHashes[d.drillId] = res.finalHash;
    }
    const orphan = this.guard(() =>
      this.db.prepare('SELECT drill_id, MIN(seq) AS seq FROM entries WHERE drill_id NOT IN (SELECT id FROM drills) GROUP BY drill_id').get(),
    ) as { drill_id: string; seq: number } | undefined;
    if (orphan) return { ok: false, drillId: orphan.drill_id, seq: orphan.seq, fault: 'foreign' };
    return { ok: true, drills: drills.length, count, finalHashes };
  }

  /** Throws db_tampered when the file's append-only / read-only triggers are missing or not ours (writers are refused at open). */
  checkRules(): void {
    checkTriggers(this.db, this.path);
  }

  /** Record that the app is alive with this drill: a raw wall reading and the drill clock at that moment. */
  heartbeat(drillId: string, at: number, clockMs: number): void {
    this.guard(() =>
      this.db
        .prepare(
          'INSERT INTO heartbeats (drill_id, at, clock_ms) VALUES (?, ?, ?) ON CONFLICT(drill_id) DO UPDATE SET at = excluded.at, clock_ms = excluded.clock_ms',
        )
        .run(drillId, Math.round(at), Math.round(clockMs)),
    );
  }

  /** The last heartbeat; clockMs is null for a row written before schema version 2. */
  lastHeartbeat(drillId: string): { at: number; clockMs: number | null } | null {
    const row = this.db.prepare('SELECT at, clock_ms FROM heartbeats WHERE drill_id = ?').get(drillId) as { at: number; clock_ms: number | null } | undefined;
    return row ? { at: row.at, clockMs: row.clock_ms } : null;
  }

  /** Fold the WAL into the main file and close; called on quit. */
  close(): void {
    if (!this.db.open) return;
    if (this.db.readonly) return void this.db.close();
    try {
      this.db.pragma('wal_checkpoint(TRUNCATE)');
    } catch {
      /* a read-only or full disk cannot checkpoint; the WAL stays valid */
    }
    this.db.close();
    this.lock?.release();
  }

  private guard<T>(fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      throw storageError(e, this.path);
    }
  }
}

function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  const pending = MIGRATIONS.filter((m) => m.version > current);
  if (pending.length === 0) return;
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
    db.pragma(`application_id = ${APPLICATION_ID}`);
  }).immediate();
}

function toEntry(r: EntryRow): AnyEntry {
  return {
    drillId: r.drill_id,
    seq: r.seq,
    kind: r.kind,
    at: r.at,
    clockMs: r.clock_ms,
    phaseId: r.phase_id,
    roleId: r.role_id,
    text: r.text,
    data: JSON.parse(r.data),
    prevHash: r.prev_hash,
    hash: r.hash,
  } as AnyEntry;
}
