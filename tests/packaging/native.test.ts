// The native-module checks the packaging test relies on, proved on sample objdump output and on this checkout's own better_sqlite3.node.
import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { arch } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MACHINE_OF_ARCH, machineOf, newestSymbolVersions, objdumpT, tooNewFor } from './native';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const NATIVE = join(REPO, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');
const hasBinutils = (() => {
  try {
    execFileSync('readelf', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const BUSTER_BUILD = `
0000000000000000      DF *UND*  0000000000000000  GLIBC_2.2.5 memcpy
0000000000000000      DF *UND*  0000000000000000  GLIBC_2.14  memcpy
0000000000000000      DF *UND*  0000000000000000  GLIBCXX_3.4.21 _ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm
0000000000000000      DF *UND*  0000000000000000  GLIBCXX_3.4.9 _ZSt29_Rb_tree_insert_and_rebalancebPSt18_Rb_tree_node_baseS0_RS_
0000000000000000      DF *UND*  0000000000000000  GLIBC_2.28  fcntl64`;
const BOOKWORM_BUILD = `${BUSTER_BUILD}
0000000000000000      DF *UND*  0000000000000000  GLIBC_2.34  __libc_start_main
0000000000000000      DF *UND*  0000000000000000  GLIBCXX_3.4.29 _ZSt28__throw_bad_array_new_lengthv`;

describe('native module checks', () => {
  it('compare versions numerically (3.4.9 is older than 3.4.21)', () => {
    expect(newestSymbolVersions(BUSTER_BUILD)).toEqual({ GLIBC: '2.28', GLIBCXX: '3.4.21' });
  });

  it('a module built on Debian 10 runs on UOS 20; one built on Debian 12 does not, and says why', () => {
    expect(tooNewFor(BUSTER_BUILD)).toEqual([]);
    expect(tooNewFor(BOOKWORM_BUILD)).toEqual(['GLIBC_2.34 > 2.28', 'GLIBCXX_3.4.29 > 3.4.25']);
  });

  it.skipIf(!hasBinutils)('reads this checkout’s better_sqlite3.node: built for this machine’s CPU, with GLIBC versions found', () => {
    expect(machineOf(NATIVE)).toBe(MACHINE_OF_ARCH[arch()]);
    expect(newestSymbolVersions(objdumpT(NATIVE)).GLIBC).toMatch(/^2\.\d+$/);
  });
});
