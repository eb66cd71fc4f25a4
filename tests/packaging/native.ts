// Reads what a packaged native module needs from the machine: its CPU (readelf -h) and its newest GLIBC/GLIBCXX symbol versions (objdump -T).
import { execFileSync } from 'node:child_process';

/** electron-builder's arch names → readelf's "Machine:" line. */
export const MACHINE_OF_ARCH: Record<string, string> = {
  x64: 'Advanced Micro Devices X86-64',
  arm64: 'AArch64',
  armv7l: 'ARM',
};

/** The oldest distribution we support: 统信 UOS 20 (Debian 10 "buster" based): glibc 2.28, GCC 8's libstdc++ (GLIBCXX_3.4.25). */
export const OLDEST_SUPPORTED = { name: 'UOS 20 / Debian 10', GLIBC: '2.28', GLIBCXX: '3.4.25' } as const;

export function machineOf(file: string): string {
  const out = execFileSync('readelf', ['-h', file], { encoding: 'utf8' });
  return /Machine:\s+(.+)/.exec(out)?.[1]?.trim() ?? 'unknown';
}

const compare = (a: string, b: string) => {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
};

/** The newest version of each symbol family that `objdump -T` text requires. */
export function newestSymbolVersions(objdumpT: string): { GLIBC: string | null; GLIBCXX: string | null } {
  const newest = { GLIBC: null as string | null, GLIBCXX: null as string | null };
  for (const m of objdumpT.matchAll(/\b(GLIBCXX|GLIBC)_(\d+(?:\.\d+)*)\b/g)) {
    const family = m[1] as 'GLIBC' | 'GLIBCXX';
    if (!newest[family] || compare(m[2]!, newest[family]!) > 0) newest[family] = m[2]!;
  }
  return newest;
}

/** What in `objdump -T` text is newer than the oldest supported distribution provides (empty when it runs there). */
export function tooNewFor(objdumpT: string, baseline: { GLIBC: string; GLIBCXX: string } = OLDEST_SUPPORTED): string[] {
  const newest = newestSymbolVersions(objdumpT);
  const problems: string[] = [];
  if (newest.GLIBC && compare(newest.GLIBC, baseline.GLIBC) > 0) problems.push(`GLIBC_${newest.GLIBC} > ${baseline.GLIBC}`);
  if (newest.GLIBCXX && compare(newest.GLIBCXX, baseline.GLIBCXX) > 0) problems.push(`GLIBCXX_${newest.GLIBCXX} > ${baseline.GLIBCXX}`);
  return problems;
}

export function objdumpT(file: string): string {
  return execFileSync('objdump', ['-T', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}
