// Minutes figures: runs bench/minutes.ts (its own engineer's benchmark) as a child and takes its table rows.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { REPO_ROOT } from '../electron/app/paths';
import { log, type Figure } from './common';

export function benchMinutes(): Figure[] {
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  const res = spawnSync(process.execPath, [tsx, resolve(REPO_ROOT, 'bench/minutes.ts'), '--pad', '5000'], { encoding: 'utf8', cwd: REPO_ROOT });
  if (res.status !== 0) {
    log(`bench/minutes.ts failed: ${res.stderr}`);
    return [{ figure: 'Minutes for 5,000 entries (bench/minutes.ts)', goal: '≤ 1.5 s, ≤ 200 MB; PDF ≤ 60 s', measured: `bench/minutes.ts failed (exit ${res.status})`, met: 'no' }];
  }
  const lines = res.stdout.split('\n');
  const title = lines.find((l) => l.startsWith('Minutes benchmark:')) ?? 'Minutes benchmark';
  log(title);
  return lines
    .filter((l) => l.startsWith('| ') && !l.startsWith('| figure') && !l.startsWith('|---'))
    .map((l) => {
      const [figure, goal, measured, ok] = l.slice(2, -2).split(' | ');
      return { figure: `Minutes, ${title.replace(/^Minutes benchmark:\s*/, '').split(';')[0]}: ${figure}`, goal: goal!, measured: measured!, met: (ok === 'yes' || ok === 'no' ? ok : '—') as Figure['met'] };
    });
}
