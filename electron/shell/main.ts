// Electron entry: the app's lifecycle — a local data folder, one instance, no default menu, the app scheme, the core worker, IPC, windows, a clean quit.
import { join } from 'node:path';
import { app, dialog, Menu, session } from 'electron';
import { clipText } from '../../shared/domain/text';
import { DrillRoomError, isErrorPayload } from '../../shared/ipc/errors';
import type { Core } from '../core/core';
import { startCore } from '../core/start';
import { localUserDataDir, networkPathReason } from '../app/dataFolder';
import { registerCalls, registerPushes } from './ipc';
import { electronPorts } from './electronPorts';
import { registerAppScheme, serveAppAndLockSession } from './protocol';
import { Windows, hardenContents } from './windows';

const STARTUP_FAILED_TITLE = '舆情应急演练台无法启动 DrillRoom cannot start';
/** The installer's appId (electron-builder.yml): the taskbar groups the window with the Start-menu shortcut. */
const APP_USER_MODEL_ID = 'cn.drillroom.app';

/** A start-up failure (newer, corrupt, read-only or held by another writer…) is shown in Chinese and English and the app quits; the file is left as it was. */
function failStartup(err: unknown): void {
  // By payload, not class: a typed error from another copy of the module (tests reset modules) is still typed.
  const payload = (err as { payload?: unknown })?.payload;
  const known = isErrorPayload(payload)
    ? new DrillRoomError(payload.key, payload.params, payload.problems)
    : new DrillRoomError('internal', { detail: clipText(String((err as Error)?.message ?? err), 300) });
  console.error(err);
  dialog.showErrorBox(STARTUP_FAILED_TITLE, `${known.messageIn('zh-CN')}\n\n${known.messageIn('en')}`);
  app.exit(1);
}

/** The core worker stopped while the app ran: nothing written is lost (every entry is synced), but nothing more can be; say so and quit. */
function failRunning(reason: string): void {
  console.error(`DrillRoom core stopped: ${reason}`);
  const known = new DrillRoomError('internal.core_stopped', { detail: clipText(reason, 300) });
  dialog.showErrorBox(STARTUP_FAILED_TITLE, `${known.messageIn('zh-CN')}\n\n${known.messageIn('en')}`);
  app.exit(1);
}

function run(): void {
  const devTools = !app.isPackaged;
  const windows = new Windows(app.getAppPath(), { devTools });
  let core: Core | null = null;
  let unwire: Array<() => void> = [];

  app.on('second-instance', () => windows.focusConsole());
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', (event?: { preventDefault(): void }) => {
    unwire.forEach((off) => off());
    unwire = [];
    if (!core) return;
    // Quit waits for the core to checkpoint the WAL and close the journal, then quits again (core is null by then).
    const closing = core;
    core = null;
    event?.preventDefault();
    closing.close().then(
      () => app.quit(),
      (err: unknown) => {
        console.error(err);
        app.quit();
      },
    );
  });

  app.whenReady().then(
    async () => {
      serveAppAndLockSession(session.defaultSession, join(app.getAppPath(), 'out/renderer'), {
        devTools,
        media: (ticket) => core?.media(ticket) ?? null,
      });
      const dataDir = app.getPath('userData');
      const network = networkPathReason(dataDir, process.platform);
      if (network) {
        failStartup(new DrillRoomError('db_network', { path: dataDir, kind: network }));
        return;
      }
      try {
        core = await startCore(
          join(app.getAppPath(), 'out/main/core.js'),
          {
            dataDir,
            resourcesDir: app.isPackaged ? process.resourcesPath : join(app.getAppPath(), 'resources'),
            live: true,
            version: app.getVersion(),
            rendererDir: join(app.getAppPath(), 'out/renderer'),
          },
          electronPorts(windows),
          failRunning,
        );
      } catch (err) {
        failStartup(err);
        return;
      }
      unwire = [registerCalls(core.dispatch), registerPushes(core, () => windows.all().map((w) => w.webContents))];
      windows.watchDisplays();
      windows.openConsole();
    },
    (err: unknown) => failStartup(err),
  );
}

// Before 'ready' and before the single-instance lock (whose lock file lives in userData).
const localData = localUserDataDir(process.platform, process.env);
if (localData) app.setPath('userData', localData);
app.setAppUserModelId(APP_USER_MODEL_ID);
Menu.setApplicationMenu(null); // no File/Edit/View menu, no Reload or Toggle Developer Tools, no Help links to the web
app.enableSandbox();
registerAppScheme();
if (app.requestSingleInstanceLock()) run();
else app.quit();
