// Maps SQLite and file-system failures to the app's typed errors.
import { DrillRoomError } from '../../shared/ipc/errors';

export function storageError(err: unknown, path: string): DrillRoomError {
  if (err instanceof DrillRoomError) return err;
  const code = (err as { code?: string }).code ?? '';
  const msg = (err as Error).message ?? String(err);
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || /database or disk is full/.test(msg)) return new DrillRoomError('disk_full');
  if (code.startsWith('SQLITE_READONLY') || code === 'EACCES' || code === 'EROFS' || code === 'EPERM')
    return new DrillRoomError('db_readonly', { path });
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return new DrillRoomError('db_busy', { path });
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT') || /file is not a database|malformed/.test(msg))
    return new DrillRoomError('db_corrupt', { path });
  if (code.startsWith('SQLITE_CANTOPEN')) return new DrillRoomError('db_readonly', { path });
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('E')) return new DrillRoomError('io', { detail: msg });
  return new DrillRoomError('internal', { detail: msg });
}
