// IPC wiring: exactly the contract's calls, each checked against the sender frame before dispatch; pushes to app windows.
// As VS Code's validatedIpcMain: the sender must be the main frame of a page of the app, and every refusal is logged.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { CALL_NAMES, channelOf, type Reply } from '../../shared/ipc/contract';
import { DrillRoomError } from '../../shared/ipc/errors';
import type { Dispatch } from '../app/dispatch';
import type { Core } from '../core/core';
import { isAppUrl } from '../app/navigation';

const forbidden = (): Reply<never> => ({ ok: false, error: new DrillRoomError('forbidden_sender').payload });

/** Why a call's sender is refused, or null for the main frame of an app page. */
export function senderRefusal(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): string | null {
  const frame = event.senderFrame;
  if (!frame) return 'no sender frame (the frame is gone)';
  if (!isAppUrl(frame.url)) return `not an app page: ${frame.url.slice(0, 200)}`;
  if (frame.parent !== null) return `not the main frame: ${frame.url.slice(0, 200)}`;
  return null;
}

export function registerCalls(dispatch: Dispatch): () => void {
  for (const name of CALL_NAMES) {
    ipcMain.handle(channelOf(name), (event: IpcMainInvokeEvent, input: unknown) => {
      const why = senderRefusal(event);
      if (why) {
        console.warn(`DrillRoom refused IPC call ${name}: ${why}`);
        return forbidden();
      }
      return dispatch(name, input);
    });
  }
  return () => CALL_NAMES.forEach((name) => ipcMain.removeHandler(channelOf(name)));
}

/** Sends every push to each live window that shows an app page. */
export function registerPushes(core: Pick<Core, 'onPush'>, targets: () => WebContents[]): () => void {
  return core.onPush((name, payload) => {
    for (const contents of targets()) {
      if (!contents.isDestroyed() && isAppUrl(contents.getURL())) contents.send(channelOf(name), payload);
    }
  });
}
