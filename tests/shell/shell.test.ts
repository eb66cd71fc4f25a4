// The Electron shell, run against a fake 'electron': what it configures is Electron's security checklist, and it wires exactly the contract.
import { describe, it, expect, vi, afterEach, afterAll } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { CALL_NAMES, PUSH_NAMES, channelOf } from '../../shared/ipc/contract';
import type { Services } from '../../electron/app/compose';
import { DB_FILE } from '../../electron/app/compose';
import { APPLICATION_ID } from '../../electron/journal/migrations';
import { fake, resetFake, REPO, type FakeState } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule);

const composed: Services[] = [];
let closes = 0;
vi.mock('../../electron/app/compose', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../electron/app/compose')>();
  return {
    ...real,
    composeServices: (opts: Parameters<typeof real.composeServices>[0]) => {
      const services = real.composeServices(opts);
      const close = services.close;
      services.close = () => {
        closes += 1;
        close();
      };
      composed.push(services);
      return services;
    },
  };
});

// The shell's own wiring is tested here with the services in this thread (to count closes and read the journal);
// the built worker it really starts is tested in tests/shell/built/core-worker.test.ts and main-bundle.test.ts.
vi.mock('../../electron/core/start', async () => {
  const { composeServices } = await import('../../electron/app/compose');
  const { inProcessCore } = await import('../../electron/core/core');
  return {
    startCore: async (_file: string, init: Omit<Parameters<typeof composeServices>[0], 'ports'>, ports: Parameters<typeof composeServices>[0]['ports']) =>
      inProcessCore(composeServices({ ...init, ports })),
  };
});

const APP_FRAME = { senderFrame: { url: 'drillroom://app/index.html#/console', parent: null } };
const EVIL_FRAME = { senderFrame: { url: 'https://evil.example/index.html', parent: null } };
/** A frame inside the app's page (an iframe of an attachment, say): same origin, but not the main frame. */
const SUB_FRAME = { senderFrame: { url: 'drillroom://app/index.html', parent: { url: 'drillroom://app/index.html#/console' } } };

const userDataDirs: string[] = [];

async function boot(setup: (f: FakeState) => void = () => {}): Promise<FakeState> {
  const f = resetFake();
  f.userData = mkdtempSync(join(tmpdir(), 'drillroom-shell-'));
  userDataDirs.push(f.userData);
  setup(f);
  vi.resetModules();
  await import('../../electron/shell/main');
  f.fireReady();
  await new Promise((r) => setImmediate(r));
  return f;
}

function invoke(f: FakeState, name: string, event: unknown, input: unknown) {
  const handler = f.ipcHandlers.get(channelOf(name as never));
  if (!handler) throw new Error(`no handler for ${name}`);
  return handler(event, input);
}

const facts = { name: '2026年第四季度舆情应急演练', place: '分行三楼会议室' };
const consoleWindow = (f: FakeState) => f.windows[0]!;

afterEach(() => {
  fake().app.emit('before-quit');
  composed.length = 0;
  closes = 0;
});

afterAll(() => userDataDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the console window', () => {
  it('opens sandboxed, context-isolated, without Node, with the built preload and Auxclick disabled', async () => {
    const f = await boot();
    expect(f.windows).toHaveLength(1);
    const prefs = consoleWindow(f).options['webPreferences'];
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      preload: join(REPO, 'out/preload/preload.cjs'),
    });
    expect(prefs).not.toHaveProperty('enableRemoteModule');
    expect(f.calls.enableSandbox).toBe(1);
  });

  it('loads the app from drillroom://app, not from file://', async () => {
    const f = await boot();
    expect(consoleWindow(f).loaded).toEqual(['drillroom://app/index.html']);
    expect(f.privilegedSchemes).toEqual([{ scheme: 'drillroom', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } }]);
  });
});

