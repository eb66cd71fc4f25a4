// Any archive the app exports, it imports: 200 MB of evidence round-trips (export, verify, import) in bounded memory.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { composeServices } from '../../../electron/app/compose';
import { headlessPorts } from '../../../electron/app/headlessPorts';
import { REPO_ROOT, SOURCE_RESOURCES } from '../../../electron/app/paths';
import { attachEvidence } from '../../../electron/evidence/service';
import { rmSync } from 'node:fs';
import { tempDir } from '../../helpers/world';

const tsxLoader = createRequire(import.meta.url).resolve('tsx');
const MiB = 1024 * 1024;
const FILES = 11;
const FILE_BYTES = 19 * MiB;
/** The whole round trip must stay far below the archive's size: nothing may hold the archive or a blob list whole. */
// Absolute peak: Node, tsx and the app's modules take ~125 MiB before the round trip (more as the app grows); the growth bound below is what proves the archive is streamed.
const RSS_BOUND = 180 * MiB;
/** What the round trip itself may add above the process's baseline (chunk buffers, garbage not yet collected). */
const GROWTH_BOUND = 64 * MiB;

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A deterministic "photo": a fixed pseudo-random 64 KiB block, stamped with the file and block number. */
function photo(n: number): Buffer {
  const block = Buffer.alloc(64 * 1024);
  let x = 0x9e3779b9;
  for (let i = 0; i < block.length; i += 4) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    block.writeUInt32LE(x >>> 0, i);
  }
  const out = Buffer.alloc(FILE_BYTES);
  for (let b = 0; b * block.length < out.length; b++) {
    block.copy(out, b * block.length);
    out.writeUInt32LE(n, b * block.length);
    out.writeUInt32LE(b, b * block.length + 4);
  }
  return out;
}

describe('a drill archive with 200 MB of evidence', () => {
  it('exports, verifies and imports on another PC with peak memory far below the archive size', () => {
    const sourceDir = tempDir('drillroom-200mb-src-');
    const targetDir = tempDir('drillroom-200mb-dst-');
    dirs.push(sourceDir, targetDir);
    const s = composeServices({ dataDir: sourceDir, resourcesDir: SOURCE_RESOURCES, ports: headlessPorts(join(sourceDir, 'exports')), live: false });
    const pack = s.scenarios.get('anonymous-email');
    const drillId = s.drills.create({ pack, facts: { name: '大附件演练' }, language: 'zh-CN' });
    s.drills.start(drillId);
    const hashes: string[] = [];
    for (let n = 0; n < FILES; n++) {
      const bytes = photo(n);
      hashes.push(createHash('sha256').update(bytes).digest('hex'));
      attachEvidence(s.drills, s.evidence, { drillId, roleId: 'scribe', text: `现场照片 ${n + 1}`, files: [{ name: `照片${n + 1}.jpg`, mime: 'image/jpeg', base64: bytes.toString('base64') }] });
    }
    s.drills.finish(drillId);
    const entries = s.drills.entries(drillId);
    s.close();

    const child = spawnSync(process.execPath, ['--import', tsxLoader, join(REPO_ROOT, 'tests/fixtures/archiveRoundTrip.ts'), sourceDir, targetDir, drillId], {
      encoding: 'utf8',
      maxBuffer: 16 * MiB,
      timeout: 240_000,
    });
    expect(child.status, child.stderr).toBe(0);
    const report = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as {
      archiveBytes: number;
      verifyCode: number;
      verifyOutput: string[];
      imported: { ok: boolean; value?: { drillId: string }; error?: unknown };
      peakRssBytes: number;
      vmHwmBytes: number;
      baselineBytes: number;
    };
    const mb = (n: number) => `${(n / MiB).toFixed(1)} MiB`;
    console.log(
      `200 MB archive round trip: archive ${mb(report.archiveBytes)}; peak RSS (VmHWM) ${mb(report.vmHwmBytes)} for export + verify + import in one process, ` +
        `of which ${mb(report.baselineBytes)} before the round trip (Node, tsx, modules); getrusage maxRSS ${mb(report.peakRssBytes)} (Linux carries the forking parent's RSS over exec into it)`,
    );

    expect(report.archiveBytes).toBeGreaterThan(FILES * FILE_BYTES);
    expect(report.verifyCode, report.verifyOutput.join('\n')).toBe(0);
    expect(report.imported, JSON.stringify(report.imported)).toEqual({ ok: true, value: { drillId } });

    const t = composeServices({ dataDir: targetDir, resourcesDir: SOURCE_RESOURCES, ports: headlessPorts(join(targetDir, 'exports')), live: false });
    try {
      expect(t.drills.entries(drillId)).toEqual(entries);
      expect(t.drills.isReadOnly(drillId)).toBe(true);
      for (const h of hashes) expect(createHash('sha256').update(t.evidence.read(h)).digest('hex')).toBe(h);
    } finally {
      t.close();
    }
    // VmHWM is this process's own peak (getrusage's maxRSS is not: it keeps the forking parent's RSS across exec).
    expect(report.vmHwmBytes).toBeGreaterThan(report.baselineBytes);
    expect(report.vmHwmBytes, `peak RSS ${mb(report.vmHwmBytes)}`).toBeLessThan(RSS_BOUND);
    expect(report.vmHwmBytes - report.baselineBytes, `growth ${mb(report.vmHwmBytes - report.baselineBytes)}`).toBeLessThan(GROWTH_BOUND);
  }, 300_000);
});
