// The drill archive (.drill): exported, verified and imported read-only on another PC; a damaged file writes nothing.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ARCHIVE_FORMAT, LEGACY_ARCHIVE_FORMAT } from '../../electron/archive/format';
import { runCli } from '../../electron/cli/main';
import { runDemo } from '../../electron/drill/demo';
import { wirePushes } from '../../electron/app/pushes';
import { DrillRoomError } from '../../shared/ipc/errors';
import { importBytes, packArchive, unpackArchive, type ArchiveParts } from '../helpers/archives';
import { makeWorld, tempDir, type World } from '../helpers/world';

const worlds: World[] = [];
afterEach(() => {
  while (worlds.length) worlds.pop()!.dispose();
});
const world = () => {
  const w = makeWorld({ live: false });
  worlds.push(w);
  return w;
};

async function exportedDemo(): Promise<{ source: World; drillId: string; path: string; bytes: Buffer; parts: ArchiveParts }> {
  const source = world();
  const drillId = runDemo(source.services.drills, source.clock, source.services.scenarios.get('anonymous-email'));
  const saved = await source.services.exportArchive(drillId);
  expect(saved.path).toMatch(/\.drill$/);
  const bytes = readFileSync(saved.path!);
  expect(saved.bytes).toBe(bytes.length);
  return { source, drillId, path: saved.path!, bytes, parts: unpackArchive(bytes) };
}

/** Import must refuse with a bad_archive error and leave the target database as it was. */
async function expectRefused(target: World, bytes: Uint8Array | string, detail: RegExp): Promise<void> {
  const before = target.services.journal.drills().length;
  const err = await importBytes(target, bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DrillRoomError);
  expect((err as DrillRoomError).code).toBe('bad_archive');
  expect((err as DrillRoomError).message).toMatch(detail);
  expect((err as DrillRoomError).message).toContain('未导入任何内容');
  expect(target.services.journal.drills().length).toBe(before);
  expect(target.services.journal.verify().ok).toBe(true);
}

const edited = (parts: ArchiveParts, edit: (p: ArchiveParts) => void): Uint8Array => {
  const copy = structuredClone(parts);
  edit(copy);
  return packArchive(copy);
};

describe('an imported drill, announced', () => {
  it('tells the drill list and any open view, without pushing its whole record through main to every window', async () => {
    const { drillId, bytes } = await exportedDemo();
    const target = world();
    const pushes: { name: string; payload: unknown }[] = [];
    const off = wirePushes(target.services, (name, payload) => pushes.push({ name, payload }));
    await importBytes(target, bytes);
    off();
    const total = target.services.drills.entries(drillId).length;
    expect(total).toBeGreaterThan(20);
    expect(pushes.map((p) => p.name)).toContain('drills.changed');
    const changed = pushes.find((p) => p.name === 'drill.changed')!.payload as { drillId: string; entries: { seq: number }[]; state: { lastSeq: number } };
    expect(changed.drillId).toBe(drillId);
    expect(changed.state.lastSeq).toBe(total);
    // The last entry tells an open view it is behind (a gap: it reads the snapshot again); the rest stays in the worker.
    expect(changed.entries.at(-1)!.seq).toBe(total);
    expect(changed.entries.length).toBeLessThanOrEqual(2);
  });
});

