// The two windows (console, projector) with locked-down webPreferences, and the hardening every webContents gets.
import { join } from 'node:path';
import { BrowserWindow, screen, type BrowserWindowConstructorOptions, type WebContents } from 'electron';
import { CONSOLE_URL, isAppUrl, pickProjectorDisplay, projectorUrl } from '../app/navigation';

/**
 * Every window of the app is made here, with these webPreferences written out literally (so a static scanner such as
 * Electronegativity can read them): sandboxed, context-isolated, no Node, only our preload.
 */
function secureWindow(appPath: string, options: BrowserWindowConstructorOptions): BrowserWindow {
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
    },
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

export class Windows {
  private console: BrowserWindow | null = null;
  private projector: BrowserWindow | null = null;

  constructor(private readonly appPath: string) {}

  all(): BrowserWindow[] {
    return [this.console, this.projector].filter((w): w is BrowserWindow => !!w && !w.isDestroyed());
  }

  consoleWindow(): BrowserWindow | null {
    return this.console && !this.console.isDestroyed() ? this.console : null;
  }

  openConsole(): BrowserWindow {
    const existing = this.consoleWindow();
    if (existing) return existing;
    const win = secureWindow(this.appPath, {
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
    void win.loadURL(CONSOLE_URL);
    return win;
  }

  /** Brings the console to the front (a second launch of the app lands here). */
  focusConsole(): void {
    const win = this.consoleWindow() ?? this.openConsole();
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  }

  /** Full screen on a second display when there is one, a plain window otherwise. */
  openProjector(drillId: string): BrowserWindow {
    this.closeProjector();
    const display = pickProjectorDisplay(screen.getAllDisplays(), this.consoleWindow()?.getBounds() ?? null);
    const placement = display
      ? { x: display.bounds.x, y: display.bounds.y, width: display.bounds.width, height: display.bounds.height, fullscreen: true }
      : { width: 1280, height: 720, fullscreen: false };
    const win = secureWindow(this.appPath, {
      ...placement,
      title: '投屏 DrillRoom',
      backgroundColor: '#000000',
      autoHideMenuBar: true,
    });
    win.on('closed', () => {
      if (this.projector === win) this.projector = null;
    });
    this.projector = win;
    void win.loadURL(projectorUrl(drillId));
    return win;
  }

  closeProjector(): void {
    const win = this.projector;
    this.projector = null;
    if (win && !win.isDestroyed()) win.close();
  }

  projectorOpen(): boolean {
    return !!this.projector && !this.projector.isDestroyed();
  }
}
