// The evidence register (搜集证据): files stored once by SHA-256 in the data folder, listed by hash on an evidence entry, hostile names and oversized files refused with nothing written.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Entry } from '../../shared/domain/entry';
import type { ErrorPayload } from '../../shared/ipc/errors';
import { DrillRoomError } from '../../shared/ipc/errors';
import { attachmentsOf, MAX_INLINE_EVIDENCE_BYTES } from '../../electron/evidence/store';
import { runCli } from '../../electron/cli/main';
import { makeWorld, type World } from '../helpers/world';

// A real 1×1 PNG and a tiny PDF: the kinds of files a scribe attaches.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const file = (name: string, bytes: Buffer, mime = 'image/png') => ({ name, mime, base64: bytes.toString('base64') });

let world: World;
let drillId: string;

beforeEach(() => {
  world = makeWorld({ live: false });
  drillId = world.services.drills.create({ pack: world.services.scenarios.get('anonymous-email'), facts: { name: '证据登记' }, language: 'zh-CN' });
  world.services.drills.start(drillId);
});
afterEach(() => world.dispose());

/** Every file under the evidence folder, relative to it (temp files included). */
function stored(): string[] {
  const root = world.services.evidence.root;
  const walk = (dir: string): string[] => {
    let names: import('node:fs').Dirent[];
    try {
      names = readdirSync(dir, { withFileTypes: true });
    } catch {
      return [];
    }
    return names.flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [relative(root, join(dir, d.name))]));
  };
  return walk(root).sort();
}

async function attach(files: ReturnType<typeof file>[], extra: Record<string, unknown> = {}) {
  return world.services.dispatch('evidence.attach', { drillId, roleId: 'scribe', text: '举报邮件附件', files, ...extra });
}
const refused = async (p: ReturnType<typeof attach>): Promise<ErrorPayload> => {
  const r = await p;
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
};
const evidenceEntries = () => world.services.drills.entries(drillId).filter((e): e is Entry<'evidence'> => e.kind === 'evidence');

describe('attaching evidence', () => {
  it('stores each file under evidence/<aa>/<sha256> and lists the hashes on a new evidence entry', async () => {
    const reply = await attach([file('现场照片1.png', PNG), file('交易记录截图.pdf', PDF, 'application/pdf')], { source: '匿名邮件', injectId: 'ae-01', actionId: 'a3' });
    expect(reply.ok).toBe(true);
    const [entry] = evidenceEntries();
    expect(entry).toMatchObject({ kind: 'evidence', roleId: 'scribe', text: '举报邮件附件' });
    expect(entry!.data).toEqual({
      injectId: 'ae-01',
      actionId: 'a3',
      source: '匿名邮件',
      attachments: [
        { sha256: sha(PNG), name: '现场照片1.png', size: PNG.length, mime: 'image/png' },
        { sha256: sha(PDF), name: '交易记录截图.pdf', size: PDF.length, mime: 'application/pdf' },
      ],
    });
    if (reply.ok) expect(reply.value).toEqual({ seq: entry!.seq, attachments: entry!.data.attachments });
    expect(stored()).toEqual([join(sha(PNG).slice(0, 2), sha(PNG)), join(sha(PDF).slice(0, 2), sha(PDF))].sort());
    expect(readFileSync(world.services.evidence.pathOf(sha(PNG)))).toEqual(PNG);
    // The expected action "登记为第一份证据" counts as done.
    expect(world.services.drills.state(drillId).actionsDone['ae-01/a3']).toBeDefined();
  });

  it('keeps the same bytes once, however often and under whatever name they are attached', async () => {
    await attach([file('photo.png', PNG)]);
    await attach([file('same-photo-again.png', PNG), file('copy.png', PNG)]);
    expect(stored()).toEqual([join(sha(PNG).slice(0, 2), sha(PNG))]);
    expect(evidenceEntries().flatMap((e) => e.data.attachments!.map((a) => a.sha256))).toEqual([sha(PNG), sha(PNG), sha(PNG)]);
    expect(attachmentsOf(world.services.drills.entries(drillId))).toEqual([{ sha256: sha(PNG), name: 'photo.png', size: PNG.length, mime: 'image/png' }]);
  });

  it('reads an attachment back by hash with its registered name and type, after a restart too', async () => {
    await attach([file('截图.png', PNG)]);
    world.restart();
    const reply = await world.services.dispatch('evidence.read', { drillId, sha256: sha(PNG) });
    expect(reply).toEqual({ ok: true, value: { name: '截图.png', mime: 'image/png', base64: PNG.toString('base64') } });
  });

  it("reads only this drill's attachments, and names a damaged file", async () => {
    await attach([file('a.png', PNG)]);
    const other = world.services.drills.create({ pack: world.services.scenarios.get('transfer-failure'), facts: { name: '另一场' }, language: 'zh-CN' });
    const cross = await world.services.dispatch('evidence.read', { drillId: other, sha256: sha(PNG) });
    expect(cross.ok ? null : cross.error.key).toBe('not_found.evidence');
    writeFileSync(world.services.evidence.pathOf(sha(PNG)), Buffer.concat([PNG, Buffer.from([0])]));
    const damaged = await world.services.dispatch('evidence.read', { drillId, sha256: sha(PNG) });
    expect(damaged.ok ? null : damaged.error.key).toBe('bad_evidence.damaged');
  });

  it('an entry text may be left empty: the file names stand in', async () => {
    await attach([file('照片A.png', PNG), file('说明.pdf', PDF, 'application/pdf')], { text: '  ' });
    expect(evidenceEntries()[0]!.text).toBe('照片A.png、说明.pdf');
  });

  it('the journal with evidence entries still verifies, entry by entry', async () => {
    await attach([file('a.png', PNG)]);
    await attach([file('b.pdf', PDF, 'application/pdf')]);
    expect(world.services.journal.verify()).toMatchObject({ ok: true });
    const out: string[] = [];
    expect(await runCli(['verify', join(world.dir, 'drillroom.db')], { out: (l) => out.push(l), err: (l) => out.push(l) })).toBe(0);
  });
});

