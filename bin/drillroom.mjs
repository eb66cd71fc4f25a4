#!/usr/bin/env node
// The `drillroom` bin: runs the built CLI (out/cli/drillroom.mjs, from `npm run build`), or the sources through tsx.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'out/cli/drillroom.mjs');
if (existsSync(built)) {
  const { runCli } = await import(pathToFileURL(built).href);
  process.exitCode = await runCli(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l) });
} else {
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  const res = spawnSync(process.execPath, [tsx, join(root, 'electron/cli/main.ts'), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(res.status ?? 1);
}
