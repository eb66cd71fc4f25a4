// Boots the BUILT main bundle (out/main/main.js) against the fake 'electron', plays one scenario, prints what the shell did as JSON.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { existsSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { channelOf } from '../../../shared/ipc/names';
import { fake, REPO, type Display, type FakeBrowserWindow } from '../fakeElectron';

export interface BootScenario {
  userData: string;
  platform?: NodeJS.Platform;
  env?: Record<string, string>;
  packaged?: boolean;
  displays?: Display[];
  /** Every loadURL rejects as an aborted load does. */
  loadAborts?: boolean;
  /** Steps after ready, in order. */
  steps?: Array<
    | { projector: boolean }
    | { readyToShow: 'projector' | 'console' }
    | { displays: Display[]; event: 'display-added' | 'display-removed' }
  >;
}

export interface BootReport {
  menus: (null | 'menu')[];
  defaultMenuShown: boolean;
  appUserModelId: string | null;
  setPaths: { name: string; path: string; beforeLock: boolean }[];
  errorBoxes: { title: string; content: string }[];
  exit: number[];
  windows: { title: string; devTools: unknown; fullscreenOption: unknown; bounds: unknown; fullScreen: boolean; fullScreenCalls: boolean[]; shown: boolean; loaded: string[]; destroyed: boolean }[];
  unhandled: string[];
  logs: string[];
  /** What quitting did: held the quit for the core's close, quit again, and left these entries in a checkpointed journal. */
  quit?: { prevented: number; quitAgain: boolean; entries: number | null };
}

/** Entries in the data folder's journal after quit, read from the main file alone (null: no journal). */
function entriesIn(dir: string): number | null {
  const path = join(dir, 'drillroom.db');
  if (!existsSync(path)) return null;
  // The WAL must be empty after a clean close: read the main file without it.
  const walSize = existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : 0;
  if (walSize > 0) return -1;
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM entries').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

const tick = () => new Promise((r) => setTimeout(r, 20));

async function main(): Promise<void> {
  const scenario = JSON.parse(process.argv[2]!) as BootScenario;
  const f = fake();
  const unhandled: string[] = [];
  const logs: string[] = [];
  process.on('unhandledRejection', (reason) => unhandled.push(String((reason as Error)?.message ?? reason)));
  for (const level of ['log', 'warn', 'error'] as const) console[level] = (...args: unknown[]) => logs.push(`${level}: ${args.map(String).join(' ')}`);

  f.userData = scenario.userData;
  f.isPackaged = scenario.packaged ?? false;
  if (scenario.displays) f.displays = scenario.displays;
  if (scenario.loadAborts) f.loadUrlRejects = { code: 'ERR_ABORTED', errno: -3 };
  if (scenario.platform) Object.defineProperty(process, 'platform', { value: scenario.platform });
  Object.assign(process.env, scenario.env ?? {});
  (process as { resourcesPath?: string }).resourcesPath = join(REPO, 'resources');

  await import(pathToFileURL(join(REPO, 'out/main/main.js')).href);
  f.fireReady();
  // The shell opens its console once the core worker has composed the services (or shows why it could not).
  for (let waited = 0; f.windows.length === 0 && f.errorBoxes.length === 0 && f.calls.exit.length === 0 && waited < 30_000; waited += 20) await tick();

  const frame = { senderFrame: { url: 'drillroom://app/index.html', parent: null } };
  const call = (name: Parameters<typeof channelOf>[0], input: unknown) => f.ipcHandlers.get(channelOf(name))?.(frame, input);
  const projector = () => f.windows.filter((w) => w.options['title'] === '投屏 DrillRoom').at(-1);
  let drillId: string | undefined;
  for (const step of scenario.steps ?? []) {
    if ('projector' in step) {
      drillId ??= (await call('drill.create', { scenarioId: 'anonymous-email', facts: { name: '投屏测试', place: '三楼会议室' } })).value.drillId;
      const reply = await call('window.projector', { drillId, open: step.projector });
      if (!reply?.ok) throw new Error(`window.projector: ${JSON.stringify(reply)}`);
    } else if ('readyToShow' in step) {
      const win = step.readyToShow === 'projector' ? projector() : f.windows[0];
      win?.emit('ready-to-show');
    } else {
      f.displays = step.displays;
      f.screen.emit(step.event, {}, step.displays.at(-1));
    }
    await tick();
  }

  const report: BootReport = {
    menus: f.applicationMenus.map((m) => (m === null ? null : 'menu')),
    defaultMenuShown: f.defaultMenuShown,
    appUserModelId: f.appUserModelId,
    setPaths: f.setPaths,
    errorBoxes: f.errorBoxes,
    exit: f.calls.exit,
    windows: f.windows.map((w: FakeBrowserWindow) => ({
      title: String(w.options['title']),
      devTools: w.options['webPreferences']?.devTools,
      fullscreenOption: w.options['fullscreen'],
      bounds: w.getBounds(),
      fullScreen: w.fullScreen,
      fullScreenCalls: w.fullScreenCalls,
      shown: w.shown,
      loaded: w.loaded,
      destroyed: w.destroyed,
    })),
    unhandled,
    logs,
  };
  // Quit waits for the core to close the journal, then quits again.
  let prevented = 0;
  const quits = f.calls.quit;
  f.app.emit('before-quit', { preventDefault: () => (prevented += 1) });
  for (let waited = 0; prevented > 0 && f.calls.quit === quits && waited < 30_000; waited += 20) await tick();
  report.quit = { prevented, quitAgain: f.calls.quit > quits, entries: entriesIn(scenario.userData) };
  process.stdout.write(`\nBOOT-REPORT ${JSON.stringify(report)}\n`);
  process.exit(0);
}

main().catch((err: unknown) => {
  process.stderr.write(`boot failed: ${(err as Error)?.stack ?? String(err)}\n`);
  process.exit(2);
});
