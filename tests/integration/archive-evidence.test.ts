// Evidence files travel with the drill archive: exported by hash, verified and stored on import, refused when missing.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { archiveOf, importArchiveText } from '../../electron/archive/service';
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

describe('a drill archive with evidence', () => {
  it('carries the files and stores them on the other PC by their hash', async () => {
    const a = world();
    const drillId = await drillWithEvidence(a);
    const text = archiveOf(a.services, drillId, { exportedAt: a.clock.now(), appVersion: 'test' });
    const b = world();
    expect(importArchiveText(b.services, text)).toEqual({ drillId });
    const evidence = b.services.drills.entries(drillId).find((e) => e.kind === 'evidence')!;
    const [att] = (evidence.data as { attachments: { sha256: string }[] }).attachments;
    expect(readFileSync(b.services.evidence.pathOf(att!.sha256)).equals(photo)).toBe(true);
    expect(b.services.journal.verify().ok).toBe(true);
  });

  it('is refused, writing nothing, when a file is left out', async () => {
    const a = world();
    const drillId = await drillWithEvidence(a);
    const archive = JSON.parse(archiveOf(a.services, drillId, { exportedAt: a.clock.now(), appVersion: 'test' }));
    archive.attachments = [];
    const b = world();
    expect(() => importArchiveText(b.services, JSON.stringify(archive))).toThrow(/证据附件“邮件截图.png”缺失/);
    expect(b.services.drills.list()).toHaveLength(0);
  });
});
