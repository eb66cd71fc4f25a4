// A fake 'electron' module that records what the shell configures: windows, IPC handlers, protocol, session and app hooks.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');

type Fn = (...args: any[]) => any; // eslint-disable-line @typescript-eslint/no-explicit-any

class Emitter {
  readonly handlers = new Map<string, Fn[]>();
  on(event: string, fn: Fn) {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), fn]);
    return this;
  }
  once(event: string, fn: Fn) {
    return this.on(event, fn);
  }
  emit(event: string, ...args: unknown[]) {
    (this.handlers.get(event) ?? []).forEach((fn) => fn(...args));
  }
}

export class FakeWebContents extends Emitter {
  url = '';
  windowOpenHandler: Fn | null = null;
  sent: { channel: string; payload: unknown }[] = [];
  destroyed = false;
  setWindowOpenHandler(fn: Fn) {
    this.windowOpenHandler = fn;
  }
  send(channel: string, payload: unknown) {
    this.sent.push({ channel, payload });
  }
  getURL() {
    return this.url;
  }
  isDestroyed() {
    return this.destroyed;
  }
  /** Records the call with the page it was given (read from the loaded file) and answers the fake's PDF bytes. */
  async printToPDF(options: unknown) {
    const page = this.url.startsWith('file:') ? readFileSync(fileURLToPath(this.url), 'utf8') : null;
    fake().printCalls.push({ options, url: this.url, page });
    if (fake().printFails) throw new Error(fake().printFails!);
    return Buffer.from(FAKE_PDF);
  }
}

/** What the fake printToPDF answers. */
export const FAKE_PDF = '%PDF-1.7\n% fake electron printToPDF\n%%EOF\n';

/** A session made by session.fromPartition: what the shell set on it. */
export interface FakeSession {
  partition: string;
  options: unknown;
  beforeRequest: null | { filter: unknown; fn: Fn };
  permissionRequest: Fn | null;
}

export interface Display {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
}

function createState() {
  let resolveReady: () => void = () => {};
  const state = {
    userData: '',
    isPackaged: false,
    gotLock: true,
    displays: [{ id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } }] as Display[],
    ready: new Promise<void>((r) => (resolveReady = r)),
    fireReady: () => resolveReady(),
    app: new Emitter(),
    screen: new Emitter(),
    calls: { quit: 0, exit: [] as number[], enableSandbox: 0, lockRequests: 0 },
    /** Every Menu.setApplicationMenu call, in order (null = no menu), and which step of the boot it came at. */
    applicationMenus: [] as unknown[],
    /** Set when Electron would have installed its default menu: 'ready' fired and no application menu had been set. */
    defaultMenuShown: false,
    appUserModelId: null as string | null,
    /** app.setPath calls, and when the single-instance lock was asked relative to them. */
    setPaths: [] as { name: string; path: string; beforeLock: boolean }[],
    paths: new Map<string, string>(),
    /** When set, loadURL rejects like Chromium does for an aborted load. */
    loadUrlRejects: null as null | { code: string; errno: number },
    windows: [] as FakeBrowserWindow[],
    ipcHandlers: new Map<string, Fn>(),
    privilegedSchemes: [] as unknown[],
    protocolHandlers: new Map<string, Fn>(),
    beforeRequest: null as null | { filter: unknown; fn: Fn },
    permissionRequest: null as Fn | null,
    permissionCheck: null as Fn | null,
    devicePermission: null as Fn | null,
    errorBoxes: [] as { title: string; content: string }[],
    saveDialogs: [] as unknown[],
    openDialogs: [] as unknown[],
    /** What the next open dialog answers (cancelled unless a test sets it). */
    openDialogResult: { canceled: true, filePaths: [] as string[] },
    exposed: new Map<string, unknown>(),
    invokes: [] as { channel: string; input: unknown }[],
    rendererListeners: new Map<string, Fn[]>(),
    /** webContents.printToPDF calls: options, the URL loaded, and the page's text when it was a file. */
    printCalls: [] as { options: unknown; url: string; page: string | null }[],
    /** When set, printToPDF rejects with this message. */
    printFails: null as string | null,
    /** Sessions made by session.fromPartition. */
    partitions: [] as FakeSession[],
  };
  return state;
}

export type FakeState = ReturnType<typeof createState>;
const g = globalThis as unknown as { __fakeElectron?: FakeState };

/** The shared record; reset before each boot of the shell. */
export function fake(): FakeState {
  g.__fakeElectron ??= createState();
  return g.__fakeElectron;
}

export function resetFake(): FakeState {
  g.__fakeElectron = createState();
  return g.__fakeElectron;
}

