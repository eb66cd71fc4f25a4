// Every document export from the renderer: main saves it (the desktop's save dialog, or a numbered name in the browser host), and the browser host's copy is handed to the browser as a download.
import type { CallInput, SavedFile } from '../../shared/ipc/contract';
import { api } from './api';

export type ExportCall = 'minutes.export' | 'archive.export' | 'scenario.save';

/** Follows a one-time download link the host gave (served as an attachment, so the page stays where it is). */
export function startDownload(download: { url: string; name: string }): void {
  const a = document.createElement('a');
  a.href = download.url;
  a.download = download.name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
}

/** Export through main; in the browser host the file then downloads through the browser (no save dialog is pretended). */
export async function exportFile<N extends ExportCall>(name: N, input: CallInput<N>): Promise<SavedFile> {
  const res = (await api.call(name, input)) as SavedFile;
  if (res.download) startDownload(res.download);
  return res;
}
