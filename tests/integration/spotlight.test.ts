// The spotlight through the contract on real SQLite: only a released inject goes on the projector, a post only if it
// is one, taking down needs something up, the finish ends it, and a restart shows what the journal says.
import { afterEach, describe, expect, it } from 'vitest';
import { makeWorld, MIN, type World } from '../helpers/world';

let world: World;
afterEach(() => world?.dispose());

async function started() {
  world = makeWorld();
  const d = world.services.dispatch;
  const res = await d('drill.create', { scenarioId: 'anonymous-email', facts: { name: '投屏聚焦测试演练' } });
  if (!res.ok) throw new Error(JSON.stringify(res.error));
  const drillId = (res.value as { drillId: string }).drillId;
  await d('clock.start', { drillId });
  world.clock.advance(19 * MIN); // ae-01 (email), ae-02 (internal), ae-03 (weibo) are out
  return drillId;
}

describe('the spotlight call', () => {
  it('puts a released inject up as a card or as its post, takes it down, and says why it refuses', async () => {
    const drillId = await started();
    const d = world.services.dispatch;
    const { drills } = world.services;
    const n = () => drills.entries(drillId).length;
    await expect.poll(() => drills.state(drillId).released.length).toBe(3);
    let before = n();
    expect(await d('projector.spotlight', { drillId, injectId: 'ae-16' })).toMatchObject({ ok: false, error: { key: 'bad_state.spotlight_not_released' } });
    expect(await d('projector.spotlight', { drillId, injectId: 'nope' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await d('projector.spotlight', { drillId, injectId: 'ae-01', form: 'post' })).toMatchObject({ ok: false, error: { key: 'bad_state.not_a_post' } });
    expect(await d('projector.spotlight', { drillId, injectId: null })).toMatchObject({ ok: false, error: { key: 'bad_state.no_spotlight' } });
    expect(n()).toBe(before);

    expect((await d('projector.spotlight', { drillId, injectId: 'ae-01' })).ok).toBe(true);
    expect(drills.state(drillId).spotlight).toMatchObject({ injectId: 'ae-01', form: 'card' });
    expect((await d('projector.spotlight', { drillId, injectId: 'ae-03', form: 'post' })).ok).toBe(true);
    expect(drills.entries(drillId).at(-1)).toMatchObject({ kind: 'spotlight', roleId: null, data: { injectId: 'ae-03', form: 'post' } });

    // A restart folds the journal again: the projector shows the same.
    const after = world.restart();
    expect(after.drills.state(drillId).spotlight).toMatchObject({ injectId: 'ae-03', form: 'post' });
    before = after.drills.entries(drillId).length;
    expect((await after.dispatch('projector.spotlight', { drillId, injectId: null })).ok).toBe(true);
    expect(after.drills.state(drillId).spotlight).toBeNull();
    expect(after.drills.entries(drillId).length).toBe(before + 1);
    expect(after.journal.verify()).toMatchObject({ ok: true });
  });

  it('ends with the drill, and a finished drill takes no spotlight', async () => {
    const drillId = await started();
    const d = world.services.dispatch;
    await expect.poll(() => world.services.drills.state(drillId).released.length).toBe(3);
    await d('projector.spotlight', { drillId, injectId: 'ae-02' });
    await d('clock.finish', { drillId });
    expect(world.services.drills.state(drillId).spotlight).toBeNull();
    expect(await d('projector.spotlight', { drillId, injectId: 'ae-02' })).toMatchObject({ ok: false, error: { key: 'bad_state.finished' } });
  });
});
