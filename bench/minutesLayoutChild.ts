// Minutes layout figure: runs bench/minutesLayout.ts (LibreOffice lays out the 5,000-entry minutes, old and new in one run) and takes its row.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { REPO_ROOT } from '../electron/app/paths';
import { log, type Figure } from './common';

export function benchMinutesLayout(): Figure[] {
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  const res = spawnSync(process.execPath, [tsx, resolve(REPO_ROOT, 'bench/minutesLayout.ts'), '--pad', '5000', '--rounds', '3'], { encoding: 'utf8', cwd: REPO_ROOT });
  if (res.status !== 0) {
    log(`bench/minutesLayout.ts failed: ${res.stderr}`);
    return [{ figure: 'Minutes layout for 5,000 entries (bench/minutesLayout.ts)', goal: '≤ 30 s', measured: `bench/minutesLayout.ts failed (exit ${res.status})`, met: 'no' }];
  }
  return res.stdout
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| figure') && !l.startsWith('|---'))
    .map((l) => {
      const [figure, goal, measured, ok] = l.slice(2, -2).split(' | ');
      return { figure: `Minutes, 5,000 entries: ${figure}`, goal: goal!, measured: measured!, met: (ok === 'yes' || ok === 'no' ? ok : '—') as Figure['met'] };
    });
}
