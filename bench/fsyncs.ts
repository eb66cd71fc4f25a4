// Counts fsync/fdatasync calls per durable append with strace (-f -c) around a child that appends through the service.
import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO_ROOT } from '../electron/app/paths';
import { fmt, log, met, workDir, type Figure } from './common';

const COUNT = 1_000;

function syncCalls(count: number): number {
  const dir = workDir('fsyncs');
  try {
    const tsx = createRequire(import.meta.url).resolve('tsx/cli');
    const res = spawnSync('strace', ['-f', '-c', '-e', 'trace=fsync,fdatasync,sync_file_range', process.execPath, tsx, resolve(REPO_ROOT, 'bench/fsyncCount.ts'), dir, String(count)], {
      encoding: 'utf8',
      cwd: REPO_ROOT,
    });
    if (res.status !== 0) throw new Error(res.stderr);
    let calls = 0;
    for (const m of res.stderr.matchAll(/^\s*[\d.]+\s+[\d.]+\s+\d+\s+(\d+)\s+(?:\d+\s+)?(fsync|fdatasync|sync_file_range)\s*$/gm)) calls += Number(m[1]);
    return calls;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function benchFsyncs(): Figure[] {
  try {
    execFileSync('strace', ['-V'], { stdio: 'ignore' });
  } catch {
    return [{ figure: 'fsync calls per durable append (strace)', goal: '1', measured: 'not measured: strace is not installed', met: '—' }];
  }
  const base = syncCalls(0);
  const withAppends = syncCalls(COUNT);
  const per = (withAppends - base) / COUNT;
  log(`fsyncs: ${base} without appends, ${withAppends} with ${COUNT} appends`);
  return [
    {
      figure: `fsync/fdatasync calls per durable append (strace -f -c; ${COUNT} appends minus a run with none; WAL checkpoints included)`,
      goal: '1',
      measured: `${fmt(per, 3)} (${withAppends} vs ${base})`,
      met: met(per < 1.1),
    },
  ];
}
