// The journal's own rules (append-only, read-only imports) are triggers: a file whose triggers are missing or altered is refused.
import Database from 'better-sqlite3';
import { DrillRoomError } from '../../shared/ipc/errors';
import { MIGRATIONS } from './migrations';

const normalise = (sql: string) => sql.replace(/\s+/g, ' ').trim();

const expectedByVersion = new Map<number, Map<string, string>>();

/** The triggers a journal at `version` must hold, exactly as our migrations create them. */
function expectedTriggers(version: number): Map<string, string> {
  const cached = expectedByVersion.get(version);
  if (cached) return cached;
  const db = new Database(':memory:');
  try {
    for (const m of MIGRATIONS) if (m.version <= version) m.up(db);
    const rows = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").all() as { name: string; sql: string }[];
    const map = new Map(rows.map((r) => [r.name, normalise(r.sql)]));
    expectedByVersion.set(version, map);
    return map;
  } finally {
    db.close();
  }
}

/** Throws db_tampered naming the first trigger that is missing or not ours. */
export function checkTriggers(db: Database.Database, path: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  const actual = new Map(
    (db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").all() as { name: string; sql: string | null }[]).map((r) => [r.name, normalise(r.sql ?? '')]),
  );
  for (const [name, sql] of expectedTriggers(version)) {
    if (!actual.has(name)) throw new DrillRoomError('db_tampered.missing', { path, trigger: name });
    if (actual.get(name) !== sql) throw new DrillRoomError('db_tampered.altered', { path, trigger: name });
  }
}
