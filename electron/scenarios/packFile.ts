// Saving a scenario pack the editor made: where the user chooses, written atomically (the previous file survives a failure).
import type { SavedFile } from '../../shared/ipc/contract';
import type { Services } from '../app/compose';
import { saveExport } from '../files/exportFile';
import { safeFileName } from '../minutes/service';

export async function savePackFile(s: Pick<Services, 'ports'>, packText: string, name: string): Promise<SavedFile> {
  return saveExport(s.ports, { suggestedName: `${safeFileName(name)}.json`, filters: [{ name: '剧本', extensions: ['json'] }], bytes: new TextEncoder().encode(packText) });
}
