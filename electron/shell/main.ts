// Electron entry: the app's lifecycle — one instance, the app scheme, services on the user-data folder, IPC, windows, a clean quit.
import { join } from 'node:path';
import { app, dialog, session } from 'electron';
import { DrillRoomError, isErrorPayload } from '../../shared/ipc/errors';
import { composeServices, type Services } from '../app/compose';
import { registerCalls, registerPushes } from './ipc';
import { electronPorts } from './electronPorts';
import { registerAppScheme, serveAppAndLockSession } from './protocol';
import { Windows, hardenContents } from './windows';

const STARTUP_FAILED_TITLE = '舆情应急演练台无法启动 DrillRoom cannot start';

/** A start-up failure (newer, corrupt, read-only or held by another writer…) is shown in Chinese and English and the app quits; the file is left as it was. */
function failStartup(err: unknown): void {
  // By payload, not class: a typed error from another copy of the module (tests reset modules) is still typed.
  const payload = (err as { payload?: unknown })?.payload;
  const known = isErrorPayload(payload)
    ? new DrillRoomError(payload.key, payload.params, payload.problems)
    : new DrillRoomError('internal', { detail: String((err as Error)?.message ?? err).slice(0, 300) });
  console.error(err);
  dialog.showErrorBox(STARTUP_FAILED_TITLE, `${known.messageIn('zh-CN')}\n\n${known.messageIn('en')}`);
  app.exit(1);
}

function run(): void {
  const windows = new Windows(app.getAppPath());
  let services: Services | null = null;
  let unwire: Array<() => void> = [];

  app.on('second-instance', () => windows.focusConsole());
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', () => {
    unwire.forEach((off) => off());
    unwire = [];
    services?.close(); // checkpoints the WAL and closes the journal
    services = null;
  });

  void app.whenReady().then(() => {
    serveAppAndLockSession(session.defaultSession, join(app.getAppPath(), 'out/renderer'));
    try {
      services = composeServices({
        dataDir: app.getPath('userData'),
        resourcesDir: app.isPackaged ? process.resourcesPath : join(app.getAppPath(), 'resources'),
        ports: electronPorts(windows),
        live: true,
        version: app.getVersion(),
      });
    } catch (err) {
      failStartup(err);
      return;
    }
    const live = services;
    unwire = [registerCalls(live), registerPushes(live, () => windows.all().map((w) => w.webContents))];
    windows.openConsole();
  });
}

app.enableSandbox();
registerAppScheme();
if (app.requestSingleInstanceLock()) run();
else app.quit();
