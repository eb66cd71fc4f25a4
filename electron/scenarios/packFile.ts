// Saving a scenario pack the editor made: where the user chooses, written atomically (the previous file survives a failure).
import type { SavedFile } from '../../shared/ipc/contract';
import type { Services } from '../app/compose';
import { writeFileAtomic } from '../files/atomicWrite';
import { storageError } from '../journal/errors';
import { safeFileName } from '../minutes/service';

export async function savePackFile(s: Pick<Services, 'ports'>, packText: string, name: string): Promise<SavedFile> {
  const path = await s.ports.chooseSavePath(`${safeFileName(name)}.json`, [{ name: '剧本', extensions: ['json'] }]);
  if (!path) return { path: null, bytes: 0 };
  try {
    return { path, bytes: writeFileAtomic(path, new TextEncoder().encode(packText)) };
  } catch (e) {
    throw storageError(e, path);
  }
}
