// The BUILT main bundle (out/main/main.js) booted by Node's own ESM loader with 'electron' resolved to the fake: menu, data folder, loads, projector placement.
import { describe, it, expect, afterAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO, type Display } from '../fakeElectron';
import type { BootReport, BootScenario } from './bootMain';

const MAIN = join(REPO, 'out/main/main.js');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function temp(): string {
  const d = mkdtempSync(join(tmpdir(), 'drillroom-boot-'));
  dirs.push(d);
  return d;
}

function boot(scenario: Partial<BootScenario> = {}): BootReport {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: build first (npm run build; npm test does)`);
  const full: BootScenario = { userData: temp(), ...scenario };
  const out = execFileSync(
    process.execPath,
    ['--import', pathToFileURL(join(REPO, 'node_modules/tsx/dist/esm/index.mjs')).href, '--import', join(REPO, 'tests/shell/built/register.mjs'), join(REPO, 'tests/shell/built/bootMain.ts'), JSON.stringify(full)],
    // A scratch working folder: a Windows path booted on Linux must not leave anything in the checkout.
    { cwd: temp(), encoding: 'utf8', timeout: 60_000, env: { ...process.env, ELECTRON_RUN_AS_NODE: '' } },
  );
  const line = out.split('\n').find((l) => l.startsWith('BOOT-REPORT '));
  if (!line) throw new Error(`no report from the booted bundle:\n${out}`);
  return JSON.parse(line.slice('BOOT-REPORT '.length)) as BootReport;
}

const LAPTOP: Display = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } };
/** A projector to the right, as Windows lays out a 4:3 beamer beside a laptop. */
const BEAMER: Display = { id: 2, bounds: { x: 1920, y: 0, width: 1024, height: 768 } };

describe('the built main bundle', () => {
  it('replaces Electron’s default menu before ready: no File/Edit/View, no Reload, no Toggle Developer Tools, no Help links', () => {
    const r = boot();
    expect(r.menus).toEqual([null]);
    expect(r.defaultMenuShown).toBe(false);
    expect(r.windows[0]!.loaded).toEqual(['drillroom://app/index.html']);
  });

  it('has no developer tools in the packaged app (and keeps them for a development run)', () => {
    expect(boot({ packaged: true }).windows.map((w) => w.devTools)).toEqual([false]);
    expect(boot({ packaged: false }).windows.map((w) => w.devTools)).toEqual([true]);
  });

  it('groups the taskbar with the installer’s shortcut (AppUserModelId = appId)', () => {
    expect(boot().appUserModelId).toBe('cn.drillroom.app');
  });

  it('on Windows keeps the journal under %LOCALAPPDATA% (not Roaming), set before the single-instance lock', () => {
    const r = boot({ platform: 'win32', env: { LOCALAPPDATA: 'C:\\Users\\li.ming\\AppData\\Local', APPDATA: 'C:\\Users\\li.ming\\AppData\\Roaming' } });
    expect(r.setPaths).toEqual([{ name: 'userData', path: 'C:\\Users\\li.ming\\AppData\\Local\\DrillRoom', beforeLock: true }]);
    expect(r.errorBoxes).toEqual([]);
  });

  it('on Linux keeps Electron’s local default folder', () => {
    const r = boot({ platform: 'linux' });
    expect(r.setPaths).toEqual([]);
    expect(r.errorBoxes).toEqual([]);
  });

  it('refuses a data folder on a network share, in Chinese, naming it, and quits', () => {
    const r = boot({ platform: 'win32', env: { LOCALAPPDATA: '\\\\fs01\\profiles$\\li.ming\\AppData\\Local' } });
    expect(r.exit).toEqual([1]);
    expect(r.errorBoxes).toHaveLength(1);
    expect(r.errorBoxes[0]!.content).toContain('网络共享');
    expect(r.errorBoxes[0]!.content).toContain('\\\\fs01\\profiles$\\li.ming\\AppData\\Local\\DrillRoom');
    expect(r.windows).toEqual([]);
  });

  it('a load that Chromium aborts (projector toggled quickly) is logged, not an unhandled rejection', () => {
    const r = boot({ loadAborts: true, displays: [LAPTOP, BEAMER], steps: [{ projector: true }, { projector: false }, { projector: true }] });
    expect(r.unhandled).toEqual([]);
    expect(r.logs.filter((l) => l.includes('aborted')).length).toBeGreaterThanOrEqual(3);
  });

  it('keeps the journal off the main loop: neither main.js nor a chunk it loads imports better-sqlite3; core.js does', () => {
    const importsOf = (file: string): string[] => [...readFileSync(file, 'utf8').matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]!);
    const seen = new Set<string>();
    const walk = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const spec of importsOf(file)) if (spec.startsWith('.')) walk(join(dirname(file), spec));
    };
    walk(MAIN);
    const loaded = [...seen].flatMap(importsOf);
    expect(loaded).toContain('node:worker_threads');
    expect(loaded).not.toContain('better-sqlite3');
    expect(importsOf(join(REPO, 'out/main/core.js'))).toContain('better-sqlite3');
  });

  it('runs the journal in its built core worker: a drill created over IPC is in the checkpointed journal after quit, and quit waits for the close', () => {
    const r = boot({ displays: [LAPTOP], steps: [{ projector: true }] });
    expect(r.unhandled).toEqual([]);
    expect(r.errorBoxes).toEqual([]);
    expect(r.quit).toEqual({ prevented: 1, quitAgain: true, entries: 1 });
  });

  it('creates the projector on the second display’s bounds and goes full screen only when ready to show', () => {
    const r = boot({ displays: [LAPTOP, BEAMER], steps: [{ projector: true }, { readyToShow: 'projector' }] });
    const projector = r.windows.find((w) => w.title === '投屏 DrillRoom')!;
    expect(projector.fullscreenOption).toBeUndefined();
    expect(projector.bounds).toEqual(BEAMER.bounds);
    expect(projector.fullScreenCalls).toEqual([true]);
    expect(projector.shown).toBe(true);
  });

  it('follows the projector cable: unplugged, it becomes a window beside the console; plugged in, it fills the new display', () => {
    const r = boot({
      displays: [LAPTOP, BEAMER],
      steps: [
        { projector: true },
        { readyToShow: 'projector' },
        { displays: [LAPTOP], event: 'display-removed' },
        { displays: [LAPTOP, { ...BEAMER, id: 3 }], event: 'display-added' },
      ],
    });
    const projector = r.windows.find((w) => w.title === '投屏 DrillRoom')!;
    expect(projector.fullScreenCalls).toEqual([true, false, true]);
    expect(projector.fullScreen).toBe(true);
    expect(projector.bounds).toEqual(BEAMER.bounds);
    expect(projector.destroyed).toBe(false);
  });
});
