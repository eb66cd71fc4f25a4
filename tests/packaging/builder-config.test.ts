// electron-builder.yml read as the installers will be built: a strict per-user NSIS, Linux packages for the build host's CPU only, deb first.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
// electron-builder reads its config with js-yaml; read it the same way.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
type Target = { target: string; arch?: string[] };
const config = yaml.load(readFileSync(`${REPO}/electron-builder.yml`, 'utf8')) as {
  appId: string;
  nsis: Record<string, unknown>;
  win: { requestedExecutionLevel: string; target: Target[] };
  linux: { target: Target[] };
};

describe('the installer configuration', () => {
  it('NSIS installs for the current user only, never asks for admin rights and offers no folder (Program Files would need them)', () => {
    expect(config.nsis['oneClick']).toBe(true); // an assisted installer with perMachine:false shows the per-machine/per-user page
    expect(config.nsis['perMachine']).toBe(false);
    expect(config.nsis['allowElevation']).toBe(false);
    expect(config.nsis['allowToChangeInstallationDirectory'] ?? false).toBe(false);
    expect(config.win.requestedExecutionLevel).toBe('asInvoker');
  });

  it('Linux packages carry no arch list: each is built for its build host’s CPU (node-gyp does not cross-compile better-sqlite3)', () => {
    for (const t of config.linux.target) expect(t.arch, t.target).toBeUndefined();
    expect(config.linux.target.map((t) => t.target)).toEqual(['deb', 'AppImage']);
  });

  it('the taskbar id the app sets is the installer’s appId', () => {
    const main = readFileSync(`${REPO}/electron/shell/main.ts`, 'utf8');
    expect(main).toContain(`APP_USER_MODEL_ID = '${config.appId}'`);
  });
});
