// IPC wiring: exactly the contract's calls, each checked against the sender frame before dispatch; pushes to app windows.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { CALL_NAMES, channelOf, type Reply } from '../../shared/ipc/contract';
import { DrillRoomError } from '../../shared/ipc/errors';
import type { Services } from '../app/compose';
import { wirePushes } from '../app/pushes';
import { isAppUrl } from '../app/navigation';

const forbidden = (): Reply<never> => ({ ok: false, error: new DrillRoomError('forbidden_sender').payload });

export function registerCalls(services: Services): () => void {
  for (const name of CALL_NAMES) {
    ipcMain.handle(channelOf(name), (event: IpcMainInvokeEvent, input: unknown) => {
      const url = event.senderFrame?.url ?? '';
      if (!isAppUrl(url)) return forbidden();
      return services.dispatch(name, input);
    });
  }
  return () => CALL_NAMES.forEach((name) => ipcMain.removeHandler(channelOf(name)));
}

/** Sends every push to each live window that shows an app page. */
export function registerPushes(services: Services, targets: () => WebContents[]): () => void {
  return wirePushes(services, (name, payload) => {
    for (const contents of targets()) {
      if (!contents.isDestroyed() && isAppUrl(contents.getURL())) contents.send(channelOf(name), payload);
    }
  });
}
