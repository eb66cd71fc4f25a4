// A restart gap the heartbeats cannot vouch for is not counted as drill time by itself: the drill is held and
// the facilitator answers, through the contract, whether the gap counts as paused or running; the answer is an entry.
import { afterEach, describe, expect, it } from 'vitest';
import { errorMessage } from '../../../shared/i18n/errors';
import type { ErrorPayload } from '../../../shared/ipc/errors';
import { makeWorld, MIN, type World } from '../../helpers/world';
import { expectNeverBackwards, HOUR, kinds } from './timeline';

let world: World;
afterEach(() => world?.dispose());

function runningDrill(): string {
  world = makeWorld();
  const { drills, scenarios } = world.services;
  const drillId = drills.create({ pack: scenarios.get('anonymous-email'), facts: { name: '重启间隔演练' }, language: 'zh-CN' });
  drills.start(drillId);
  return drillId;
}

describe('a restart gap', () => {
  it('as short as a restart of the app or the PC counts as running time, as before (the room carried on)', () => {
    const drillId = runningDrill();
    world.clock.advance(10 * MIN);
    const services = world.restart({ downMs: 2 * MIN });
    const recovery = kinds(services.drills.entries(drillId), 'recovery').at(-1)!;
    expect(recovery.clockMs).toBe(12 * MIN);
    expect(recovery.data).toMatchObject({ downMs: 2 * MIN });
    expect(services.drills.state(drillId).gap).toBeNull();
    expect(services.drills.state(drillId).clock.running).toBe(true);
  });

  it('of three hours holds the drill until the facilitator answers; "running" counts it and overdue injects come out late', async () => {
    const drillId = runningDrill();
    world.clock.advance(4 * MIN);
    const services = world.restart({ downMs: 3 * HOUR });
    world.clock.advance(10 * MIN);
    const drills = services.drills;
    const recovery = kinds(drills.entries(drillId), 'recovery').at(-1)!;
    expect(recovery).toMatchObject({ clockMs: 4 * MIN, data: { held: true, downMs: 3 * HOUR } });
    expect(drills.state(drillId).released.map((r) => r.injectId)).toEqual(['ae-01']);
    const refused = await services.dispatch('clock.finish', { drillId });
    expect(refused.ok).toBe(false);
    const err = (refused as { error: ErrorPayload }).error;
    expect(err.key).toBe('bad_state.gap_undecided');
    expect(errorMessage(err, 'zh-CN')).toMatch(/暂停|计入/);

    const reply = await services.dispatch('drill.decideGap', { drillId, counts: 'running' });
    expect(reply.ok).toBe(true);
    world.clock.advance(0);
    const answer = kinds(drills.entries(drillId), 'clock.gap')[0]!;
    expect(answer).toMatchObject({ clockMs: 4 * MIN + 3 * HOUR, data: { counts: 'running', countedMs: 3 * HOUR } });
    const ae02 = drills.state(drillId).released.find((r) => r.injectId === 'ae-02')!;
    expect(ae02.late).toBe(true);
    expect(ae02.lateMs).toBe(3 * HOUR - 6 * MIN);
    expectNeverBackwards(drills.entries(drillId));
  });

  it('is asked once: a second restart keeps the question open without a second count, and the answer is accepted once', async () => {
    const drillId = runningDrill();
    world.clock.advance(4 * MIN);
    world.restart({ downMs: 2 * HOUR });
    const services = world.restart({ downMs: 30 * MIN });
    const drills = services.drills;
    expect(kinds(drills.entries(drillId), 'recovery')).toHaveLength(1);
    expect(drills.state(drillId).gap).not.toBeNull();
    expect(drills.clockNow(drillId)).toBe(4 * MIN);
    const bad = await services.dispatch('drill.decideGap', { drillId, counts: 'maybe' });
    expect(bad.ok).toBe(false);
    expect((await services.dispatch('drill.decideGap', { drillId, counts: 'paused' })).ok).toBe(true);
    const again = await services.dispatch('drill.decideGap', { drillId, counts: 'running' });
    expect(again.ok).toBe(false);
    expect((again as { error: ErrorPayload }).error.key).toBe('bad_state.no_gap');
    expect(drills.clockNow(drillId)).toBe(4 * MIN);
    expect(services.journal.verify().ok).toBe(true);
  });

  it('after a heartbeat that recorded the drill clock, resumes from that value, not from wall-clock arithmetic', () => {
    const drillId = runningDrill();
    world.clock.advance(7 * MIN + 5_000); // the last heartbeat is at 7:00, the last entry (ae-01) at 2:00
    world.clock.jumpWall(-2 * HOUR);
    const services = world.restart({ downMs: 0 });
    const recovery = kinds(services.drills.entries(drillId), 'recovery').at(-1)!;
    expect(recovery.clockMs).toBeGreaterThanOrEqual(7 * MIN);
    expect(recovery.clockMs).toBeLessThanOrEqual(7 * MIN + 5_000);
  });
});
