// Packaging smoke test: electron-builder --dir against a staged Electron folder; the asar holds the app and nothing of the workshop.
import { describe, it, expect, afterAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { arch } from 'node:os';
import { extractFile, listPackage, statFile } from '@electron/asar';
import { MACHINE_OF_ARCH, OLDEST_SUPPORTED, machineOf, newestSymbolVersions, objdumpT, tooNewFor } from './native';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const ELECTRON_DIST = process.env['DRILLROOM_ELECTRON_DIST'];
const REBUILD = process.env['DRILLROOM_ELECTRON_REBUILD'] === '1';
/** A fuse is an ASCII byte in the binary's fuse wire: '0' off, '1' on. */
const FuseState = { DISABLE: 0x30, ENABLE: 0x31 } as const;
const NATIVE = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';

if (!ELECTRON_DIST)
  console.log('[packaging] skipped: DRILLROOM_ELECTRON_DIST is not set (a folder with an Electron build, or a stub `electron` file, enables the electron-builder --dir smoke test)');

const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };

/** The module version a native addon was built for, from its exported node_register_module_v<N> symbol. */
function abiOf(file: string): number | null {
  const m = /node_register_module_v(\d+)/.exec(readFileSync(file).toString('latin1'));
  return m ? Number(m[1]) : null;
}

const outputs: string[] = [];
afterAll(() => outputs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function packageApp(electronDist: string): string {
  const output = mkdtempSync(join(tmpdir(), 'drillroom-pack-'));
  outputs.push(output);
  const run = (args: string[]) => {
    try {
      execFileSync('npx', args, { cwd: REPO, stdio: 'pipe', env: { ...process.env, ELECTRON_BUILDER_OFFLINE: 'true' } });
    } catch (err) {
      const e = err as { stdout?: Buffer; stderr?: Buffer };
      const tail = `${e.stdout?.toString() ?? ''}${e.stderr?.toString() ?? ''}`.split('\n').slice(-25).join('\n');
      throw new Error(`npx ${args.join(' ')} failed:\n${tail}`);
    }
  };
  run(['electron-vite', 'build']);
  const backup = join(output, 'better_sqlite3.node.node-build');
  copyFileSync(join(REPO, NATIVE), backup);
  try {
    run([
      'electron-builder', '--linux', 'dir', '--config', 'electron-builder.yml',
      `-c.electronDist=${electronDist}`, `-c.npmRebuild=${REBUILD}`, `-c.directories.output=${output}`,
    ]);
  } finally {
    copyFileSync(backup, join(REPO, NATIVE)); // a rebuild for Electron happens in place; tests on Node need Node's build back
  }
  return join(output, 'linux-unpacked');
}

describe('the packaged app', () => {
  it.skipIf(!ELECTRON_DIST)(
    ELECTRON_DIST
      ? `electron-builder --dir with ${ELECTRON_DIST}: app.asar holds the app only, the native module is unpacked, packs and fuses are in place`
      : 'electron-builder --dir smoke test — skipped: set DRILLROOM_ELECTRON_DIST to a staged Electron folder',
    async () => {
      const appDir = packageApp(ELECTRON_DIST!);
      const resources = join(appDir, 'resources');
      const asar = join(resources, 'app.asar');
      const files = listPackage(asar, { isPack: false }).map((f) => f.replace(/\\/g, '/'));

      // the app itself
      for (const f of ['/package.json', '/out/main/main.js', '/out/preload/preload.cjs', '/out/renderer/index.html']) expect(files).toContain(f);
      // nothing of the workshop
      for (const dir of ['tests', 'bench', 'electron', 'renderer', 'shared', 'docs', 'scripts', 'resources', 'node_modules/.bin'])
        expect(files.filter((f) => f.startsWith(`/${dir}/`)), dir).toEqual([]);
      for (const dev of Object.keys(pkg.devDependencies))
        expect(files.filter((f) => f === `/node_modules/${dev}` || f.startsWith(`/node_modules/${dev}/`)), dev).toEqual([]);
      expect(files.filter((f) => /\/node_modules\/better-sqlite3\/(src|deps)\//.test(f))).toEqual([]);
      expect(files.filter((f) => !f.startsWith('/node_modules/') && /\.(test|spec)\.[cm]?[jt]sx?$|\/fixtures?\//.test(f)), 'tests').toEqual([]);

      // the preload Electron loads in its sandbox requires nothing but 'electron'
      const preload = extractFile(asar, 'out/preload/preload.cjs').toString('utf8');
      expect([...preload.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1])).toEqual(['electron']);

      // the native module lives outside the archive
      const native = files.find((f) => f.endsWith('/better_sqlite3.node'))!;
      expect(native).toBe('/node_modules/better-sqlite3/build/Release/better_sqlite3.node');
      expect((statFile(asar, native.slice(1)) as { unpacked?: boolean }).unpacked).toBe(true);
      const unpacked = join(resources, 'app.asar.unpacked', native);
      expect(existsSync(unpacked)).toBe(true);

      // built for the package's CPU (this host's: the config names no foreign arch) …
      expect(machineOf(unpacked)).toBe(MACHINE_OF_ARCH[arch()]);
      // … and for the oldest distribution we support, when this is a release build (rebuilt for Electron)
      const tooNew = tooNewFor(objdumpT(unpacked));
      const newest = newestSymbolVersions(objdumpT(unpacked));
      expect(newest.GLIBC, 'GLIBC versions read from the module').toMatch(/^2\.\d+/);
      if (REBUILD) expect(tooNew, `needs more than ${OLDEST_SUPPORTED.name} has`).toEqual([]);
      else if (tooNew.length)
        console.log(`[packaging] better_sqlite3.node needs ${tooNew.join(', ')}: it would not load on ${OLDEST_SUPPORTED.name}. Release builds must be made on a Debian 10 / UOS 20 build host (docs/offline-build.md); this smoke build is not one.`);

      // the built-in scenario packs, where process.resourcesPath/scenarios finds them
      expect(readdirSync(join(resources, 'scenarios')).sort()).toEqual(readdirSync(join(REPO, 'resources/scenarios')).filter((f) => f.endsWith('.json')).sort());

      // fuses flipped in the binary
      const wire = await getCurrentFuseWire(join(appDir, 'drillroom'));
      expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
      expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
      expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
      expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
      expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
      expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);

      // the ABI of the packaged native module
      const electronAbi = Number(readFileSync(join(REPO, 'node_modules/electron/abi_version'), 'utf8').trim());
      const packagedAbi = abiOf(unpacked);
      if (REBUILD) expect(packagedAbi).toBe(electronAbi);
      else {
        expect(packagedAbi).toBe(Number(process.versions.modules));
        console.log(`[packaging] better_sqlite3.node is built for ABI ${packagedAbi} (Node), Electron needs ${electronAbi}: installers must be built with npmRebuild (DRILLROOM_ELECTRON_REBUILD=1 here), see docs/offline-build.md`);
      }
    },
    300_000,
  );
});
