// Minutes export (演练纪要): build the .docx from the drill's journal and save it through the one export path (electron/files/exportFile.ts).
import type { SavedFile } from '../../shared/ipc/contract';
import type { Services } from '../app/compose';
import { saveExport } from '../files/exportFile';
import { buildMinutes } from './build';
import { minutesText } from './catalogue';
import { clipText } from '../../shared/domain/text';

/**
 * A base name any desktop accepts: no path separators or reserved characters, no leading dots (no parent step, no
 * hidden file), no trailing dot or space, no Windows device name.
 */
export function safeFileName(name: string): string {
  const cleaned = clipText(name, 80) // whole graphemes, never inside a surrogate pair
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\\/:*?"<>|\u0000-\u001F\u007F-\u009F]/g, '_')
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  if (!cleaned) return 'drill';
  return /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i.test(cleaned) ? `_${cleaned}` : cleaned;
}

export async function exportMinutesFile(s: Services, drillId: string): Promise<SavedFile> {
  const entries = s.drills.entries(drillId);
  const state = s.drills.state(drillId);
  // A drill that has not finished gives draft minutes, marked as such on every page.
  const bytes = await buildMinutes(entries, { exportedAt: s.clock.now(), draft: state.status !== 'finished' });
  const T = minutesText(state.language);
  return saveExport(s.ports, { suggestedName: `${safeFileName(T.titleSuffix(state.facts.name))}.docx`, filters: [{ name: 'Word', extensions: ['docx'] }], bytes });
}
