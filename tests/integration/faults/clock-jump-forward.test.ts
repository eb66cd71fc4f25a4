// A PC clock set a day ahead during a running drill: drill time follows the monotonic clock, the jump is an
// entry with both readings, and after a crash the unexplained day is not counted without the facilitator.
import { afterEach, describe, expect, it } from 'vitest';
import { indicators } from '../../../shared/domain/indicators';
import { makeWorld, MIN, type World } from '../../helpers/world';
import { DAY, expectNeverBackwards, kinds } from './timeline';

let world: World;
afterEach(() => world?.dispose());

function runningDrill(): string {
  world = makeWorld();
  const { drills, scenarios } = world.services;
  const drillId = drills.create({ pack: scenarios.get('anonymous-email'), facts: { name: '时钟跳变演练' }, language: 'zh-CN' });
  drills.start(drillId);
  return drillId;
}

const releasedIds = (drillId: string) => world.services.drills.state(drillId).released.map((r) => r.injectId);

describe('the wall clock jumps a day ahead', () => {
  it('while the app runs: the jump is an entry with both readings, and drill time and injects ignore it', () => {
    const drillId = runningDrill();
    world.clock.advance(3 * MIN);
    const before = world.clock.now();
    world.clock.jumpWall(DAY);
    world.clock.advance(20_000); // two heartbeats see the jump
    const drills = world.services.drills;
    expect(drills.clockNow(drillId)).toBe(3 * MIN + 20_000);
    const jumps = kinds(drills.entries(drillId), 'clock.jump');
    expect(jumps).toHaveLength(1);
    const data = jumps[0]!.data as { wallBefore: number; wallAfter: number; jumpMs: number };
    expect(data.wallBefore).toBeGreaterThanOrEqual(before);
    expect(data.wallAfter - data.wallBefore).toBeGreaterThanOrEqual(DAY);
    expect(Math.abs(data.jumpMs - DAY)).toBeLessThan(1_000);
    // ae-02 is due at 10 min of drill time: released then, on time.
    world.clock.advance(7 * MIN - 20_000);
    const r = drills.state(drillId).released.find((x) => x.injectId === 'ae-02')!;
    expect(r).toMatchObject({ clockMs: 10 * MIN, late: false, lateMs: 0 });
    expect(releasedIds(drillId)).not.toContain('ae-03');
    expectNeverBackwards(drills.entries(drillId));
  });

  it('then a crash: the recovery does not count the day; the drill is held and releases nothing until the facilitator answers', async () => {
    const drillId = runningDrill();
    world.clock.advance(5 * MIN + 3_000);
    world.clock.jumpWall(DAY);
    const services = world.restart({ downMs: 808 });
    world.clock.advance(0);
    const drills = services.drills;
    const recovery = kinds(drills.entries(drillId), 'recovery').at(-1)!;
    expect(recovery.clockMs).toBeGreaterThanOrEqual(5 * MIN);
    expect(recovery.clockMs).toBeLessThanOrEqual(5 * MIN + 3_000);
    expect(recovery.data).toMatchObject({ held: true });
    const state = drills.state(drillId);
    expect(state.clock.running).toBe(false);
    expect(state.gap).toMatchObject({ recoverySeq: recovery.seq });
    expect(state.gap!.gapMs).toBeGreaterThan(DAY);

    // Held: no inject comes out, the clock stands, the clock controls wait for the answer.
    const out = releasedIds(drillId);
    world.clock.advance(30 * MIN);
    expect(releasedIds(drillId)).toEqual(out);
    expect(drills.clockNow(drillId)).toBe(recovery.clockMs);
    expect(() => drills.pause(drillId)).toThrow(expect.objectContaining({ payload: expect.objectContaining({ key: 'bad_state.gap_undecided' }) }));

    // The facilitator says the day was a pause: an entry, and the clock carries on from where it stood.
    const reply = await services.dispatch('drill.decideGap', { drillId, counts: 'paused' });
    expect(reply.ok).toBe(true);
    const answer = drills.entries(drillId).at(-1)!;
    expect(answer).toMatchObject({ kind: 'clock.gap', clockMs: recovery.clockMs, data: { counts: 'paused', countedMs: 0, recoverySeq: recovery.seq } });
    expect(drills.state(drillId).gap).toBeNull();
    world.clock.advance(10 * MIN - recovery.clockMs);
    const r = drills.state(drillId).released.find((x) => x.injectId === 'ae-02')!;
    expect(r).toMatchObject({ late: false, lateMs: 0, clockMs: 10 * MIN });
    // The discovery (ae-01 at 2 min) is 8 minutes old, not a day: 发现→上报 is still running, not missed.
    const dr = indicators(drills.state(drillId), drills.clockNow(drillId)).find((i) => i.id === 'discover_report')!;
    expect(dr).toMatchObject({ status: 'running', runningMs: 8 * MIN });
    expectNeverBackwards(drills.entries(drillId));
    expect(services.journal.verify().ok).toBe(true);
  });
});
