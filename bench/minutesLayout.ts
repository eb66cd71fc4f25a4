// Benchmark: how long LibreOffice takes to lay out the minutes of a 5,000-entry drill (docx → PDF), and the page count.
// Run: npx tsx bench/minutesLayout.ts [--pad 5000] [--scenario anonymous-email] [--rounds 1]. Prints a markdown table;
// the ratio is against BASELINE_S, the old layout measured on this machine before the report restructure (bench/results.md).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { composeServices } from '../electron/app/compose';
import { headlessPorts } from '../electron/app/headlessPorts';
import { REPO_ROOT, SOURCE_RESOURCES } from '../electron/app/paths';
import { SimulatedClock } from '../electron/clock/simulatedClock';
import { runDemo } from '../electron/drill/demo';
import { buildMinutes } from '../electron/minutes/build';

/** The old layout (main before issue 12: 599 pages), measured with this script's first version; see bench/results.md. */
export const BASELINE_S = Number(process.env.MINUTES_LAYOUT_BASELINE_S ?? '0') || null;
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const PAD = Number(arg('pad', '5000'));
const SCENARIO = arg('scenario', 'anonymous-email');
const ROUNDS = Number(arg('rounds', '1'));
const GOAL_S = 30;

const dir = mkdtempSync(join(tmpdir(), 'drillroom-bench-layout-'));
try {
  const clock = new SimulatedClock();
  const services = composeServices({ dataDir: dir, dbPath: join(dir, 'bench.db'), resourcesDir: SOURCE_RESOURCES, ports: headlessPorts(dir), clock, live: false });
  const drillId = runDemo(services.drills, clock, services.scenarios.get(SCENARIO), { padTo: PAD });
  const entries = services.drills.entries(drillId);
  services.close();
  const docx = join(dir, 'bench.docx');
  writeFileSync(docx, await buildMinutes(entries, { exportedAt: clock.now(), draft: false }));
  const times: number[] = [];
  let pages = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const res = spawnSync(
      '/usr/bin/time',
      ['-f', 'TIME %e', 'soffice', `-env:UserInstallation=file://${join(dir, `lo-profile-${r}`)}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx],
      { encoding: 'utf8', env: { ...process.env, FONTCONFIG_FILE: resolve(REPO_ROOT, 'tests/fixtures/fontconfig/fonts.conf') } },
    );
    if (res.status !== 0) throw new Error(`soffice failed:\n${res.stderr}`);
    times.push(Number(/TIME ([\d.]+)/.exec(res.stderr)![1]));
    pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(dir, 'bench.pdf')], { encoding: 'utf8' }))![1]);
  }
  const s = times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  const ratio = BASELINE_S ? ` — ${(s / BASELINE_S).toFixed(2)}× the old layout's ${BASELINE_S} s` : '';
  console.log(`Minutes layout benchmark: ${SCENARIO}, ${entries.length} entries; load average ${load}\n`);
  console.log('| figure | goal | measured | met |\n|---|---|---|---|');
  console.log(`| LibreOffice lays out the minutes (docx → PDF), median of ${ROUNDS} | ≤ ${GOAL_S} s | ${s.toFixed(1)} s (${pages} pages)${ratio} | ${s <= GOAL_S ? 'yes' : 'no'} |`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
