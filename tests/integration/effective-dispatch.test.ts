// Voids, corrections and 补记 through the call table on real SQLite: what the drill admits, and the state after.
import { afterEach, describe, expect, it } from 'vitest';
import { indicators } from '../../shared/domain/indicators';
import { errorMessage } from '../../shared/i18n/errors';
import { makeWorld, MIN, type World } from '../helpers/world';

let world: World;
afterEach(() => world?.dispose());

async function running() {
  world = makeWorld({ live: false });
  const d = world.services.dispatch;
  const res = await d('drill.create', { scenarioId: 'transfer-failure', facts: { name: '补记与作废演练' } });
  if (!res.ok) throw new Error(JSON.stringify(res.error));
  const drillId = (res.value as { drillId: string }).drillId;
  expect((await d('clock.start', { drillId })).ok).toBe(true);
  return { d, drillId };
}
const seqOf = (res: { ok: boolean; value?: unknown }) => (res.value as { seq: number }).seq;

describe('the effective journal through the call table', () => {
  it('a voided first response is out of the state, and the drill can mark it again', async () => {
    const { d, drillId } = await running();
    await d('entry.log', { drillId, kind: 'observation', roleId: 'customer_service', text: '接到投诉', milestone: 'discovered' });
    world.clock.advance(3 * MIN);
    const first = seqOf(await d('entry.log', { drillId, kind: 'communication', roleId: 'spokesperson', text: '误点', milestone: 'first_response', audience: 'public' }));
    expect(world.services.drills.state(drillId).milestones.first_response).toBe(3 * MIN);
    expect((await d('entry.correct', { drillId, seq: first, text: '误点,作废', void: true })).ok).toBe(true);
    let s = world.services.drills.state(drillId);
    expect(s.milestones.first_response).toBeUndefined();
    expect(indicators(s, world.services.drills.clockNow(drillId)).find((i) => i.id === 'first_response')).toMatchObject({ status: 'running', toSeq: null });
    world.clock.advance(2 * MIN);
    const real = seqOf(await d('entry.log', { drillId, kind: 'communication', roleId: 'spokesperson', text: '发布情况说明', milestone: 'first_response', audience: 'public' }));
    s = world.services.drills.state(drillId);
    expect(indicators(s, world.services.drills.clockNow(drillId)).find((i) => i.id === 'first_response')).toMatchObject({ status: 'met', toSeq: real, toClockMs: 5 * MIN });
    // The cached state the service keeps equals a fold of the stored journal after a restart.
    world.restart();
    expect(world.services.drills.state(drillId).milestones).toEqual(s.milestones);
  });

  it('a phase change or a pause cannot be voided; the refusal says what to do instead, and nothing is written', async () => {
    const { d, drillId } = await running();
    const phase = seqOf(await d('phase.next', { drillId }));
    const pause = seqOf(await d('clock.pause', { drillId }));
    const before = world.services.drills.entries(drillId).length;
    for (const seq of [2, phase, pause]) {
      const res = await d('entry.correct', { drillId, seq, text: '误操作', void: true });
      expect(res).toMatchObject({ ok: false, error: { key: 'bad_state.void_system' } });
      expect(errorMessage((res as unknown as { error: never }).error, 'zh-CN')).toContain('更正说明');
    }
    expect(world.services.drills.entries(drillId).length).toBe(before);
    expect(world.services.drills.state(drillId)).toMatchObject({ phaseIndex: 1, status: 'paused' });
    expect((await d('entry.correct', { drillId, seq: phase, text: '应在核实完成后再进入下一阶段' })).ok).toBe(true);
  });

  it('补记: accepted for a time in the past, refused before the start or after now, with a message in Chinese', async () => {
    const { d, drillId } = await running();
    world.clock.advance(20 * MIN);
    const ok = await d('entry.log', { drillId, kind: 'communication', roleId: 'customer_service', text: '补记:T+5 已电话报告组长', milestone: 'reported', audience: 'internal', occurredMs: 5 * MIN });
    expect(ok.ok).toBe(true);
    const stored = world.services.drills.entries(drillId).find((e) => e.seq === seqOf(ok))!;
    expect(stored).toMatchObject({ clockMs: 20 * MIN, data: { occurredMs: 5 * MIN } });
    expect(world.services.drills.state(drillId).milestones.reported).toBe(5 * MIN);
    const before = world.services.drills.entries(drillId).length;
    const future = await d('entry.log', { drillId, kind: 'observation', roleId: 'monitoring', text: '未来', occurredMs: 21 * MIN });
    expect(future).toMatchObject({ ok: false, error: { key: 'invalid_input.occurred_future' } });
    expect(errorMessage((future as unknown as { error: never }).error, 'zh-CN')).toContain('T+00:21:00');
    const early = await d('entry.log', { drillId, kind: 'observation', roleId: 'monitoring', text: '开始前', occurredMs: -MIN });
    expect(early).toMatchObject({ ok: false, error: { key: 'invalid_input.occurred_before_start' } });
    expect(world.services.drills.entries(drillId).length).toBe(before);
  });
});
