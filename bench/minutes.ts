// Benchmark: minutes of a demo drill padded to 5,000 entries — build time, peak memory, LibreOffice conversion.
// Run: npx tsx bench/minutes.ts [--pad 5000] [--scenario anonymous-email]. Prints a markdown table.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { composeServices } from '../electron/app/compose';
import { headlessPorts } from '../electron/app/headlessPorts';
import { REPO_ROOT, SOURCE_RESOURCES } from '../electron/app/paths';
import { SimulatedClock } from '../electron/clock/simulatedClock';
import { runDemo } from '../electron/drill/demo';
import { buildMinutes } from '../electron/minutes/build';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const PAD = Number(arg('pad', '5000'));
const SCENARIO = arg('scenario', 'anonymous-email');
const GOAL = { buildS: 1.5, rssMB: 200, sofficeS: 60 };

const dir = mkdtempSync(join(tmpdir(), 'drillroom-bench-minutes-'));
const db = join(dir, 'bench.db');
const tsx = createRequire(import.meta.url).resolve('tsx/cli');
const cli = resolve(REPO_ROOT, 'electron/cli/main.ts');

/** Run a command under /usr/bin/time: wall seconds and peak RSS in MB. */
function timed(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): { wallS: number; rssMB: number } {
  const res = spawnSync('/usr/bin/time', ['-f', 'TIME %e %M', cmd, ...args], { encoding: 'utf8', env, cwd: REPO_ROOT });
  if (res.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${res.stderr}`);
  const m = /TIME ([\d.]+) (\d+)/.exec(res.stderr)!;
  return { wallS: Number(m[1]), rssMB: Number(m[2]) / 1024 };
}

try {
  const clock = new SimulatedClock();
  const services = composeServices({ dataDir: dir, dbPath: db, resourcesDir: SOURCE_RESOURCES, ports: headlessPorts(dir), clock, live: false });
  const drillId = runDemo(services.drills, clock, services.scenarios.get(SCENARIO), { padTo: PAD });
  const entries = services.drills.entries(drillId);
  services.close();

  // In this process: the build itself (the journal already read), first and second run.
  let t0 = performance.now();
  const bytes = await buildMinutes(entries, { exportedAt: clock.now(), draft: false });
  const firstS = (performance.now() - t0) / 1000;
  t0 = performance.now();
  await buildMinutes(entries, { exportedAt: clock.now(), draft: false });
  const secondS = (performance.now() - t0) / 1000;

  // The real command as a child: the built CLI (`npm run build` makes out/cli/drillroom.mjs, what the
  // `drillroom` bin runs), then through tsx (`npm run cli`, start-up included) for comparison.
  const docx = join(dir, 'bench.docx');
  const built = resolve(REPO_ROOT, 'out/cli/drillroom.mjs');
  if (!existsSync(built)) execFileSync('npx', ['vite', 'build', '--config', 'cli.vite.config.ts'], { cwd: REPO_ROOT, stdio: 'ignore' });
  const run = timed(process.execPath, [built, 'minutes', db, '--out', docx]);
  const viaTsx = timed(process.execPath, [tsx, cli, 'minutes', db, '--out', docx]);
  const idle = timed(process.execPath, [tsx, cli, 'help']);

  const lo = timed(
    'soffice',
    [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx],
    { ...process.env, FONTCONFIG_FILE: resolve(REPO_ROOT, 'tests/fixtures/fontconfig/fonts.conf') },
  );
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(dir, 'bench.pdf')], { encoding: 'utf8' }))![1]);
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

  const f = (n: number, d = 2) => n.toFixed(d);
  const met = (ok: boolean) => (ok ? 'yes' : 'no');
  const rows = [
    ['build minutes in process (first run)', `≤ ${GOAL.buildS} s`, `${f(firstS)} s`, met(firstS <= GOAL.buildS)],
    ['build minutes in process (second run)', `≤ ${GOAL.buildS} s`, `${f(secondS)} s`, met(secondS <= GOAL.buildS)],
    ['`drillroom minutes` wall (built CLI, out/cli/drillroom.mjs)', `≤ ${GOAL.buildS} s`, `${f(run.wallS)} s`, met(run.wallS <= GOAL.buildS)],
    ['`npm run cli -- minutes` wall (tsx start-up included)', '—', `${f(viaTsx.wallS)} s`, '—'],
    ['`cli help` wall (tsx start-up alone)', '—', `${f(idle.wallS)} s`, '—'],
    ['`drillroom minutes` peak RSS (built CLI)', `≤ ${GOAL.rssMB} MB`, `${f(run.rssMB, 0)} MB`, met(run.rssMB <= GOAL.rssMB)],
    ['`cli help` peak RSS (tsx start-up alone)', '—', `${f(idle.rssMB, 0)} MB`, '—'],
    ['LibreOffice docx → PDF', `≤ ${GOAL.sofficeS} s`, `${f(lo.wallS, 1)} s (${pages} pages)`, met(lo.wallS <= GOAL.sofficeS)],
  ];
  console.log(`Minutes benchmark: ${SCENARIO}, ${entries.length} entries, ${bytes.length} bytes docx; load average ${load}\n`);
  console.log('| figure | goal | measured | met |\n|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
