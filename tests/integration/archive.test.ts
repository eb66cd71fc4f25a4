// The drill archive (.drill): exported, verified and imported read-only on another PC; a damaged file writes nothing.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ARCHIVE_FORMAT, readArchive } from '../../electron/archive/format';
import { runCli } from '../../electron/cli/main';
import { runDemo } from '../../electron/drill/demo';
import { DrillRoomError } from '../../shared/ipc/errors';
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

async function exportedDemo(): Promise<{ source: World; drillId: string; path: string; text: string }> {
  const source = world();
  const drillId = runDemo(source.services.drills, source.clock, source.services.scenarios.get('anonymous-email'));
  const saved = await source.services.exportArchive(drillId);
  expect(saved.path).toMatch(/\.drill$/);
  const text = readFileSync(saved.path!, 'utf8');
  expect(saved.bytes).toBe(Buffer.byteLength(text));
  return { source, drillId, path: saved.path!, text };
}

/** Import must refuse with a bad_archive error and leave the target database as it was. */
function expectRefused(target: World, text: string, detail: RegExp): void {
  const before = target.services.journal.drills().length;
  let err: unknown;
  try {
    target.services.importArchive(text);
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(DrillRoomError);
  expect((err as DrillRoomError).code).toBe('bad_archive');
  expect((err as DrillRoomError).message).toMatch(detail);
  expect((err as DrillRoomError).message).toContain('未导入任何内容');
  expect(target.services.journal.drills().length).toBe(before);
  expect(target.services.journal.verify().ok).toBe(true);
}

describe('a drill archive', () => {
  it('carries a manifest with the count and final hash, and imports on another PC as an identical read-only drill', async () => {
    const { source, drillId, text } = await exportedDemo();
    const entries = source.services.drills.entries(drillId);
    const { manifest } = readArchive(text);
    expect(manifest).toMatchObject({ format: ARCHIVE_FORMAT, drillId, entryCount: entries.length, finalHash: entries.at(-1)!.hash });

    const target = world();
    expect(target.services.importArchive(text)).toEqual({ drillId });
    expect(target.services.drills.entries(drillId)).toEqual(entries);
    expect(target.services.drills.isReadOnly(drillId)).toBe(true);
    const verified = target.services.journal.verify();
    expect(verified.ok && verified.finalHashes[drillId]).toBe(manifest.finalHash);
    expect(() => target.services.drills.record(drillId, { kind: 'lesson', roleId: null, text: '补记', data: { category: 'went_well' } })).toThrow(/只读/);
  });

  it('is refused when one entry was edited, and nothing is written', async () => {
    const { text } = await exportedDemo();
    const doc = JSON.parse(text);
    doc.entries[5].text = doc.entries[5].text + '(事后修改)';
    expectRefused(world(), JSON.stringify(doc), /第 6 条记录内容被修改/);
  });

  it('is refused when the file was cut short', async () => {
    const { text } = await exportedDemo();
    expectRefused(world(), text.slice(0, Math.floor(text.length * 0.6)), /JSON 无法解析/);
  });

  it('is refused when whole entries were cut from the end, as the manifest names more', async () => {
    const { text } = await exportedDemo();
    const doc = JSON.parse(text);
    doc.entries = doc.entries.slice(0, -3);
    expectRefused(world(), JSON.stringify(doc), /清单记载 \d+ 条记录，档案中实有/);
  });

  it('is refused when the manifest does not match the chain', async () => {
    const { text } = await exportedDemo();
    const wrongHash = JSON.parse(text);
    wrongHash.manifest.finalHash = 'f'.repeat(64);
    expectRefused(world(), JSON.stringify(wrongHash), /哈希链校验失败/);
    const wrongFormat = JSON.parse(text);
    wrongFormat.manifest.format = 'drillroom.archive/9';
    expectRefused(world(), JSON.stringify(wrongFormat), /不支持的档案格式/);
    const extra = JSON.parse(text);
    extra.manifest.note = 'x';
    expectRefused(world(), JSON.stringify(extra), /档案结构不符/);
  });

  it('is refused a second time on the same PC', async () => {
    const { text } = await exportedDemo();
    const target = world();
    target.services.importArchive(text);
    expectRefused(target, text, /已在本机数据库中/);
  });

  it('is verified and turned into minutes by the CLI, and a tampered one fails verify', async () => {
    const { source, drillId, text } = await exportedDemo();
    const dir = tempDir();
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l) };
    const dbPath = source.services.info().dbPath;
    const file = join(dir, 'a.drill');
    expect(await runCli(['archive', dbPath, '--drill', drillId, '--out', file], io)).toBe(0);
    expect(readArchive(readFileSync(file, 'utf8')).entries).toEqual(readArchive(text).entries);

    expect(await runCli(['verify', file], io)).toBe(0);
    expect(out.join('\n')).toContain(`最终哈希 ${readArchive(text).manifest.finalHash}`);

    expect(await runCli(['minutes', file, '--out', join(dir, 'a.docx')], io)).toBe(0);
    expect(readFileSync(join(dir, 'a.docx')).subarray(0, 2).toString()).toBe('PK');
    expect(await runCli(['minutes', dbPath, '--out', join(dir, 'b.docx')], io)).toBe(0);

    const doc = JSON.parse(text);
    doc.entries[2].clockMs += 1000;
    writeFileSync(join(dir, 'bad.drill'), JSON.stringify(doc));
    expect(await runCli(['verify', join(dir, 'bad.drill')], io)).toBe(1);
    expect(err.join('\n')).toContain('第 3 条记录内容被修改');
    rmSync(dir, { recursive: true, force: true });
  });
});
