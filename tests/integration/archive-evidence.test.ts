// Evidence files travel with the drill archive: exported by hash, verified and stored on import, refused when missing or damaged.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { DrillRoomError } from '../../shared/ipc/errors';
import { importBytes, packArchive, unpackArchiveFile } from '../helpers/archives';
import { makeWorld, type World } from '../helpers/world';

const worlds: World[] = [];
afterEach(() => worlds.splice(0).forEach((w) => w.dispose()));
const world = () => {
  const w = makeWorld();
  worlds.push(w);
  return w;
};

const photo = Buffer.from('\x89PNG\r\n\x1a\n fake screenshot of the anonymous email', 'latin1');

async function drillWithEvidence(w: World) {
  const { drills } = w.services;
  const drillId = drills.create({ pack: w.services.scenarios.get('anonymous-email'), facts: { name: '证据随档案' }, language: 'zh-CN' });
  drills.start(drillId);
  const res = await w.services.dispatch('evidence.attach', {
    drillId,
    roleId: 'compliance',
    text: '匿名邮件截图及现场照片',
    files: [{ name: '邮件截图.png', mime: 'image/png', base64: photo.toString('base64') }],
  });
  expect(res.ok, JSON.stringify(res)).toBe(true);
  drills.finish(drillId);
  return drillId;
}

async function exported(w: World, drillId: string): Promise<string> {
  const saved = await w.services.exportArchive(drillId);
  return saved.path!;
}

async function refusal(p: Promise<unknown>): Promise<DrillRoomError> {
  const err = await p.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(DrillRoomError);
  expect((err as DrillRoomError).code).toBe('bad_archive');
  return err as DrillRoomError;
}

describe('a drill archive with evidence', () => {
  it('carries the files and stores them on the other PC by their hash', async () => {
    const a = world();
    const drillId = await drillWithEvidence(a);
    const path = await exported(a, drillId);
    const b = world();
    expect(await importBytes(b, readFileSync(path))).toEqual({ drillId });
    const evidence = b.services.drills.entries(drillId).find((e) => e.kind === 'evidence')!;
    const [att] = (evidence.data as { attachments: { sha256: string }[] }).attachments;
    expect(readFileSync(b.services.evidence.pathOf(att!.sha256)).equals(photo)).toBe(true);
    expect(b.services.journal.verify().ok).toBe(true);
  });

  it('is refused, writing nothing, when a file is left out', async () => {
    const a = world();
    const drillId = await drillWithEvidence(a);
    const parts = unpackArchiveFile(await exported(a, drillId));
    parts.files = {};
    const b = world();
    expect((await refusal(importBytes(b, packArchive(parts)))).message).toMatch(/证据附件“邮件截图.png”缺失/);
    expect(b.services.drills.list()).toHaveLength(0);
  });

  it('is refused, writing nothing, when a file was altered', async () => {
    const a = world();
    const drillId = await drillWithEvidence(a);
    const parts = unpackArchiveFile(await exported(a, drillId));
    const [name] = Object.keys(parts.files);
    parts.files[name!] = Buffer.from(photo.toString('latin1').replace('fake', 'FAKE'), 'latin1');
    const b = world();
    expect((await refusal(importBytes(b, packArchive(parts)))).message).toMatch(/附件“邮件截图.png”的内容与其 SHA-256 不符/);
    expect(b.services.drills.list()).toHaveLength(0);
    expect(b.services.evidence.has(name!.slice('evidence/'.length))).toBe(false);
  });

  it('is refused when the zip holds a member that is not part of the drill', async () => {
    const a = world();
    const drillId = await drillWithEvidence(a);
    const parts = unpackArchiveFile(await exported(a, drillId));
    parts.files['../../evil.sh'] = Buffer.from('rm -rf /');
    const b = world();
    expect((await refusal(importBytes(b, packArchive(parts)))).message).toMatch(/不属于本演练的条目/);
    expect(b.services.drills.list()).toHaveLength(0);
  });
});
