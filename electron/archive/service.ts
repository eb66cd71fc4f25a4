// Drill archive export/import: placeholder until the archive format lands (issue 4).
import type { SavedFile } from '../../shared/ipc/contract';
import { DrillRoomError } from '../../shared/ipc/errors';
import type { Services } from '../app/compose';

export async function exportArchiveFile(_s: Services, _drillId: string): Promise<SavedFile> {
  throw new DrillRoomError('internal', { detail: 'archive export is not built yet' });
}

export function importArchiveText(_s: Services, _content: string): { drillId: string } {
  throw new DrillRoomError('internal', { detail: 'archive import is not built yet' });
}
