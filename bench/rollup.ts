// Head office roll-up bench (`npm run bench:rollup`, also a step of `npm run bench`): 200 archives of ~150 entries
// from 8 branches, imported into a fresh database and the ledgers built, in a child process under /usr/bin/time.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { REPO_ROOT } from '../electron/app/paths';
import { fmt, log, met, workDir, type Figure } from './common';
import { BRANCHES, makeArchives } from './rollupMake';

const GOAL = { totalS: 30, rssMB: 300 };
const loadavg = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

export function benchRollup(count = 200, entries = 150): Figure[] {
  const dir = workDir('rollup');
  const folder = join(dir, 'archives');
  const made = makeArchives(folder, count, entries);
  log(`rollup: ${made.paths.length} archives, ${made.totalEntries} entries, ${BRANCHES.length} branches`);
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  const res = spawnSync('/usr/bin/time', ['-f', 'TIME %e %M', process.execPath, tsx, resolve(REPO_ROOT, 'bench/rollupChild.ts'), join(dir, 'hq'), folder], { encoding: 'utf8', cwd: REPO_ROOT });
  if (res.status !== 0) throw new Error(`bench/rollupChild.ts failed:\n${res.stderr}`);
  const m = /TIME ([\d.]+) (\d+)/.exec(res.stderr)!;
  const wallS = Number(m[1]);
  const rssMB = Number(m[2]) / 1024;
  const out = JSON.parse(res.stdout.trim().split('\n').pop()!) as { batchMs: number[]; archives: number; imported: number; failed: number; importMs: number; ledgerMs: number; rows: number; branches: number; improvements: number; workbookBytes: number };
  if (out.imported !== count || out.rows !== count) throw new Error(`rollup imported ${out.imported}, ledger rows ${out.rows}, of ${count}`);
  const what = `${count} archives × ~${Math.round(made.totalEntries / count)} entries (${made.totalEntries} in all), ${out.branches} branches`;
  const totalS = (out.importMs + out.ledgerMs) / 1000;
  return [
    {
      figure: `Head office roll-up, ${what}: import all (each verified, one transaction each) + drill ledger, improvement ledger and workbook`,
      goal: `≤ ${GOAL.totalS} s`,
      measured: `${fmt(totalS, 1)} s (import ${fmt(out.importMs / 1000, 1)} s = ${fmt(out.importMs / count, 1)} ms per archive, by quarter ${out.batchMs.map((b) => fmt(b / (count / 4), 0)).join(' / ')} ms; ledgers + xlsx ${fmt(out.ledgerMs / 1000, 2)} s; process wall with start-up ${fmt(wallS, 1)} s; load average ${loadavg()})`,
      met: met(totalS <= GOAL.totalS),
    },
    { figure: `Head office roll-up, ${what}: peak RSS of the process (/usr/bin/time)`, goal: `≤ ${GOAL.rssMB} MB`, measured: `${fmt(rssMB, 0)} MB`, met: met(rssMB <= GOAL.rssMB) },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = benchRollup(Number(process.env['ROLLUP_ARCHIVES'] ?? 200));
  for (const f of figures) process.stdout.write(`| ${f.figure} | ${f.goal} | ${f.measured} | ${f.met} |\n`);
}
