// Page images of the minutes for docs/: the demo drill's minutes through LibreOffice (test fonts), pages at 60 dpi.
// Run: npx tsx scripts/minutes-pages.ts [--out docs] [--scenario transfer-failure]. Prints which page went where.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
const OUT = resolve(REPO_ROOT, arg('out', 'docs'));
const SCENARIO = arg('scenario', 'transfer-failure');
const dir = mkdtempSync(join(tmpdir(), 'drillroom-minutes-pages-'));
try {
  const clock = new SimulatedClock();
  const services = composeServices({ dataDir: dir, dbPath: join(dir, 'd.db'), resourcesDir: SOURCE_RESOURCES, ports: headlessPorts(dir), clock, live: false });
  const drillId = runDemo(services.drills, clock, services.scenarios.get(SCENARIO));
  const docx = join(dir, 'minutes.docx');
  writeFileSync(docx, await buildMinutes(services.drills.entries(drillId), { exportedAt: clock.now(), draft: false }));
  services.close();
  execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'lo')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], {
    env: { ...process.env, FONTCONFIG_FILE: process.env.FONTCONFIG_FILE ?? resolve(REPO_ROOT, 'tests/fixtures/fontconfig/fonts.conf') },
    stdio: 'ignore',
  });
  const pdf = join(dir, 'minutes.pdf');
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');
  const pageOf = (needle: string) => text.findIndex((p) => p.includes(needle)) + 1;
  const pages: [string, number][] = [
    ['minutes-page1.png', 1],
    ['minutes-timeline.png', pageOf('关键任务评估') || 3],
    ['minutes-signoff.png', pageOf('签字页凭据') || text.length - 1],
  ];
  for (const [name, n] of pages) {
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(n), '-l', String(n), '-singlefile', pdf, join(dir, 'page')]);
    copyFileSync(join(dir, 'page.png'), join(OUT, name));
    console.log(`${name}: page ${n} of ${text.length - 1}`);
  }
  if (process.argv.includes('--keep')) copyFileSync(pdf, join(OUT, 'minutes-demo.pdf'));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
