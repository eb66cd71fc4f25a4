// A PC clock set back an hour during a running drill: no drill clock and no wall time in the journal runs
// backwards, the jump is an entry with both readings, and a crash does not send the drill clock back to 0.
import { afterEach, describe, expect, it } from 'vitest';
import { indicators } from '../../../shared/domain/indicators';
import { makeWorld, MIN, type World } from '../../helpers/world';
import { expectNeverBackwards, HOUR, kinds } from './timeline';

let world: World;
afterEach(() => world?.dispose());

function runningDrill(): string {
  world = makeWorld();
  const { drills, scenarios } = world.services;
  const drillId = drills.create({ pack: scenarios.get('anonymous-email'), facts: { name: '时钟回拨演练' }, language: 'zh-CN' });
  drills.start(drillId);
  return drillId;
}

const report = (drillId: string) =>
  world.services.drills.record(drillId, { kind: 'communication', roleId: 'monitoring', text: '已向组长上报', data: { milestone: 'reported', audience: 'internal' } });

describe('the wall clock is set back an hour', () => {
  it('while the app runs: the jump is an entry, later entries keep drill time and wall time in order', () => {
    const drillId = runningDrill();
    world.clock.advance(12 * MIN); // ae-01 (discovered, 2 min) and ae-02 (10 min) are out
    const trueWall = world.clock.now() + 5_000;
    world.clock.jumpWall(-HOUR);
    world.clock.advance(5_000);
    const e = report(drillId);
    // Its wall time goes on from the chain by monotonic time: the true time, not the set-back reading, not frozen.
    expect(e.at).toBe(trueWall);
    const drills = world.services.drills;
    expect(e.clockMs).toBe(12 * MIN + 5_000);
    const jump = kinds(drills.entries(drillId), 'clock.jump')[0];
    expect(jump).toBeDefined();
    const data = jump!.data as { wallBefore: number; wallAfter: number; jumpMs: number };
    expect(data.wallBefore).toBeGreaterThan(data.wallAfter);
    expect(Math.abs(data.jumpMs + HOUR)).toBeLessThan(1_000);
    const dr = indicators(drills.state(drillId), drills.clockNow(drillId)).find((i) => i.id === 'discover_report')!;
    expect(dr).toMatchObject({ status: 'met', actualMs: 10 * MIN + 5_000 });
    expectNeverBackwards(drills.entries(drillId));
  });

  it('then a crash: the drill clock resumes where it stood, not at 0, and 上报 lands after 发现', () => {
    const drillId = runningDrill();
    world.clock.advance(12 * MIN);
    world.clock.jumpWall(-HOUR);
    const services = world.restart({ downMs: 1_000 });
    world.clock.advance(0);
    const drills = services.drills;
    const recovery = kinds(drills.entries(drillId), 'recovery').at(-1)!;
    expect(recovery.clockMs).toBeGreaterThanOrEqual(12 * MIN);
    expect(drills.state(drillId).clock.running).toBe(true);
    // A wall reading earlier than the chain is a jump, recorded with both readings.
    const jump = kinds(drills.entries(drillId), 'clock.jump')[0];
    expect(jump).toBeDefined();
    expect((jump!.data as { wallAfter: number }).wallAfter).toBeLessThan((jump!.data as { wallBefore: number }).wallBefore);
    world.clock.advance(MIN);
    const e = report(drillId);
    expect(e.clockMs).toBeGreaterThanOrEqual(13 * MIN);
    const dr = indicators(drills.state(drillId), drills.clockNow(drillId)).find((i) => i.id === 'discover_report')!;
    expect(dr.status).toBe('met');
    expect(dr.actualMs).toBeGreaterThanOrEqual(11 * MIN);
    // No inject is released twice or early after the restart.
    const ids = drills.state(drillId).released.map((r) => r.injectId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain('ae-03');
    expectNeverBackwards(drills.entries(drillId));
    expect(services.journal.verify().ok).toBe(true);
  });
});
