// Builds the renderer alone (same settings as electron.vite.config.ts's renderer) when out/renderer is missing or
// older than its sources, so the e2e suite and the screenshots script always drive the current UI.
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { REPO_ROOT } from '../../electron/app/paths';

export const RENDERER_DIR = resolve(REPO_ROOT, 'out/renderer');

function newest(dir: string): number {
  let t = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    t = Math.max(t, s.isDirectory() ? newest(p) : s.mtimeMs);
  }
  return t;
}

export function rendererIsStale(): boolean {
  const index = join(RENDERER_DIR, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return newest(resolve(REPO_ROOT, 'renderer')) > built || newest(resolve(REPO_ROOT, 'shared')) > built;
}

/** Build once even when several test files ask at the same time (a lock directory serialises them). */
export async function ensureRendererBuilt(): Promise<string> {
  if (!rendererIsStale()) return RENDERER_DIR;
  const lock = resolve(REPO_ROOT, 'out/.renderer-build.lock');
  mkdirSync(resolve(REPO_ROOT, 'out'), { recursive: true });
  for (let i = 0; ; i++) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (i > 600) throw new Error(`renderer build lock held too long: ${lock}`);
      await new Promise((ok) => setTimeout(ok, 100));
      if (!rendererIsStale()) return RENDERER_DIR;
    }
  }
  // vitest sets NODE_ENV=test, which would otherwise give React's development build.
  const nodeEnv = process.env['NODE_ENV'];
  try {
    if (!rendererIsStale()) return RENDERER_DIR;
    process.env['NODE_ENV'] = 'production';
    const { build } = await import('vite');
    const react = (await import('@vitejs/plugin-react')).default;
    await build({
      configFile: false,
      root: resolve(REPO_ROOT, 'renderer'),
      base: './',
      mode: 'production',
      plugins: [react()],
      logLevel: 'warn',
      build: { outDir: RENDERER_DIR, emptyOutDir: true, minify: true, rolldownOptions: { input: resolve(REPO_ROOT, 'renderer/index.html') } },
    });
    return RENDERER_DIR;
  } finally {
    if (nodeEnv === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = nodeEnv;
    rmdirSync(lock);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(REPO_ROOT, 'tests/e2e/buildRenderer.ts')) {
  await ensureRendererBuilt();
  console.log(`renderer built in ${RENDERER_DIR}`);
}
