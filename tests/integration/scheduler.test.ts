// The drill clock and the inject scheduler across pause, resume and restart, on a simulated clock.
import { afterEach, describe, expect, it } from 'vitest';
import { MINUTE } from '../../shared/domain/clock';
import { injectsInOrder } from '../../shared/domain/scenario';
import { makeWorld, type World } from '../helpers/world';

let world: World;
afterEach(() => world?.dispose());

const facts = { name: '调度测试演练' };

function startedDrill(scenarioId = 'anonymous-email') {
  world = makeWorld();
  const { drills, scenarios } = world.services;
  const pack = scenarios.get(scenarioId);
  const drillId = drills.create({ pack, facts, language: 'zh-CN' });
  drills.start(drillId);
  const timed = injectsInOrder(pack).filter((j) => !j.contingency && !j.afterInjectId);
  return { drillId, pack, timed };
}

const released = (drillId: string) => world.services.drills.state(drillId).released;

describe('the inject scheduler', () => {
  it('releases each timed inject when the drill clock reaches its offset, not before', () => {
    const { drillId, timed } = startedDrill();
    const first = timed[0]!;
    world.clock.advance(first.offsetMin * MINUTE - 1);
    expect(released(drillId).map((r) => r.injectId)).not.toContain(first.id);
    world.clock.advance(1);
    const r = released(drillId).find((x) => x.injectId === first.id)!;
    expect(r).toMatchObject({ manual: false, late: false, lateMs: 0, clockMs: first.offsetMin * MINUTE });
  });

  it('a paused drill releases no inject, and after resume none is late by the pause', () => {
    const { drillId, timed } = startedDrill();
    const next = timed.find((j) => j.offsetMin > 0)!;
    world.clock.advance(next.offsetMin * MINUTE - 2 * MINUTE);
    world.services.drills.pause(drillId);
    const before = released(drillId).length;
    world.clock.advance(60 * MINUTE);
    expect(released(drillId)).toHaveLength(before);
    world.services.drills.resume(drillId);
    world.clock.advance(2 * MINUTE);
    const r = released(drillId).find((x) => x.injectId === next.id)!;
    expect(r.clockMs).toBe(next.offsetMin * MINUTE);
    expect(r.late).toBe(false);
    expect(r.at - world.services.drills.state(drillId).startedAt!).toBe((next.offsetMin + 60) * MINUTE);
  });

  it('releases every timed inject of a whole 4-hour drill with 100 pauses on time', () => {
    const { drillId, pack } = startedDrill('transfer-failure');
    for (let i = 0; i < 100; i++) {
      world.clock.advance(97_000);
      world.services.drills.pause(drillId);
      world.clock.advance(13_000);
      world.services.drills.resume(drillId);
    }
    world.clock.advance(4 * 60 * MINUTE - 100 * 97_000);
    const s = world.services.drills.state(drillId);
    const expected = pack.injects.filter((j) => !j.contingency).length;
    expect(s.released).toHaveLength(expected);
    expect(s.released.every((r) => !r.late && r.lateMs === 0)).toBe(true);
    // The drill clock excludes the 100 pauses exactly: 4 h of running time.
    expect(world.services.drills.clockNow(drillId)).toBe(4 * 60 * MINUTE);
  });

  it('a child inject follows its parent', () => {
    const { drillId, pack } = startedDrill();
    const child = pack.injects.find((j) => j.afterInjectId && !j.contingency);
    if (!child) return expect(pack.injects.some((j) => j.afterInjectId)).toBe(true);
    world.clock.advance(24 * 60 * MINUTE);
    const order = released(drillId).map((r) => r.injectId);
    expect(order.indexOf(child.afterInjectId!)).toBeLessThan(order.indexOf(child.id));
  });

  it('contingency injects are released only by hand', () => {
    const { drillId, pack } = startedDrill();
    world.clock.advance((Math.max(...pack.injects.map((j) => j.offsetMin)) + 1) * MINUTE);
    const contingency = pack.injects.filter((j) => j.contingency);
    expect(contingency.length).toBeGreaterThan(0);
    expect(released(drillId).some((r) => contingency.some((c) => c.id === r.injectId))).toBe(false);
    world.services.drills.release(drillId, contingency[0]!.id, true);
    expect(released(drillId).at(-1)).toMatchObject({ injectId: contingency[0]!.id, manual: true, late: false });
  });

  it('a finished drill releases nothing more', () => {
    const { drillId, timed } = startedDrill();
    world.services.drills.finish(drillId);
    world.clock.advance((timed.at(-1)!.offsetMin + 1) * MINUTE);
    expect(released(drillId)).toHaveLength(0);
  });
});

describe('restart after a crash', () => {
  it('records the gap in a recovery entry and carries the drill on', () => {
    const { drillId } = startedDrill();
    world.clock.advance(10 * MINUTE);
    const services = world.restart({ downMs: 3 * MINUTE });
    const entries = services.drills.entries(drillId);
    const recovery = entries.find((e) => e.kind === 'recovery');
    expect(recovery).toBeDefined();
    expect(recovery!.data).toMatchObject({ downMs: expect.any(Number) });
    expect((recovery!.data as { downMs: number }).downMs).toBeGreaterThanOrEqual(3 * MINUTE);
    // The drill went on in the room meanwhile: its clock kept running through the gap.
    expect(recovery!.clockMs).toBe(13 * MINUTE);
    expect(services.drills.state(drillId).status).toBe('running');
    expect(services.journal.verify().ok).toBe(true);
  });

  it('releases overdue injects at once, marked late', () => {
    const { drillId, timed } = startedDrill();
    const target = timed.find((j) => j.offsetMin >= 5)!;
    world.clock.advance(target.offsetMin * MINUTE - MINUTE);
    const before = new Set(released(drillId).map((r) => r.injectId));
    const services = world.restart({ downMs: 10 * MINUTE });
    world.clock.advance(0); // the scheduler's zero-delay timer fires
    const late = services.drills.state(drillId).released.filter((r) => !before.has(r.injectId));
    const mine = late.find((r) => r.injectId === target.id)!;
    expect(mine).toBeDefined();
    expect(mine.late).toBe(true);
    expect(mine.lateMs).toBe(9 * MINUTE);
  });

  it('a paused drill stays paused and gets no recovery entry', () => {
    const { drillId } = startedDrill();
    world.services.drills.pause(drillId);
    const services = world.restart({ downMs: 30 * MINUTE });
    expect(services.drills.state(drillId).status).toBe('paused');
    expect(services.drills.entries(drillId).some((e) => e.kind === 'recovery')).toBe(false);
    expect(services.drills.state(drillId).released).toHaveLength(released(drillId).length);
  });
});
