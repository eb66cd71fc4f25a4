// Witness codes in the room: the projector and the console show the code of the last phase change, the filing code at finish, and the minutes list them by phase.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { filingCodeOf, witnessMarks } from '../../shared/domain/anchors';
import { openRoom, type Room } from './harness';

const MIN = 60_000;

describe('witness codes, as the room sees them', () => {
  let room: Room;
  let drillId = '';
  beforeAll(async () => {
    room = await openRoom();
    const drills = room.services.drills;
    drillId = drills.create({ pack: room.services.scenarios.get('anonymous-email'), facts: { name: '见证码演练' }, language: 'zh-CN' });
    drills.start(drillId);
  });
  afterAll(async () => room?.close());

  it('none before the first phase change; after it, the projector (1920×1080 and 1024×768) and the console show its code', async () => {
    const proj = await room.open(`#/projector?drill=${encodeURIComponent(drillId)}`, { width: 1920, height: 1080 });
    await proj.getByTestId('projector').waitFor();
    expect(await proj.getByTestId('proj-witness').count()).toBe(0);

    room.clock.advance(12 * MIN);
    room.services.drills.nextPhase(drillId);
    const code = witnessMarks(room.services.drills.entries(drillId))[0]!.code;
    await expect.poll(() => proj.getByTestId('proj-witness-code').textContent()).toBe(code);
    // Readable from the back of the room: at least as large as the projector's body text, on one line, not clipped.
    const box = await proj.getByTestId('proj-witness-code').evaluate((el) => {
      const s = getComputedStyle(el);
      return { size: parseFloat(s.fontSize), clipped: el.scrollWidth > el.clientWidth + 1, h: el.getBoundingClientRect().height };
    });
    expect(box.size).toBeGreaterThanOrEqual(28);
    expect(box.clipped).toBe(false);
    await proj.setViewportSize({ width: 1024, height: 768 });
    await expect.poll(() => proj.getByTestId('proj-witness-code').isVisible()).toBe(true);
    expect(await proj.getByTestId('proj-witness-code').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(24);

    const consolePage = await room.open(`#/drill/${encodeURIComponent(drillId)}`);
    await expect.poll(() => consolePage.getByTestId('console-anchors').textContent()).toContain(code);
  });

  it('at finish: the projector shows the finish code and the filing code, and the minutes list every code by phase', async () => {
    room.clock.advance(20 * MIN);
    room.services.drills.nextPhase(drillId);
    room.clock.advance(5 * MIN);
    room.services.drills.finish(drillId);
    const entries = room.services.drills.entries(drillId);
    const marks = witnessMarks(entries);
    const filing = filingCodeOf(entries)!;
    const proj = await room.open(`#/projector?drill=${encodeURIComponent(drillId)}`, { width: 1920, height: 1080 });
    await expect.poll(() => proj.getByTestId('proj-witness-code').textContent()).toBe(marks[marks.length - 1]!.code);
    expect(await proj.getByTestId('proj-filing-code').textContent()).toBe(filing);
    if (process.env['DRILLROOM_SCREENSHOTS']) await proj.screenshot({ path: 'docs/screenshots/projector-witness-1920x1080.png' });

    const saved = await room.services.exportMinutes(drillId);
    const xml = await (await JSZip.loadAsync(readFileSync(saved.path!))).file('word/document.xml')!.async('string');
    for (const m of marks) expect(xml).toContain(m.code);
    expect(xml).toContain(filing);
  });
});
