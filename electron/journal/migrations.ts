// Versioned schema migrations of the journal database; user_version holds the applied version.
import type { Database } from 'better-sqlite3';

export const APPLICATION_ID = 0x44524c4d; // 'DRLM'

export interface Migration {
  version: number;
  up: (db: Database) => void;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    up: (db) =>
      db.exec(`
        CREATE TABLE drills (
          id         TEXT PRIMARY KEY,
          created_at INTEGER NOT NULL,
          read_only  INTEGER NOT NULL DEFAULT 0 CHECK (read_only IN (0, 1)),
          source     TEXT
        ) STRICT;
        CREATE TABLE entries (
          drill_id  TEXT    NOT NULL REFERENCES drills(id),
          seq       INTEGER NOT NULL CHECK (seq > 0),
          kind      TEXT    NOT NULL,
          at        INTEGER NOT NULL,
          clock_ms  INTEGER NOT NULL,
          phase_id  TEXT,
          role_id   TEXT,
          text      TEXT    NOT NULL,
          data      TEXT    NOT NULL,
          prev_hash TEXT    NOT NULL,
          hash      TEXT    NOT NULL,
          PRIMARY KEY (drill_id, seq)
        ) STRICT, WITHOUT ROWID;
        -- The journal is append-only: the schema itself refuses edits and deletions.
        CREATE TRIGGER entries_no_update BEFORE UPDATE ON entries
          BEGIN SELECT RAISE(ABORT, 'journal entries are append-only'); END;
        CREATE TRIGGER entries_no_delete BEFORE DELETE ON entries
          BEGIN SELECT RAISE(ABORT, 'journal entries are append-only'); END;
        CREATE TRIGGER entries_in_sequence BEFORE INSERT ON entries
          WHEN NEW.seq <> COALESCE((SELECT MAX(seq) FROM entries WHERE drill_id = NEW.drill_id), 0) + 1
          BEGIN SELECT RAISE(ABORT, 'journal entries must be appended in sequence'); END;
        CREATE TRIGGER drills_no_delete BEFORE DELETE ON drills
          BEGIN SELECT RAISE(ABORT, 'drills are never deleted'); END;
        -- The chain head beside the chain, so a cut-off tail is found by verify.
        CREATE TABLE chain_heads (
          drill_id TEXT PRIMARY KEY REFERENCES drills(id),
          seq      INTEGER NOT NULL,
          hash     TEXT    NOT NULL
        ) STRICT;
        -- Last moment the app was seen alive with a running drill, to measure a crash gap.
        CREATE TABLE heartbeats (
          drill_id TEXT PRIMARY KEY REFERENCES drills(id),
          at       INTEGER NOT NULL
        ) STRICT;
      `),
  },
  {
    // The drill clock beside each heartbeat, so a restart resumes from recorded drill time, never wall differences.
    version: 2,
    up: (db) => db.exec('ALTER TABLE heartbeats ADD COLUMN clock_ms INTEGER'),
  },
  {
    // Read-only by the database's own rules, not by a flag anyone can flip: a drill row never changes, and an imported
    // drill (read_only = 1) takes no entry once its chain head is written, nor a new head.
    version: 3,
    up: (db) =>
      db.exec(`
        CREATE TRIGGER drills_no_update BEFORE UPDATE ON drills
          BEGIN SELECT RAISE(ABORT, 'a drill row never changes (read-only stays read-only)'); END;
        CREATE TRIGGER entries_read_only BEFORE INSERT ON entries
          WHEN (SELECT read_only FROM drills WHERE id = NEW.drill_id) = 1
           AND EXISTS (SELECT 1 FROM chain_heads WHERE drill_id = NEW.drill_id)
          BEGIN SELECT RAISE(ABORT, 'an imported drill is read-only'); END;
        CREATE TRIGGER chain_heads_read_only BEFORE UPDATE ON chain_heads
          WHEN (SELECT read_only FROM drills WHERE id = OLD.drill_id) = 1
          BEGIN SELECT RAISE(ABORT, 'an imported drill is read-only'); END;
      `),
  },
  {
    // 我的剧本: the user's own scenario packs, one row per (pack id, content version); the version is the SHA-256 of
    // the pack's canonical JSON (shared/domain/scenarioVersion.ts). Content never changes; a re-save of old content
    // only moves its saved_at and save_seq, and a deleted pack is hidden, never removed (drills keep their own copy anyway).
    version: 4,
    up: (db) =>
      db.exec(`
        CREATE TABLE user_packs (
          pack_id     TEXT    NOT NULL,
          version     TEXT    NOT NULL CHECK (length(version) = 64),
          title       TEXT    NOT NULL,
          json        TEXT    NOT NULL,
          saved_at    INTEGER NOT NULL,
          -- Save order across all packs (wall time may not move between two saves): the highest is the latest.
          save_seq    INTEGER NOT NULL,
          source_name TEXT,
          PRIMARY KEY (pack_id, version)
        ) STRICT;
        CREATE TABLE user_pack_hidden (
          pack_id   TEXT    PRIMARY KEY,
          hidden_at INTEGER NOT NULL
        ) STRICT;
        CREATE TRIGGER user_packs_content_fixed BEFORE UPDATE OF pack_id, version, title, json, source_name ON user_packs
          BEGIN SELECT RAISE(ABORT, 'a saved pack version never changes'); END;
        CREATE TRIGGER user_packs_no_delete BEFORE DELETE ON user_packs
          BEGIN SELECT RAISE(ABORT, 'saved pack versions are hidden, never deleted'); END;
      `),
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