describe('the app protocol', () => {
  it('serves the built renderer with a CSP that allows no remote origin and no eval', async () => {
    const f = await boot();
    const handle = f.protocolHandlers.get('drillroom')!;
    const res: Response = await handle(new Request('drillroom://app/index.html'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('<div id="root">');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-eval|https?:|wss?:|\*/);
  });

  it('puts the CSP on a missing file and refuses to climb out of the renderer folder', async () => {
    const f = await boot();
    const handle = f.protocolHandlers.get('drillroom')!;
    for (const url of ['drillroom://app/nothing-here.js', 'drillroom://app/..%2f..%2fpackage.json', 'drillroom://app/%2e%2e/%2e%2e/package.json']) {
      const res: Response = await handle(new Request(url));
      expect(res.status, url).toBe(404);
      expect(res.headers.get('content-security-policy'), url).toContain("default-src 'none'");
    }
  });
});

describe('navigation, new windows and permissions', () => {
  it('a link to http://evil.example is not followed; a route inside drillroom://app is', async () => {
    const f = await boot();
    const contents = consoleWindow(f).webContents;
    for (const event of ['will-navigate', 'will-redirect']) {
      const evil = { preventDefault: vi.fn() };
      contents.emit(event, evil, 'http://evil.example/');
      expect(evil.preventDefault, event).toHaveBeenCalled();
      const local = { preventDefault: vi.fn() };
      contents.emit(event, local, 'drillroom://app/index.html#/review');
      expect(local.preventDefault, event).not.toHaveBeenCalled();
      const file = { preventDefault: vi.fn() };
      contents.emit(event, file, 'file:///etc/passwd');
      expect(file.preventDefault, event).toHaveBeenCalled();
    }
  });

  it('window.open is denied, even for the app itself, and webviews are refused', async () => {
    const f = await boot();
    const contents = consoleWindow(f).webContents;
    expect(contents.windowOpenHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'drillroom://app/index.html' })).toEqual({ action: 'deny' });
    const attach = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', attach, {}, {});
    expect(attach.preventDefault).toHaveBeenCalled();
  });

  it('every permission request and check is denied', async () => {
    const f = await boot();
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const answer = vi.fn();
      f.permissionRequest!({}, permission, answer, {});
      expect(answer).toHaveBeenCalledWith(false);
      expect(f.permissionCheck!({}, permission, 'drillroom://app', {})).toBe(false);
    }
    expect(f.devicePermission!({})).toBe(false);
  });

  it('the session cancels every request that leaves the app', async () => {
    const f = await boot();
    const { filter, fn } = f.beforeRequest!;
    expect(filter).toEqual({ urls: ['<all_urls>'] });
    const verdict = (url: string) => {
      let cancel: boolean | undefined;
      fn({ url }, (r: { cancel: boolean }) => (cancel = r.cancel));
      return cancel;
    };
    for (const url of ['http://evil.example/', 'https://cdn.example/x.js', 'ws://127.0.0.1:9/', 'file:///etc/passwd', 'drillroom://other/index.html'])
      expect(verdict(url), url).toBe(true);
    for (const url of ['drillroom://app/assets/index.js', 'data:image/png;base64,AAAA', 'devtools://devtools/bundled/inspector.html'])
      expect(verdict(url), url).toBe(false);
  });

  it('the packaged app cancels the developer tools’ pages too', async () => {
    (process as { resourcesPath?: string }).resourcesPath = join(REPO, 'resources');
    const f = await boot((s) => (s.isPackaged = true));
    let cancel: boolean | undefined;
    f.beforeRequest!.fn({ url: 'devtools://devtools/bundled/inspector.html' }, (r: { cancel: boolean }) => (cancel = r.cancel));
    expect(cancel).toBe(true);
  });
});

