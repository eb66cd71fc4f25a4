// The fake 'electron' as a module with named exports, the shape Node's ESM loader gives the real (CommonJS) 'electron' package.
import { electronModule } from '../fakeElectron';

export const { app, BrowserWindow, screen, Menu, ipcMain, protocol, session, dialog, contextBridge, ipcRenderer } = electronModule;
export default electronModule;
