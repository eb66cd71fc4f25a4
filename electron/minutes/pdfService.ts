// Minutes as PDF (导出 PDF): the minutes' layout as a print page, printed by the host's Chromium, saved atomically where the user chooses.
import type { AnyEntry } from '../../shared/domain/entry';
import type { SavedFile } from '../../shared/ipc/contract';
import type { Services } from '../app/compose';
import type { PdfPrinter } from '../app/ports';
import { writeFileAtomic } from '../files/atomicWrite';
import { storageError } from '../journal/errors';
import { minutesText } from './catalogue';
import { chromiumPrinter } from './chromiumPrinter';
import { minutesLayoutProvider, type MinutesLayoutProvider } from './layoutProvider';
import { minutesPrintPage } from './printPage';
import { safeFileName } from './service';

export interface MinutesPdfDeps {
  layoutOf: MinutesLayoutProvider;
  printer: PdfPrinter;
}

/** The PDF bytes of a drill's minutes (draft while it has not finished): layout -> print page -> printer. */
export async function minutesPdf(entries: readonly AnyEntry[], opts: { exportedAt: number; draft: boolean }, deps: MinutesPdfDeps): Promise<Uint8Array> {
  return deps.printer.printPdf(minutesPrintPage(await deps.layoutOf(entries, opts)));
}

/** The printer a host gives, else a system Chromium (CLI, browser host). */
export const printerOf = (s: Pick<Services, 'ports'>): PdfPrinter => s.ports.printer ?? chromiumPrinter();

export async function exportMinutesPdfFile(s: Services, drillId: string, deps: Partial<MinutesPdfDeps> = {}): Promise<SavedFile> {
  const entries = s.drills.entries(drillId);
  const state = s.drills.state(drillId);
  // Printed before the save dialog: a PC without Chromium is told so before it picks a place.
  const bytes = await minutesPdf(entries, { exportedAt: s.clock.now(), draft: state.status !== 'finished' }, {
    layoutOf: deps.layoutOf ?? minutesLayoutProvider,
    printer: deps.printer ?? printerOf(s),
  });
  const T = minutesText(state.language);
  const path = await s.ports.chooseSavePath(`${safeFileName(T.titleSuffix(state.facts.name))}.pdf`, [{ name: 'PDF', extensions: ['pdf'] }]);
  if (!path) return { path: null, bytes: 0 };
  try {
    writeFileAtomic(path, bytes);
  } catch (e) {
    throw storageError(e, path);
  }
  return { path, bytes: bytes.length };
}
