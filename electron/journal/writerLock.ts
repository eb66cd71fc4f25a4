// One writer per database: an exclusive SQLite lock on a sidecar file, held for the writer's life, dropped by the OS at its death.
import Database from 'better-sqlite3';
import { dirname } from 'node:path';
import { DrillRoomError } from '../../shared/ipc/errors';
import { storageError } from './errors';

/**
 * The lock is the OS file lock SQLite takes (fcntl on Unix, LockFileEx on Windows), not the file's existence: a
 * crashed or SIGKILLed writer's lock goes with its process, so no stale lock can outlive it and nothing needs
 * a timeout or a PID check. The main journal stays in WAL mode with normal locking, so read-only connections
 * (verify, minutes, archive) read it while the writer runs.
 */
export const WRITER_LOCK_SUFFIX = '.writer-lock';

export interface WriterLock {
  readonly path: string;
  release(): void;
}

export function takeWriterLock(dbPath: string): WriterLock {
  const path = dbPath + WRITER_LOCK_SUFFIX;
  let db: Database.Database | undefined;
  try {
    // timeout 0: a second writer is refused at once instead of waiting for a lock that is held for hours.
    db = new Database(path, { timeout: 0 });
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('journal_mode = MEMORY');
    // One write in exclusive locking mode: the EXCLUSIVE lock is taken and kept until the connection closes.
    db.exec('BEGIN EXCLUSIVE');
    db.pragma(`user_version = ${process.pid}`);
    db.exec('COMMIT');
  } catch (e) {
    db?.close();
    const code = (e as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
      throw new DrillRoomError('db_busy.writer', { dir: dirname(dbPath), path: dbPath });
    throw storageError(e, dbPath);
  }
  const held = db;
  return {
    path,
    release: () => {
      if (held.open) held.close();
    },
  };
}
