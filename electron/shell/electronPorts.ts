// Host ports for the Electron app: the native save dialog and the projector window.
import { join } from 'node:path';
import { app, dialog } from 'electron';
import type { HostPorts } from '../app/ports';
import type { Windows } from './windows';

export function electronPorts(windows: Windows): HostPorts {
  return {
    host: 'electron',
    async chooseSavePath(defaultName, filters) {
      const options = { defaultPath: join(app.getPath('documents'), defaultName), filters };
      const parent = windows.consoleWindow();
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async projector(drillId, open) {
      if (open) windows.openProjector(drillId);
      else windows.closeProjector();
      return windows.projectorOpen();
    },
  };
}