describe('IPC', () => {
  it('registers a handler for exactly the contract table, no more, no fewer', async () => {
    const f = await boot();
    expect([...f.ipcHandlers.keys()].sort()).toEqual(CALL_NAMES.map((n) => channelOf(n)).sort());
  });

  it('a call from a frame that is not the main frame gets forbidden_sender, writes nothing, and every refusal is logged', async () => {
    const f = await boot();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const reply = await invoke(f, 'drill.create', SUB_FRAME, { scenarioId: 'anonymous-email', facts });
      expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
      await invoke(f, 'drill.list', EVIL_FRAME, {});
      const lines = warn.mock.calls.map((c) => c.join(' '));
      expect(lines.some((l) => l.includes('drill.create') && l.includes('not the main frame')), lines.join('\n')).toBe(true);
      expect(lines.some((l) => l.includes('drill.list') && l.includes('https://evil.example')), lines.join('\n')).toBe(true);
    } finally {
      warn.mockRestore();
    }
    expect(composed[0]!.journal.verify()).toMatchObject({ ok: true, count: 0 });
  });

  it('a call from a foreign frame gets forbidden_sender and writes nothing', async () => {
    const f = await boot();
    for (const event of [EVIL_FRAME, { senderFrame: null }, { senderFrame: { url: 'file:///tmp/x.html' } }]) {
      const reply = await invoke(f, 'drill.create', event, { scenarioId: 'anonymous-email', facts });
      expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    }
    const list = await invoke(f, 'drill.list', APP_FRAME, {});
    expect(list).toEqual({ ok: true, value: [] });
    expect(composed[0]!.journal.verify()).toMatchObject({ ok: true, count: 0 });
  });

  it('a valid call from the app reaches dispatch and lands in the journal in the user-data folder', async () => {
    const f = await boot();
    const created = await invoke(f, 'drill.create', APP_FRAME, { scenarioId: 'anonymous-email', facts });
    expect(created).toMatchObject({ ok: true, value: { drillId: expect.any(String) } });
    const info = await invoke(f, 'app.info', APP_FRAME, {});
    expect(info.value).toMatchObject({ host: 'electron', dataDir: f.userData, dbPath: join(f.userData, DB_FILE), version: '0.1.0-test' });
    const bad = await invoke(f, 'clock.start', APP_FRAME, { drillId: 42 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('pushes reach the app windows on the contract channels', async () => {
    const f = await boot();
    const created = await invoke(f, 'drill.create', APP_FRAME, { scenarioId: 'transfer-failure', facts });
    await invoke(f, 'clock.start', APP_FRAME, { drillId: created.value.drillId });
    const channels = new Set(consoleWindow(f).webContents.sent.map((s) => s.channel));
    expect([...channels].every((c) => PUSH_NAMES.map((n) => channelOf(n)).includes(c))).toBe(true);
    expect(channels).toContain(channelOf('drill.changed'));
  });
});

describe('the projector window', () => {
  it('opens full screen on the second display and shows the projector route of the drill', async () => {
    const f = await boot((s) => {
      s.displays = [
        { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } },
        { id: 2, bounds: { x: 1920, y: 0, width: 1280, height: 720 } },
      ];
    });
    const { value } = await invoke(f, 'drill.create', APP_FRAME, { scenarioId: 'anonymous-email', facts });
    const reply = await invoke(f, 'window.projector', APP_FRAME, { drillId: value.drillId, open: true });
    expect(reply).toEqual({ ok: true, value: { open: true } });
    const projector = f.windows[1]!;
    expect(projector.options).toMatchObject({ x: 1920, y: 0, width: 1280, height: 720, show: false });
    expect(projector.options['fullscreen']).toBeUndefined(); // ignored on Wayland: set once the window can be shown
    projector.emit('ready-to-show');
    expect(projector.fullScreenCalls).toEqual([true]);
    expect(projector.options['webPreferences']).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(projector.loaded).toEqual([`drillroom://app/index.html#/projector?drill=${encodeURIComponent(value.drillId)}`]);
    expect(await invoke(f, 'window.projector', APP_FRAME, { drillId: value.drillId, open: false })).toEqual({ ok: true, value: { open: false } });
    expect(projector.destroyed).toBe(true);
  });

  it('opens in a window when there is only one display', async () => {
    const f = await boot();
    const { value } = await invoke(f, 'drill.create', APP_FRAME, { scenarioId: 'anonymous-email', facts });
    await invoke(f, 'window.projector', APP_FRAME, { drillId: value.drillId, open: true });
    expect(f.windows[1]!.options).toMatchObject({ width: 1280, height: 720 });
    f.windows[1]!.emit('ready-to-show');
    expect(f.windows[1]!.fullScreenCalls).toEqual([]);
    expect(f.windows[1]!.shown).toBe(true);
  });
});

describe('lifecycle', () => {
  it('a second launch quits at once and the first one brings its console to the front', async () => {
    const second = await boot((s) => (s.gotLock = false));
    expect(second.calls.quit).toBe(1);
    expect(second.windows).toHaveLength(0);
    expect(second.ipcHandlers.size).toBe(0);

    const first = await boot();
    expect(first.calls.lockRequests).toBe(1);
    first.app.emit('second-instance', {}, [], '/');
    expect(consoleWindow(first).focused).toBe(1);
  });

  it('quitting checkpoints and closes the journal', async () => {
    const f = await boot();
    await invoke(f, 'drill.create', APP_FRAME, { scenarioId: 'anonymous-email', facts });
    let prevented = 0;
    f.app.emit('before-quit', { preventDefault: () => (prevented += 1) });
    // Quit waits for the close, then quits again.
    expect(prevented).toBe(1);
    await expect.poll(() => f.calls.quit).toBe(1);
    expect(closes).toBe(1);
    const wal = join(f.userData, `${DB_FILE}-wal`);
    expect(!existsSync(wal) || statSync(wal).size === 0).toBe(true);
    f.app.emit('before-quit', { preventDefault: () => (prevented += 1) });
    expect(prevented).toBe(1);
    expect(closes).toBe(1);
    const db = new Database(join(f.userData, DB_FILE), { readonly: true });
    expect((db.prepare('SELECT count(*) AS n FROM entries').get() as { n: number }).n).toBeGreaterThan(0);
    db.close();
  });

  const quietly = () => vi.spyOn(console, 'error').mockImplementation(() => {});
  const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

  it('a database from a newer DrillRoom is refused in Chinese, the app quits, the file is untouched', async () => {
    let before = '';
    const logged = quietly();
    const f = await boot((s) => {
      const db = new Database(join(s.userData, DB_FILE));
      db.exec('CREATE TABLE future (x)');
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma('user_version = 999');
      db.close();
      before = sha(join(s.userData, DB_FILE));
    });
    expect(sha(join(f.userData, DB_FILE))).toBe(before);
    expect(f.errorBoxes).toHaveLength(1);
    expect(f.errorBoxes[0]!.content).toContain('数据库由更新版本的演练台创建');
    expect(f.calls.exit).toEqual([1]);
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
    expect(f.windows).toHaveLength(0);
    expect(f.ipcHandlers.size).toBe(0);
  });

  it('a data folder another writer holds (the browser host, `cli demo`) is refused in Chinese and English, naming it', async () => {
    let other: { close(): void } | null = null;
    const logged = quietly();
    const { Journal } = await import('../../electron/journal/journal');
    const f = await boot((s) => {
      other = Journal.open(join(s.userData, DB_FILE));
    });
    other!.close();
    expect(f.errorBoxes).toHaveLength(1);
    expect(f.errorBoxes[0]!.content).toContain('只能有一个写入者');
    expect(f.errorBoxes[0]!.content).toContain('only one writer');
    expect(f.errorBoxes[0]!.content).toContain(f.userData);
    expect(f.calls.exit).toEqual([1]);
    expect(f.windows).toHaveLength(0);
    logged.mockRestore();
  });

  it('a corrupt database file is refused in Chinese and left byte for byte as it was', async () => {
    let before = '';
    const path = () => join(fake().userData, DB_FILE);
    const logged = quietly();
    const f = await boot((s) => {
      writeFileSync(join(s.userData, DB_FILE), Buffer.alloc(8192, 0x5a));
      before = sha(join(s.userData, DB_FILE));
    });
    expect(f.errorBoxes[0]!.content).toContain('数据库文件已损坏');
    expect(f.calls.exit).toEqual([1]);
    expect(sha(path())).toBe(before);
    expect(readdirSync(f.userData)).toEqual([DB_FILE]);
    logged.mockRestore();
  });
});
