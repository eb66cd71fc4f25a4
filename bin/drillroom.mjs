#!/usr/bin/env node
// The `drillroom` bin: runs the TypeScript CLI through tsx on plain Node.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsx = createRequire(import.meta.url).resolve('tsx/cli');
const res = spawnSync(process.execPath, [tsx, join(root, 'electron/cli/main.ts'), ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(res.status ?? 1);
