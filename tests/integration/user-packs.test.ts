// 我的剧本 on real SQLite: a pack saved into the app is versioned by its content hash, the built-ins refuse to be
// overwritten in both languages, a delete only hides, and all of it survives closing and reopening the app.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { SOURCE_RESOURCES } from '../../electron/app/paths';
import { sha256 } from '../../electron/journal/sha256';
import { ScenarioPackSchema } from '../../shared/domain/scenario';
import { scenarioVersion } from '../../shared/domain/scenarioVersion';
import type { ScenarioSummary, UserPackSaved, UserPackVersion } from '../../shared/ipc/contract';
import { errorMessage } from '../../shared/i18n/errors';
import type { ErrorPayload } from '../../shared/ipc/errors';
import { makeWorld, type World } from '../helpers/world';

const builtinText = readFileSync(join(SOURCE_RESOURCES, 'scenarios', 'anonymous-email.json'), 'utf8');
const mine = (over: Record<string, unknown> = {}) => JSON.stringify({ ...JSON.parse(builtinText), id: 'my-branch-email', title: '本行匿名邮件演练', ...over }, null, 2);

let world: World;
afterEach(() => world?.dispose());

async function call<T>(name: string, input: unknown): Promise<T> {
  const r = await world.services.dispatch(name, input);
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
  return r.value as T;
}
async function refusal(name: string, input: unknown): Promise<ErrorPayload> {
  const r = await world.services.dispatch(name, input);
  if (r.ok) throw new Error(`${name} was not refused`);
  return r.error;
}
const listed = async () => (await call<ScenarioSummary[]>('scenario.list', {})).filter((s) => !s.builtin);

describe('我的剧本: the user packs in the database', () => {
  it('a save is a version named by the content hash; the same content again is the same version, no duplicate', async () => {
    world = makeWorld({ live: false });
    const first = await call<UserPackSaved>('library.save', { packText: mine(), sourceName: 'my-branch-email.json' });
    const pack = ScenarioPackSchema.parse(JSON.parse(mine()));
    expect(first).toEqual({ id: 'my-branch-email', version: scenarioVersion(pack, sha256), created: true, versions: 1 });
    // Reformatted text, same content: same version.
    const again = await call<UserPackSaved>('library.save', { packText: JSON.stringify(JSON.parse(mine())) });
    expect(again).toEqual({ ...first, created: false });
    const edited = await call<UserPackSaved>('library.save', { packText: mine({ summary: '改过的概述' }) });
    expect(edited.created).toBe(true);
    expect(edited.version).not.toBe(first.version);
    expect(edited.versions).toBe(2);
    const rows = new Database(join(world.dir, 'drillroom.db'), { readonly: true });
    try {
      expect((rows.prepare('SELECT COUNT(*) AS n FROM user_packs').get() as { n: number }).n).toBe(2);
    } finally {
      rows.close();
    }
    // The picker lists the latest, with the count; earlier versions stay readable by hash.
    expect((await listed()).map((s) => [s.id, s.version, s.versions, s.summary])).toEqual([['my-branch-email', edited.version, 2, '改过的概述']]);
    const versions = await call<UserPackVersion[]>('library.versions', { scenarioId: 'my-branch-email' });
    expect(versions.map((v) => v.version)).toEqual([edited.version, first.version]);
    expect(versions[1]!.sourceName).toBe('my-branch-email.json');
    const old = await call<{ summary: string }>('library.get', { scenarioId: 'my-branch-email', version: first.version });
    expect(old.summary).toBe(pack.summary);
    // Saving the old content again makes it the latest without a third row.
    const back = await call<UserPackSaved>('library.save', { packText: mine() });
    expect(back).toEqual({ id: 'my-branch-email', version: first.version, created: false, versions: 2 });
    expect((await listed())[0]!.version).toBe(first.version);
  });

  it('refuses to overwrite a built-in, in Chinese and in English, and saves nothing', async () => {
    world = makeWorld({ live: false });
    const err = await refusal('library.save', { packText: builtinText });
    expect(err.key).toBe('bad_pack.builtin_readonly');
    expect(errorMessage(err, 'zh-CN')).toContain('内置剧本');
    expect(errorMessage(err, 'zh-CN')).toContain('另存为我的剧本');
    expect(errorMessage(err, 'en')).toContain('built-in scenario');
    expect(errorMessage(err, 'en')).not.toMatch(/[\u4e00-\u9fff]/);
    expect((await refusal('library.hide', { scenarioId: 'anonymous-email' })).key).toBe('bad_pack.builtin_readonly');
    expect(await listed()).toEqual([]);
  });

  it('a drill is created from a user pack and keeps its own copy; deleting the pack only hides it', async () => {
    world = makeWorld({ live: false });
    await call('library.save', { packText: mine() });
    const facts = { name: '我的剧本演练' };
    const { drillId } = await call<{ drillId: string }>('drill.create', { scenarioId: 'my-branch-email', facts, language: 'zh-CN' });
    expect(world.services.drills.state(drillId).scenario.title).toBe('本行匿名邮件演练');
    await call('library.hide', { scenarioId: 'my-branch-email' });
    expect(await listed()).toEqual([]);
    expect((await refusal('drill.create', { scenarioId: 'my-branch-email', facts, language: 'zh-CN' })).key).toBe('not_found.scenario');
    expect(world.services.drills.state(drillId).scenario.title).toBe('本行匿名邮件演练');
    // Its versions are still there; saving it again brings it back.
    expect(await call<UserPackVersion[]>('library.versions', { scenarioId: 'my-branch-email' })).toHaveLength(1);
    await call('library.save', { packText: mine() });
    expect((await listed()).map((s) => s.id)).toEqual(['my-branch-email']);
  });

  it('survives closing and reopening the app; the database refuses edits and deletes of a saved version', async () => {
    world = makeWorld({ live: false });
    const first = await call<UserPackSaved>('library.save', { packText: mine() });
    await call('library.save', { packText: mine({ title: '第二版' }) });
    world.restart();
    expect((await listed()).map((s) => [s.id, s.title, s.versions])).toEqual([['my-branch-email', '第二版', 2]]);
    expect((await call<{ title: string }>('library.get', { scenarioId: 'my-branch-email', version: first.version })).title).toBe('本行匿名邮件演练');
    world.services.close();
    const db = new Database(join(world.dir, 'drillroom.db'));
    try {
      expect(() => db.prepare("UPDATE user_packs SET json = '{}'").run()).toThrow(/never changes/);
      expect(() => db.prepare('DELETE FROM user_packs').run()).toThrow(/never deleted/);
    } finally {
      db.close();
    }
    world.services = world.restart();
  });
});