describe('a drill archive', () => {
  it('carries a manifest with the count and final hash, and imports on another PC as an identical read-only drill', async () => {
    const { source, drillId, bytes, parts } = await exportedDemo();
    const entries = source.services.drills.entries(drillId);
    expect(parts.manifest).toMatchObject({ format: ARCHIVE_FORMAT, drillId, entryCount: entries.length, finalHash: entries.at(-1)!.hash });
    expect(parts.entries).toEqual(entries);

    const target = world();
    expect(await importBytes(target, bytes)).toEqual({ drillId });
    expect(target.services.drills.entries(drillId)).toEqual(entries);
    expect(target.services.drills.isReadOnly(drillId)).toBe(true);
    const verified = target.services.journal.verify();
    expect(verified.ok && verified.finalHashes[drillId]).toBe(parts.manifest['finalHash']);
    expect(() => target.services.drills.record(drillId, { kind: 'lesson', roleId: null, text: '补记', data: { category: 'went_well' } })).toThrow(/只读/);
  });

  it('of the first format (one JSON text) still imports', async () => {
    const { drillId, parts } = await exportedDemo();
    const legacy = JSON.stringify({ manifest: { ...parts.manifest, format: LEGACY_ARCHIVE_FORMAT }, entries: parts.entries, attachments: [] });
    const target = world();
    expect(await importBytes(target, legacy)).toEqual({ drillId });
    expect(target.services.drills.entries(drillId)).toEqual(parts.entries);
  });

  it('is refused when one entry was edited, and nothing is written', async () => {
    const { parts } = await exportedDemo();
    await expectRefused(world(), edited(parts, (p) => void (p.entries[5]!.text += '(事后修改)')), /第 6 条记录内容被修改/);
  });

  it('is refused when the file was cut short', async () => {
    const { bytes } = await exportedDemo();
    await expectRefused(world(), bytes.subarray(0, Math.floor(bytes.length * 0.6)), /截断/);
  });

  it('is refused when bytes inside it were damaged', async () => {
    const { bytes } = await exportedDemo();
    const target = world();
    // Anywhere in the compressed entries (between the small manifest and the directory at the end).
    for (let i = 1; i <= 8; i++) {
      const damaged = Buffer.from(bytes);
      const at = Math.floor((damaged.length * i) / 10);
      damaged[at] = damaged[at]! ^ 0xff;
      await expectRefused(target, damaged, /损坏|不符|无法读取|截断/);
    }
  });

  it('is refused when whole entries were cut from the end, as the manifest names more', async () => {
    const { parts } = await exportedDemo();
    await expectRefused(world(), edited(parts, (p) => void (p.entries = p.entries.slice(0, -3))), /清单记载 \d+ 条记录，档案中实有/);
  });

  it('is refused when the manifest does not match the chain', async () => {
    const { parts } = await exportedDemo();
    await expectRefused(world(), edited(parts, (p) => void (p.manifest['finalHash'] = 'f'.repeat(64))), /哈希链校验失败/);
    await expectRefused(world(), edited(parts, (p) => void (p.manifest['format'] = 'drillroom.archive/9')), /不支持的档案格式/);
    await expectRefused(world(), edited(parts, (p) => void (p.manifest['note'] = 'x')), /清单结构不符/);
  });

  it('is refused a second time on the same PC', async () => {
    const { bytes } = await exportedDemo();
    const target = world();
    await importBytes(target, bytes);
    await expectRefused(target, bytes, /已在本机数据库中/);
  });

  it('is verified and turned into minutes by the CLI, and a tampered one fails verify', async () => {
    const { source, drillId, parts } = await exportedDemo();
    const dir = tempDir();
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l) };
    const dbPath = source.services.info().dbPath;
    const file = join(dir, 'a.drill');
    expect(await runCli(['archive', dbPath, '--drill', drillId, '--out', file], io)).toBe(0);
    expect(unpackArchive(readFileSync(file)).entries).toEqual(parts.entries);

    expect(await runCli(['verify', file], io)).toBe(0);
    expect(out.join('\n')).toContain(`最终哈希 ${String(parts.manifest['finalHash'])}`);

    expect(await runCli(['minutes', file, '--out', join(dir, 'a.docx')], io)).toBe(0);
    expect(readFileSync(join(dir, 'a.docx')).subarray(0, 2).toString()).toBe('PK');
    expect(await runCli(['minutes', dbPath, '--out', join(dir, 'b.docx')], io)).toBe(0);

    writeFileSync(join(dir, 'bad.drill'), edited(parts, (p) => void (p.entries[2]!.clockMs += 1000)));
    expect(await runCli(['verify', join(dir, 'bad.drill')], io)).toBe(1);
    expect(err.join('\n')).toContain('第 3 条记录内容被修改');
    rmSync(dir, { recursive: true, force: true });
  });
});
