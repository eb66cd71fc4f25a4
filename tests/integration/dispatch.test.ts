// The call table as main serves it: every input validated, every refusal a typed error, nothing written by a bad call.
import { makeHandlers } from '../../electron/app/handlers';
import { afterEach, describe, expect, it } from 'vitest';
import { CALL_NAMES } from '../../shared/ipc/contract';
import { ERROR_CODES } from '../../shared/ipc/errors';
import { errorMessage } from '../../shared/i18n/errors';
import { makeWorld, type World } from '../helpers/world';

let world: World;
afterEach(() => world?.dispose());

async function drillReady() {
  world = makeWorld();
  const res = await world.services.dispatch('drill.create', { scenarioId: 'transfer-failure', facts: { name: '接口测试演练' } });
  if (!res.ok) throw new Error(JSON.stringify(res.error));
  return (res.value as { drillId: string }).drillId;
}

const count = (drillId: string) => world.services.drills.entries(drillId).length;

describe('dispatching calls', () => {
  it('serves a whole drill through the contract', async () => {
    const drillId = await drillReady();
    const d = world.services.dispatch;
    expect((await d('clock.start', { drillId })).ok).toBe(true);
    const log = await d('entry.log', { drillId, kind: 'observation', roleId: 'monitoring', text: '  微博出现相关帖文  ', milestone: 'discovered' });
    expect(log).toMatchObject({ ok: true, value: { seq: 3 } });
    expect(world.services.drills.entries(drillId)[2]).toMatchObject({ kind: 'observation', text: '微博出现相关帖文', roleId: 'monitoring', data: { milestone: 'discovered' } });
    expect((await d('entry.correct', { drillId, seq: 3, text: '微博与抖音均出现相关帖文' })).ok).toBe(true);
    expect((await d('entry.star', { drillId, seq: 3, starred: true })).ok).toBe(true);
    expect((await d('phase.next', { drillId })).ok).toBe(true);
    const snap = await d('drill.open', { drillId });
    expect(snap.ok && (snap.value as { state: { phaseIndex: number; starred: number[] } }).state).toMatchObject({ phaseIndex: 1, starred: [3] });
    expect((await d('clock.finish', { drillId })).ok).toBe(true);
    expect((await d('review.lesson', { drillId, category: 'went_well', text: '响应迅速' })).ok).toBe(true);
    const late = await d('entry.log', { drillId, kind: 'action', roleId: 'monitoring', text: '结束后补记' });
    expect(late).toMatchObject({ ok: false, error: { code: 'bad_state', key: 'bad_state.finished' } });
  });

  it('refuses an unknown call by name', async () => {
    world = makeWorld();
    expect(await world.services.dispatch('drill.delete', {})).toMatchObject({ ok: false, error: { code: 'unknown_call' } });
    expect(await world.services.dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown_call' } });
    expect(await world.services.dispatch('toString', {})).toMatchObject({ ok: false, error: { code: 'unknown_call' } });
  });

  it('an empty log text gets a clear Chinese message and writes nothing', async () => {
    const drillId = await drillReady();
    await world.services.dispatch('clock.start', { drillId });
    const before = count(drillId);
    const res = await world.services.dispatch('entry.log', { drillId, kind: 'action', roleId: 'technology', text: '   ' });
    expect(res).toMatchObject({ ok: false, error: { key: 'invalid_input.empty_text' } });
    expect(errorMessage((res as unknown as { error: never }).error, 'zh-CN')).toBe('内容不能为空。请输入记录内容后再提交。');
    expect(count(drillId)).toBe(before);
  });

  it('names the field of a malformed input', async () => {
    const drillId = await drillReady();
    const res = await world.services.dispatch('entry.log', { drillId, kind: 'gossip', roleId: 'monitoring', text: 'x' });
    expect(res.ok).toBe(false);
    expect(!res.ok && res.error.problems?.map((p) => p.field)).toEqual(['kind']);
    const extra = await world.services.dispatch('clock.start', { drillId, force: true });
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('refuses references outside the drill: roles, tasks, injects, entries', async () => {
    const drillId = await drillReady();
    const d = world.services.dispatch;
    await d('clock.start', { drillId });
    const before = count(drillId);
    expect(await d('entry.log', { drillId, kind: 'action', roleId: 'janitor', text: 'x' })).toMatchObject({ ok: false, error: { key: 'invalid_input.unknown_role' } });
    expect(await d('task.done', { drillId, roleId: 'technology', taskId: 'nope' })).toMatchObject({ ok: false, error: { key: 'invalid_input.unknown_task' } });
    expect(await d('inject.release', { drillId, injectId: 'nope' })).toMatchObject({ ok: false, error: { key: 'invalid_input.unknown_inject' } });
    expect(await d('entry.correct', { drillId, seq: 999, text: 'x' })).toMatchObject({ ok: false, error: { key: 'invalid_input.unknown_entry' } });
    expect(await d('drill.open', { drillId: 'D-nope' })).toMatchObject({ ok: false, error: { key: 'not_found.drill' } });
    expect(count(drillId)).toBe(before);
  });

  it('refuses clock moves that make no sense', async () => {
    const drillId = await drillReady();
    const d = world.services.dispatch;
    expect(await d('clock.pause', { drillId })).toMatchObject({ ok: false, error: { key: 'bad_state.not_running' } });
    expect(await d('phase.next', { drillId })).toMatchObject({ ok: false, error: { key: 'bad_state.not_started' } });
    await d('clock.start', { drillId });
    expect(await d('clock.start', { drillId })).toMatchObject({ ok: false, error: { key: 'bad_state.not_ready' } });
    expect(await d('clock.resume', { drillId })).toMatchObject({ ok: false, error: { key: 'bad_state.not_paused' } });
    for (let i = 1; i < world.services.drills.state(drillId).scenario.phases.length; i++) await d('phase.next', { drillId });
    expect(await d('phase.next', { drillId })).toMatchObject({ ok: false, error: { key: 'bad_state.last_phase' } });
  });

  it('a pack with problems is refused by field when creating a drill', async () => {
    world = makeWorld();
    const res = await world.services.dispatch('drill.create', { packText: '{"schema":"drillroom.scenario/1","id":"x"}', facts: { name: '坏剧本' } });
    expect(res).toMatchObject({ ok: false, error: { code: 'bad_pack' } });
    expect(!res.ok && res.error.problems!.map((p) => p.field)).toEqual(expect.arrayContaining(['title', 'phases', 'roles']));
    expect(world.services.drills.list()).toHaveLength(0);
  });

  it('every call of the contract has a handler, and every error code a message in both languages', () => {
    world = makeWorld();
    const handlers = makeHandlers(world.services) as unknown as Record<string, unknown>;
    for (const name of CALL_NAMES) expect(typeof handlers[name], `handler for ${name}`).toBe('function');
    expect(Object.keys(handlers).sort(), 'no handler outside the contract').toEqual([...CALL_NAMES].sort());
    const internal = errorMessage({ code: 'internal', key: 'internal', params: {} }, 'zh-CN');
    for (const code of ERROR_CODES) {
      const keys = code === 'not_found' ? ['not_found.drill'] : code === 'bad_state' ? ['bad_state.finished'] : [code];
      for (const key of keys) {
        const zh = errorMessage({ code, key, params: {} }, 'zh-CN');
        const en = errorMessage({ code, key, params: {} }, 'en');
        if (code !== 'internal') expect(zh, key).not.toBe(internal);
        expect(zh).not.toBe(en);
        expect(zh).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });
});
