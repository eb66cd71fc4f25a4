// Minutes export (演练纪要): placeholder until the docx builder lands (issue 4).
import type { SavedFile } from '../../shared/ipc/contract';
import { DrillRoomError } from '../../shared/ipc/errors';
import type { Services } from '../app/compose';

export async function exportMinutesFile(_s: Services, _drillId: string): Promise<SavedFile> {
  throw new DrillRoomError('internal', { detail: 'minutes export is not built yet' });
}
