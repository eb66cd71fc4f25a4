#!/usr/bin/env node
/* global URL, window */
// npm run check:electron — a short drill in the REAL desktop app through Playwright's Electron launcher; says plainly that it skipped when no Electron binary is installed.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    return require('electron'); // the path of the binary; throws when the install skipped the download
  } catch {
    return null;
  }
}

const binary = electronBinary();
if (!binary) {
  console.log('check:electron SKIPPED — no Electron binary in node_modules/electron (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1).');
  console.log('Nothing was checked. On a machine with Electron (npm ci without that variable), run it again, then docs/desktop-check.md.');
  process.exit(0);
}

const { _electron } = require('playwright-core');
const home = mkdtempSync(join(tmpdir(), 'drillroom-electron-check-'));
// A fresh data folder: Linux userData is $XDG_CONFIG_HOME/DrillRoom, Windows %LOCALAPPDATA%\DrillRoom.
const env = { ...process.env, XDG_CONFIG_HOME: home, LOCALAPPDATA: home, ELECTRON_ENABLE_LOGGING: '1' };
let failures = 0;
const check = (ok, what) => {
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${what}`);
  if (!ok) failures += 1;
};

async function launch() {
  const app = await _electron.launch({ executablePath: binary, args: [REPO], env, timeout: 60_000 });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return { app, page };
}

const call = (page, name, input) =>
  page.evaluate(async ([n, i]) => {
    const reply = await window.drillroom.call(n, i);
    if (!reply.ok) throw new Error(`${n}: ${JSON.stringify(reply.error)}`);
    return reply.value;
  }, [name, input]);

try {
  let { app, page } = await launch();
  check(await page.evaluate(() => typeof window.drillroom?.call === 'function'), 'the sandboxed preload exposed window.drillroom');
  check((await page.locator('[data-testid=bridge-missing]').count()) === 0, 'no "cannot reach the app" page');
  check(await app.evaluate(({ Menu }) => Menu.getApplicationMenu() === null), 'no application menu (no Reload, no Toggle Developer Tools)');
  check(await app.evaluate(({ app: a }) => a.getPath('userData')).then((p) => p.startsWith(home)), 'the journal is in the fresh local data folder');

  const { drillId } = await call(page, 'drill.create', { scenarioId: 'anonymous-email', facts: { name: '桌面版自检演练', place: '自检' } });
  await call(page, 'clock.start', { drillId });
  const snapshot = await call(page, 'drill.open', { drillId });
  const roleId = snapshot.state.scenario.roles[0].id;
  await call(page, 'entry.log', { drillId, kind: 'observation', roleId, text: '自检记录:桌面版写入日志' }).catch((e) => check(false, `entry.log: ${e.message}`));
  await call(page, 'phase.next', { drillId });

  const projectorWindow = app.waitForEvent('window', { timeout: 15_000 });
  await call(page, 'window.projector', { drillId, open: true });
  const projector = await projectorWindow;
  await projector.waitForLoadState('domcontentloaded');
  check(projector.url().includes('#/projector'), `the projector window opened (${projector.url()})`);
  await call(page, 'window.projector', { drillId, open: false });
  await call(page, 'clock.finish', { drillId });
  const before = (await call(page, 'drill.open', { drillId })).entries.length;
  await app.close();

  ({ app, page } = await launch());
  const after = (await call(page, 'drill.open', { drillId })).entries.length;
  check(after === before, `after a restart the drill has all ${before} entries (found ${after})`);
  await app.close();
} catch (err) {
  check(false, `the drill ran to the end: ${err?.stack ?? err}`);
} finally {
  rmSync(home, { recursive: true, force: true });
}
console.log(failures ? `check:electron FAILED (${failures})` : 'check:electron passed — now do the manual part: docs/desktop-check.md');
process.exit(failures ? 1 : 0);
