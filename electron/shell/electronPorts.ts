// Host ports for the Electron app: the native save and open dialogs and the projector window.
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { app, dialog } from 'electron';
import type { HostPorts } from '../app/ports';
import { numberedName } from '../files/exportFile';
import type { Windows } from './windows';
import { electronPdfPrinter } from './pdfPrinter';

export function electronPorts(windows: Windows): HostPorts {
  return {
    host: 'electron',
    async chooseSavePath(defaultName, filters) {
      // The dialog offers a free name (演练纪要-<drill>-2.docx when the first exists); choosing an existing file, the OS asks first.
      const folder = app.getPath('documents');
      const name = numberedName(basename(defaultName), (c) => existsSync(join(folder, c)));
      const options = { defaultPath: join(folder, name), filters, properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const] };
      const parent = windows.consoleWindow();
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseOpenPath(filters) {
      const options = { properties: ['openFile' as const], filters };
      const parent = windows.consoleWindow();
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled || !result.filePaths[0] ? null : result.filePaths[0];
    },
    async chooseFolder() {
      const options = { properties: ['openDirectory' as const] };
      const parent = windows.consoleWindow();
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled || !result.filePaths[0] ? null : result.filePaths[0];
    },
    async projector(drillId, open) {
      if (open) windows.openProjector(drillId);
      else windows.closeProjector();
      return windows.projectorOpen();
    },
    printer: electronPdfPrinter(),
  };
}
