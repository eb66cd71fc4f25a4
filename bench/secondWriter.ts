// Time to refuse a second writer: a live writer in a child process, then Journal.open and a whole `cli demo` against it.
// Run alone: `npx tsx bench/secondWriter.ts` (not part of `npm run bench`, whose results file other work also updates).
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../electron/app/paths';
import { Journal } from '../electron/journal/journal';
import { fmt, median, workDir } from './common';

const ROUNDS = 50;
const CLI_ROUNDS = 5;
const tsxLoader = createRequire(import.meta.url).resolve('tsx');

const dir = workDir('second-writer');
const dbPath = join(dir, 'drillroom.db');
const writer = spawn(process.execPath, ['--import', tsxLoader, join(REPO_ROOT, 'tests/fixtures/liveWriter.ts'), dir], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise<void>((ok) => writer.stdout.on('data', (c: Buffer) => c.toString().includes('ready') && ok()));

const refuse = (): number => {
  const t = performance.now();
  try {
    Journal.open(dbPath).close();
  } catch (e) {
    if ((e as { payload?: { key?: string } }).payload?.key === 'db_busy.writer') return performance.now() - t;
    throw e;
  }
  throw new Error('the second writer was let in');
};
const opens = Array.from({ length: ROUNDS }, refuse);

const cliRun = (args: string[]) => {
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--import', tsxLoader, join(REPO_ROOT, 'electron/cli/main.ts'), ...args], { encoding: 'utf8' });
  return { ms: performance.now() - t, code: r.status };
};
const demo = Array.from({ length: CLI_ROUNDS }, () => cliRun(['demo', '--scenario', 'anonymous-email', '--db', dbPath]));
const baseline = Array.from({ length: CLI_ROUNDS }, () => cliRun(['scenarios']));
writer.kill('SIGKILL');
rmSync(dir, { recursive: true, force: true });

if (demo.some((d) => d.code !== 1)) throw new Error('cli demo was not refused with exit 1');
console.log(`Journal.open refused: median ${fmt(median(opens))} ms, max ${fmt(Math.max(...opens))} ms (${ROUNDS} tries)`);
console.log(
  `cli demo refused (whole process): median ${fmt(median(demo.map((d) => d.ms)), 0)} ms; ` +
    `cli scenarios for comparison: median ${fmt(median(baseline.map((d) => d.ms)), 0)} ms (${CLI_ROUNDS} runs each)`,
);
