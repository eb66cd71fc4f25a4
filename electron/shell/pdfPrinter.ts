// The Electron shell's PDF printer: a hidden, sandboxed window with JavaScript off, in its own throw-away session that
// may load nothing but the one print page (and its inline data: images), printed with webContents.printToPDF.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session } from 'electron';
import type { PdfPrinter } from '../app/ports';
import { PRINT_OPTIONS } from '../minutes/printOptions';

export function electronPdfPrinter(): PdfPrinter {
  return {
    async printPdf(html) {
      // A file, not a data: URL: Chromium refuses URLs over 2 MB, and a long drill's minutes are larger.
      const dir = mkdtempSync(join(tmpdir(), 'drillroom-print-'));
      const page = join(dir, 'minutes.html');
      writeFileSync(page, html, 'utf8');
      const pageUrl = pathToFileURL(page).href;
      // In-memory partition (no "persist:"): nothing of it is kept, and the app's own session rules stay as they are.
      const ses = session.fromPartition(`drillroom-print-${randomUUID()}`, { cache: false });
      ses.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => callback({ cancel: !(details.url === pageUrl || details.url.startsWith('data:')) }));
      ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
      const win = new BrowserWindow({
        show: false,
        width: 794,
        height: 1123,
        // Written out in full, as in windows.ts: Electronegativity (npm run scan:security) checks these literals statically.
        webPreferences: {
          session: ses,
          javascript: false,
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          nodeIntegrationInWorker: false,
          nodeIntegrationInSubFrames: false,
          webSecurity: true,
          allowRunningInsecureContent: false,
          experimentalFeatures: false,
          webviewTag: false,
          navigateOnDragDrop: false,
          disableBlinkFeatures: 'Auxclick',
          spellcheck: false,
          devTools: false,
        },
      });
      try {
        await win.loadURL(pageUrl);
        return new Uint8Array(await win.webContents.printToPDF(PRINT_OPTIONS));
      } finally {
        win.destroy();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
