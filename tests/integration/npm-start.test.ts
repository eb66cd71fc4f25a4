// `npm start` where the Electron binary is missing: one plain line, then the same app in the browser host on loopback, its URL printed.
import { describe, it, expect, afterAll } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../../electron/app/paths';

const hasElectronBinary = (() => {
  try {
    const p = createRequire(import.meta.url)('electron') as unknown;
    return typeof p === 'string' && existsSync(p);
  } catch {
    return false;
  }
})();
const home = mkdtempSync(join(tmpdir(), 'drillroom-start-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

describe('npm start without the Electron binary', () => {
  it.skipIf(hasElectronBinary)('says so in one line and serves the app on loopback, in the local data folder', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/host/start.ts'], {
      cwd: REPO_ROOT,
      env: { ...process.env, XDG_CONFIG_HOME: home, DISPLAY: '', WAYLAND_DISPLAY: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed:\n${out}\n${err}`)), 30_000);
      child.stdout.on('data', (d) => {
        out += d;
        const m = /Open: (http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
      child.on('exit', (code) => reject(new Error(`exited with ${code}:\n${out}\n${err}`)));
    });
    try {
      const lines = out.trim().split('\n');
      expect(lines[0]).toMatch(/^未安装 Electron 程序文件.*No Electron binary installed/);
      expect(out).not.toMatch(/Error|at .*\(/);
      expect(err).not.toMatch(/Electron failed to install correctly/);
      expect(out).toContain(join(home, 'DrillRoom'));
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
    } finally {
      child.kill('SIGTERM');
    }
  }, 60_000);
});
