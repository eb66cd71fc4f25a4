// Benchmark: how long LibreOffice takes to lay out the minutes of a 5,000-entry drill (docx → PDF), and the page count.
// Run: npx tsx bench/minutesLayout.ts [--pad 5000] [--scenario anonymous-email] [--rounds 1]. Prints a markdown table.
// The ratio is measured in the same run: bench/fixtures/minutes-5000-before-issue12.docx is the same demo drill's
// minutes as main wrote them before issue 12 (5,004 entries), converted alternately with today's.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { composeServices } from '../electron/app/compose';
import { headlessPorts } from '../electron/app/headlessPorts';
import { REPO_ROOT, SOURCE_RESOURCES } from '../electron/app/paths';
import { SimulatedClock } from '../electron/clock/simulatedClock';
import { runDemo } from '../electron/drill/demo';
import { buildMinutes } from '../electron/minutes/build';

const BEFORE = resolve(REPO_ROOT, 'bench/fixtures/minutes-5000-before-issue12.docx');
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
  const convert = (file: string, r: number) => {
    const res = spawnSync(
      '/usr/bin/time',
      ['-f', 'TIME %e', 'soffice', `-env:UserInstallation=file://${join(dir, `lo-profile-${r}`)}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file],
      { encoding: 'utf8', env: { ...process.env, FONTCONFIG_FILE: resolve(REPO_ROOT, 'tests/fixtures/fontconfig/fonts.conf') } },
    );
    if (res.status !== 0) throw new Error(`soffice failed:\n${res.stderr}`);
    const pdf = join(dir, basename(file).replace(/\.docx$/, '.pdf'));
    return { s: Number(/TIME ([\d.]+)/.exec(res.stderr)![1]), pages: Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]) };
  };
  copyFileSync(BEFORE, join(dir, 'before.docx'));
  const now: number[] = [];
  const before: number[] = [];
  let pages = 0;
  let pagesBefore = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const a = convert(join(dir, 'before.docx'), 2 * r);
    const b = convert(docx, 2 * r + 1);
    before.push(a.s);
    now.push(b.s);
    pagesBefore = a.pages;
    pages = b.pages;
  }
  const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const [s, s0] = [median(now), median(before)];
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  console.log(`Minutes layout benchmark: ${SCENARIO}, ${entries.length} entries; load average ${load}\n`);
  console.log('| figure | goal | measured | met |\n|---|---|---|---|');
  console.log(
    `| LibreOffice lays out the minutes (docx → PDF), median of ${ROUNDS}, vs the layout before issue 12 in the same run | ≤ ${GOAL_S} s | ${s.toFixed(1)} s (${pages} pages); before: ${s0.toFixed(1)} s (${pagesBefore} pages); ratio ${(s / s0).toFixed(2)}× | ${s <= GOAL_S ? 'yes' : 'no'} |`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
