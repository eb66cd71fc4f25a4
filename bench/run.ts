// `npm run bench`: every speed figure of the product in one run, written to bench/results.md beside its goal.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { REPO_ROOT } from '../electron/app/paths';
import { benchAppend } from './append';
import { appendNotes } from './notes';
import { realClock, simulatedDrift } from './clock';
import { log, type Figure } from './common';
import { benchFsyncs } from './fsyncs';
import { benchMinutes } from './minutesChild';
import { benchMinutesLayout } from './minutesLayoutChild';
import { benchRendererSize } from './rendererSize';
import { benchReopen } from './reopen';
import { benchRollup } from './rollup';

const loadavg = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const sh = (cmd: string, args: string[]) => {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8' }).trim();
  } catch {
    return '?';
  }
};

const started = new Date();
const loadBefore = loadavg();
const figures: Figure[] = [];
const step = async (name: string, fn: () => Figure[] | Promise<Figure[]>) => {
  log(`${name}…`);
  const t = performance.now();
  figures.push(...(await fn()));
  log(`${name} done in ${((performance.now() - t) / 1000).toFixed(1)} s`);
};

const notes: string[] = [];
await step('durable append', () => {
  const a = benchAppend();
  notes.push(...appendNotes(a));
  return a.figures;
});
await step('fsyncs per append', benchFsyncs);
await step('reopen', benchReopen);
await step('clock drift (simulated)', () => [simulatedDrift()]);
await step('clock drift and inject lateness (real clock)', realClock);
await step('minutes', benchMinutes);
await step('minutes layout (issue 12)', benchMinutesLayout);
await step('renderer size', benchRendererSize);
await step('head office roll-up', () => benchRollup());

const cell = (s: string) => s.replace(/\|/g, '\\|');
const disk = sh('df', ['-h', '--output=source,fstype,size', resolve(REPO_ROOT, 'bench')]).split('\n').pop();
const md = [
  '# DrillRoom speed figures',
  '',
  `Written by \`npm run bench\` (bench/run.ts) on ${started.toISOString()}; one run, every figure from that run.`,
  '',
  '| figure | goal | measured | met |',
  '|---|---|---|---|',
  ...figures.map((f) => `| ${cell(f.figure)} | ${cell(f.goal)} | ${cell(f.measured)} | ${f.met} |`),
  '',
  ...(notes.length ? ['## Where a goal is missed, and why', '', ...notes, ''] : []),
  '## Machine',
  '',
  `- nproc: ${availableParallelism()} (${cpus()[0]?.model ?? '?'}), memory ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
  `- node ${process.version}, ${process.platform} ${process.arch}; kernel ${sh('uname', ['-r'])}`,
  `- disk of the work folder (bench/.work): ${disk}`,
  `- load average before: ${loadBefore}; after: ${loadavg()} (a shared machine: other jobs ran at the same time)`,
  `- date: ${started.toISOString()}; duration ${((Date.now() - started.getTime()) / 1000).toFixed(0)} s`,
  `- command: \`npm run bench\``,
  '',
].join('\n');
// Sections that benches run on their own write (bench:loop, bench:evidence: `<!-- name -->…<!-- /name -->`) are kept.
const kept = [...readFileSync(resolve(REPO_ROOT, 'bench/results.md'), 'utf8').matchAll(/<!-- ([\w-]+):[^\n]*-->\n[\s\S]*?<!-- \/\1 -->\n/g)].map((m) => m[0]);
writeFileSync(resolve(REPO_ROOT, 'bench/results.md'), [md.trimEnd(), ...kept].join('\n\n') + '\n');
process.stdout.write(md);
