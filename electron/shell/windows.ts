// The two windows (console, projector) with locked-down webPreferences, their placement on displays, and the hardening every webContents gets.
import { join } from 'node:path';
import { BrowserWindow, screen, type BrowserWindowConstructorOptions, type Display, type WebContents } from 'electron';
import { CONSOLE_URL, isAppUrl, pickProjectorDisplay, projectorUrl } from '../app/navigation';

export interface WindowOptions {
  /** Developer tools exist only in a development run, never in the packaged app. */
  devTools: boolean;
}

/**
 * Every window of the app is made here, with these webPreferences written out literally (so a static scanner such as
 * Electronegativity can read them): sandboxed, context-isolated, no Node, only our preload.
 */
function secureWindow(appPath: string, devTools: boolean, options: BrowserWindowConstructorOptions): BrowserWindow {
  return new BrowserWindow({
    ...options,
    webPreferences: {
      preload: join(appPath, 'out/preload/preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      devTools,
    },
  });
}

/** Loads an app page; a failed or aborted load (the projector closed while loading) is logged, never an unhandled rejection. */
function loadApp(win: BrowserWindow, url: string): void {
  win.loadURL(url).catch((err: unknown) => {
    const e = err as { code?: string; errno?: number; message?: string };
    if (e?.code === 'ERR_ABORTED' || e?.errno === -3) console.warn(`[windows] load of ${url} aborted (window closed or reloaded)`);
    else console.error(`[windows] could not load ${url}: ${e?.message ?? String(err)}`);
  });
}

/** Every webContents (windows, devtools, anything): no navigation off the app, no new windows, no webviews. */
export function hardenContents(contents: WebContents): void {
  const denyForeign = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', denyForeign);
  contents.on('will-redirect', denyForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

const WINDOWED_PROJECTOR = { width: 1280, height: 720 };

export class Windows {
  private console: BrowserWindow | null = null;
  private projector: BrowserWindow | null = null;
  /** The display the projector fills, or null when it is a plain window (one display only). */
  private projectorDisplayId: number | null = null;

  constructor(
    private readonly appPath: string,
    private readonly options: WindowOptions = { devTools: false },
  ) {}

  /** Follows projectors being plugged in and out while the app runs. Call once, after 'ready'. */
  watchDisplays(): void {
    screen.on('display-added', () => this.replaceProjector());
    screen.on('display-removed', () => this.replaceProjector());
  }

  all(): BrowserWindow[] {
    return [this.console, this.projector].filter((w): w is BrowserWindow => !!w && !w.isDestroyed());
  }

  consoleWindow(): BrowserWindow | null {
    return this.console && !this.console.isDestroyed() ? this.console : null;
  }

  openConsole(): BrowserWindow {
    const existing = this.consoleWindow();
    if (existing) return existing;
    const win = secureWindow(this.appPath, this.options.devTools, {
      width: 1440,
      height: 900,
      minWidth: 1024,
      minHeight: 680,
      title: '舆情应急演练台 DrillRoom',
      show: false,
      backgroundColor: '#ffffff',
    });
    win.once('ready-to-show', () => win.show());
    win.on('closed', () => {
      this.console = null;
      this.closeProjector();
    });
    this.console = win;
    loadApp(win, CONSOLE_URL);
    return win;
  }

  /** Brings the console to the front (a second launch of the app lands here). */
  focusConsole(): void {
    const win = this.consoleWindow() ?? this.openConsole();
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  }

  private projectorDisplay(): Display | null {
    return pickProjectorDisplay(screen.getAllDisplays(), this.consoleWindow()?.getBounds() ?? null);
  }

  /**
   * Full screen on a second display when there is one, a plain window otherwise. The window is created on the
   * display's bounds and made full screen once it is ready to show: `fullscreen` in the constructor is ignored on
   * Wayland, and with mixed DPI on Windows x/y alone can land on the wrong monitor.
   */
  openProjector(drillId: string): BrowserWindow {
    this.closeProjector();
    const display = this.projectorDisplay();
    const win = secureWindow(this.appPath, this.options.devTools, {
      ...(display ? display.bounds : WINDOWED_PROJECTOR),
      show: false,
      title: '投屏 DrillRoom',
      backgroundColor: '#000000',
      autoHideMenuBar: true,
    });
    this.projectorDisplayId = display?.id ?? null;
    win.once('ready-to-show', () => {
      const target = this.projectorDisplay();
      if (target) {
        win.setBounds(target.bounds);
        win.setFullScreen(true);
      }
      this.projectorDisplayId = target?.id ?? null;
      win.show();
    });
    win.on('closed', () => {
      if (this.projector === win) {
        this.projector = null;
        this.projectorDisplayId = null;
      }
    });
    this.projector = win;
    loadApp(win, projectorUrl(drillId));
    return win;
  }

  /** A display came or went: the open projector moves to the display it should fill now, or becomes a window on the console's. */
  private replaceProjector(): void {
    const win = this.projector;
    if (!win || win.isDestroyed()) return;
    const target = this.projectorDisplay();
    if ((target?.id ?? null) === this.projectorDisplayId) return;
    if (win.isFullScreen()) win.setFullScreen(false);
    if (target) {
      win.setBounds(target.bounds);
      win.setFullScreen(true);
    } else {
      const home = this.consoleWindow()?.getBounds() ?? screen.getPrimaryDisplay().bounds;
      win.setBounds({ x: home.x + 40, y: home.y + 40, ...WINDOWED_PROJECTOR });
    }
    this.projectorDisplayId = target?.id ?? null;
  }

  closeProjector(): void {
    const win = this.projector;
    this.projector = null;
    this.projectorDisplayId = null;
    if (win && !win.isDestroyed()) win.close();
  }

  projectorOpen(): boolean {
    return !!this.projector && !this.projector.isDestroyed();
  }
}
