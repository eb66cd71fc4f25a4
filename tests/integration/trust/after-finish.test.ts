// The seal at finish: afterwards only review entries are taken, never stamped before the finish (even with the PC clock set back), and the minutes mark each as added after finish.
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { runDemo } from '../../../electron/drill/demo';
import { DrillRoomError } from '../../../shared/ipc/errors';
import { makeWorld, type World } from '../../helpers/world';

let world: World | undefined;
afterEach(() => world?.dispose());

describe('after finish', () => {
  it('a score and a lesson are accepted, stamped after the finish though the wall clock went back, and marked 结束后补记 in the minutes; an observation is refused', async () => {
    world = makeWorld({ live: false });
    const drills = world.services.drills;
    const drillId = runDemo(drills, world.clock, world.services.scenarios.get('anonymous-email'));
    const finish = drills.entries(drillId).find((e) => e.kind === 'clock.finish')!;
    world.clock.advance(10 * 60_000);
    world.clock.jumpWall(-3 * 3_600_000); // someone sets the PC clock back three hours
    const score = drills.record(drillId, { kind: 'score', roleId: null, text: '结束后评估补充:舆情研判及时', data: { target: 'objective', targetId: drills.state(drillId).scenario.objectives[0]!.id, rating: 'S' } });
    const lesson = drills.record(drillId, { kind: 'lesson', roleId: 'commander', text: '结束后补记:口径审批链条偏长', data: { category: 'to_improve' } });
    for (const e of [score, lesson]) {
      expect(e.at).toBeGreaterThanOrEqual(finish.at);
      expect(e.clockMs).toBeGreaterThanOrEqual(finish.clockMs);
    }
    expect(() => drills.record(drillId, { kind: 'observation', roleId: 'monitoring', text: '结束后又发现一条帖子', data: {} })).toThrow(DrillRoomError);

    const saved = await world.services.exportMinutes(drillId);
    const xml = await (await JSZip.loadAsync(readFileSync(saved.path!))).file('word/document.xml')!.async('string');
    expect(xml).toMatch(/结束后评估补充:舆情研判及时（结束后补记，\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?）/);
    expect(xml).toMatch(/口径审批链条偏长（结束后补记，/);
    // Entries before finish carry no such mark.
    expect(xml.match(/结束后补记，/g)).toHaveLength(2);
  });
});