export class FakeBrowserWindow extends Emitter {
  readonly options: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  readonly webContents = new FakeWebContents();
  loaded: string[] = [];
  destroyed = false;
  focused = 0;
  bounds: { x: number; y: number; width: number; height: number };
  fullScreen = false;
  fullScreenCalls: boolean[] = [];
  shown = false;
  constructor(options: Record<string, unknown>) {
    super();
    this.options = options;
    const o = options as Record<string, number | undefined>;
    this.bounds = { x: o['x'] ?? 100, y: o['y'] ?? 100, width: o['width'] ?? 800, height: o['height'] ?? 600 };
    fake().windows.push(this);
    fake().app.emit('web-contents-created', {}, this.webContents);
  }
  static getAllWindows() {
    return fake().windows.filter((w) => !w.destroyed);
  }
  async loadURL(url: string) {
    this.loaded.push(url);
    this.webContents.url = url;
    const reject = fake().loadUrlRejects;
    if (reject) throw Object.assign(new Error(`${reject.code} (${reject.errno}) loading '${url}'`), reject, { url });
  }
  getBounds() {
    return { ...this.bounds };
  }
  setBounds(b: { x: number; y: number; width: number; height: number }) {
    this.bounds = { ...b };
  }
  setFullScreen(on: boolean) {
    this.fullScreenCalls.push(on);
    this.fullScreen = on;
  }
  isFullScreen() {
    return this.fullScreen;
  }
  isDestroyed() {
    return this.destroyed;
  }
  close() {
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
  destroy() {
    this.close();
  }
  isMinimized() {
    return false;
  }
  restore() {}
  show() {
    this.shown = true;
  }
  focus() {
    this.focused += 1;
  }
}

const session = {
  protocol: { handle: (scheme: string, fn: Fn) => fake().protocolHandlers.set(scheme, fn) },
  webRequest: { onBeforeRequest: (filter: unknown, fn: Fn) => (fake().beforeRequest = { filter, fn }) },
  setPermissionRequestHandler: (fn: Fn) => (fake().permissionRequest = fn),
  setPermissionCheckHandler: (fn: Fn) => (fake().permissionCheck = fn),
  setDevicePermissionHandler: (fn: Fn) => (fake().devicePermission = fn),
};

/** The module object handed to vi.mock('electron', ...). */
export const electronModule = {
  app: {
    on: (event: string, fn: Fn) => fake().app.on(event, fn),
    once: (event: string, fn: Fn) => fake().app.on(event, fn),
    whenReady: () =>
      fake().ready.then(() => {
        // Electron installs its default menu at 'ready' unless the app set one before.
        if (fake().applicationMenus.length === 0) fake().defaultMenuShown = true;
      }),
    setAppUserModelId: (id: string) => {
      fake().appUserModelId = id;
    },
    setPath: (name: string, path: string) => {
      fake().setPaths.push({ name, path, beforeLock: fake().calls.lockRequests === 0 });
      fake().paths.set(name, path);
    },
    requestSingleInstanceLock: () => {
      fake().calls.lockRequests += 1;
      return fake().gotLock;
    },
    quit: () => {
      fake().calls.quit += 1;
    },
    exit: (code = 0) => {
      fake().calls.exit.push(code);
    },
    enableSandbox: () => {
      fake().calls.enableSandbox += 1;
    },
    getPath: (name: string) => fake().paths.get(name) ?? (name === 'userData' ? fake().userData : `${fake().userData}/${name}`),
    getAppPath: () => REPO,
    getVersion: () => '0.1.0-test',
    get isPackaged() {
      return fake().isPackaged;
    },
  },
  BrowserWindow: FakeBrowserWindow,
  screen: {
    getAllDisplays: () => fake().displays,
    getPrimaryDisplay: () => fake().displays[0],
    on: (event: string, fn: Fn) => fake().screen.on(event, fn),
  },
  Menu: {
    setApplicationMenu: (menu: unknown) => {
      fake().applicationMenus.push(menu);
    },
    getApplicationMenu: () => fake().applicationMenus.at(-1) ?? null,
  },
  ipcMain: {
    handle: (channel: string, fn: Fn) => {
      if (fake().ipcHandlers.has(channel)) throw new Error(`second handler for ${channel}`);
      fake().ipcHandlers.set(channel, fn);
    },
    removeHandler: (channel: string) => fake().ipcHandlers.delete(channel),
  },
  protocol: { registerSchemesAsPrivileged: (schemes: unknown[]) => fake().privilegedSchemes.push(...schemes) },
  session: {
    defaultSession: session,
    fromPartition: (partition: string, options?: unknown) => {
      const s: FakeSession = { partition, options, beforeRequest: null, permissionRequest: null };
      fake().partitions.push(s);
      return {
        webRequest: { onBeforeRequest: (filter: unknown, fn: Fn) => (s.beforeRequest = { filter, fn }) },
        setPermissionRequestHandler: (fn: Fn) => (s.permissionRequest = fn),
        partition,
      };
    },
  },
  dialog: {
    showErrorBox: (title: string, content: string) => fake().errorBoxes.push({ title, content }),
    showSaveDialog: async (...args: unknown[]) => {
      fake().saveDialogs.push(args);
      return { canceled: true, filePath: '' };
    },
    showOpenDialog: async (...args: unknown[]) => {
      fake().openDialogs.push(args);
      return fake().openDialogResult;
    },
  },
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => fake().exposed.set(key, api) },
  ipcRenderer: {
    invoke: async (channel: string, input: unknown) => {
      fake().invokes.push({ channel, input });
      return { ok: true, value: 'from-main' };
    },
    on: (channel: string, fn: Fn) => fake().rendererListeners.set(channel, [...(fake().rendererListeners.get(channel) ?? []), fn]),
    removeListener: (channel: string, fn: Fn) =>
      fake().rendererListeners.set(channel, (fake().rendererListeners.get(channel) ?? []).filter((f) => f !== fn)),
  },
};