describe('refusing what must not be stored', () => {
  it(`refuses a file sent inline (base64) over ${MAX_INLINE_EVIDENCE_BYTES / 1048576} MiB with a clear message, and writes nothing, not even the small file beside it`, async () => {
    const before = world.services.drills.entries(drillId).length;
    const big = Buffer.alloc(MAX_INLINE_EVIDENCE_BYTES + 1, 7);
    const err = await refused(attach([file('small.png', PNG), file('监控录像.mp4', big, 'video/mp4')]));
    expect(err).toMatchObject({ code: 'bad_evidence', key: 'bad_evidence.too_large', params: { name: '监控录像.mp4', limitMiB: 20 } });
    expect(new DrillRoomError(err.key, err.params).message).toBe('附件“监控录像.mp4”有 20 MiB,超过 20 MiB 的上限,未保存任何附件。请压缩或截取后再附上。');
    expect(stored()).toEqual([]);
    expect(world.services.drills.entries(drillId)).toHaveLength(before);
    // Exactly at the limit is fine.
    expect((await attach([file('exact.bin', Buffer.alloc(MAX_INLINE_EVIDENCE_BYTES, 1), 'application/octet-stream')])).ok).toBe(true);
  });

  for (const name of ['../x', 'a/b', 'a\\b', '..', 'CON', 'con.txt', 'Nul', 'LPT1.pdf', 'COM9', '\u0000', 'photo\u0000.png', 'tab\tname.png', 'a:b.png', 'trailing.', '']) {
    it(`refuses the name ${JSON.stringify(name)} and writes nothing`, async () => {
      const before = world.services.drills.entries(drillId).length;
      const err = await refused(attach([file('ok.png', PDF), file(name, PNG)]));
      expect(err.key).toBe('bad_evidence.name');
      expect(new DrillRoomError(err.key, err.params).message).toMatch(/^附件名称“.*”不可用:.+。请改名后再附上;未保存任何附件。$/);
      expect([...String(err.params['name'])].every((c) => c.charCodeAt(0) >= 32)).toBe(true);
      expect(stored()).toEqual([]);
      expect(world.services.drills.entries(drillId)).toHaveLength(before);
    });
  }

  it('writes no file for an unknown role or a finished drill', async () => {
    expect((await refused(attach([file('a.png', PNG)], { roleId: 'janitor' }))).key).toBe('invalid_input.unknown_role');
    world.services.drills.finish(drillId);
    expect((await refused(attach([file('a.png', PNG)]))).key).toBe('bad_state.finished');
    expect(stored()).toEqual([]);
  });

  it('an archive import can store bytes only when they match the hash it expects', () => {
    const store = world.services.evidence;
    expect(() => store.putBytes(PNG, sha(PDF))).toThrow(DrillRoomError);
    expect(stored()).toEqual([]);
    expect(store.putBytes(PNG, sha(PNG))).toBe(sha(PNG));
    expect(store.has(sha(PNG))).toBe(true);
    expect(store.read(sha(PNG))).toEqual(PNG);
    expect(() => store.pathOf('../../etc/passwd')).toThrow(DrillRoomError);
    expect(store.has('../../etc/passwd')).toBe(false);
  });
});
