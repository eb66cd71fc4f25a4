// The preload: exposes exactly the contract's calls and pushes on window.drillroom, nothing else.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CALL_NAMES, PUSH_NAMES, channelOf, type CallName, type PushName } from '../../shared/ipc/names';

const calls = new Set<string>(CALL_NAMES);
const pushes = new Set<string>(PUSH_NAMES);

contextBridge.exposeInMainWorld('drillroom', {
  call(name: string, input: unknown) {
    if (!calls.has(name)) return Promise.resolve({ ok: false, error: { code: 'unknown_call', key: 'unknown_call', params: { name: Array.from(String(name)).slice(0, 80).join('') /* whole code points; the sandbox allows no shared helper */ } } });
    return ipcRenderer.invoke(channelOf(name as CallName), input);
  },
  on(name: string, fn: (payload: unknown) => void) {
    if (!pushes.has(name)) return () => {};
    const channel = channelOf(name as PushName);
    const listener = (_e: IpcRendererEvent, payload: unknown) => fn(payload);
    ipcRenderer.on(channel, listener);
    return () => ipcRenderer.removeListener(channel, listener);
  },
});
