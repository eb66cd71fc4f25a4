// The projector's join board while seats are open: read from the back of the room (codes and address at projector
// size), whole on the screen at 1920×1080 and 1024×768 in both languages, before the start and while the drill runs.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SeatsStatus } from '../../shared/ipc/contract';
import { LINUX_PC_FONTS, openRoom, type Room } from './harness';
import { clippedText, describeClipped } from './overflowScan';
import { smallestText } from './projectorText';

const SEAT_ADDRESS = '127.0.0.5';
const SIZES = [
  { size: { width: 1920, height: 1080 }, minPx: 28 },
  { size: { width: 1024, height: 768 }, minPx: 24 },
] as const;

describe('the projector’s join board', () => {
  let room: Room;
  let drillId = '';
  let status: SeatsStatus;
  const call = async <T,>(name: string, input: unknown): Promise<T> => {
    const r = await room.services.dispatch(name, input);
    if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
    return r.value as T;
  };

  beforeAll(async () => {
    room = await openRoom({ fontconfig: LINUX_PC_FONTS });
    ({ drillId } = await call<{ drillId: string }>('drill.create', { scenarioId: 'anonymous-email', facts: { name: 'XX支行匿名邮件举报舆情应急演练' }, language: 'zh-CN' }));
    status = await call<SeatsStatus>('seats.open', { drillId, address: SEAT_ADDRESS, port: 0 });
  }, 120_000);
  afterAll(async () => {
    await room?.services.dispatch('seats.close', {});
    await room?.close();
  });

  async function check(page: Page, minPx: number, label: string): Promise<void> {
    const board = page.getByTestId('seat-join-board');
    await board.waitFor();
    // Every code on the board is the one main issued, and can be read from the back row.
    for (const { roleId, code } of status.codes) await expect.poll(() => page.getByTestId(`join-code-${roleId}`).locator('.seat-join-code').textContent()).toBe(code);
    const smallest = await smallestText(page, '[data-testid="seat-join-board"]');
    expect(smallest.count, label).toBeGreaterThan(10);
    expect(smallest.px, `${label}: ${smallest.what}`).toBeGreaterThanOrEqual(minPx);
    // Whole on the screen, nothing cut.
    const box = (await board.boundingBox())!;
    const viewport = page.viewportSize()!;
    expect([box.x >= 0, box.y >= 0, box.x + box.width <= viewport.width + 0.5, box.y + box.height <= viewport.height + 0.5], label).toEqual([true, true, true, true]);
    expect(describeClipped(label, await clippedText(page)).filter((l) => l.includes('seat-join')).join('\n')).toBe('');
  }

  for (const lang of ['zh-CN', 'en'] as const)
    for (const { size, minPx } of SIZES)
      it(`${lang} at ${size.width}×${size.height}: before the start and while the drill runs`, async () => {
        const page = await room.open(`#/projector?drill=${encodeURIComponent(drillId)}&lang=${lang}`, size);
        try {
          if (room.services.drills.state(drillId).status === 'running') room.services.drills.pause(drillId);
          await check(page, minPx, `${lang} ${size.width}: before the start / paused`);
          if (process.env['LOOK']) await page.screenshot({ path: `${process.env['LOOK']}/join-ready-${lang}-${size.width}.png` });
          const state = room.services.drills.state(drillId);
          if (state.status === 'ready') room.services.drills.start(drillId);
          else room.services.drills.resume(drillId);
          await page.getByTestId('proj-clock').waitFor();
          await expect.poll(() => page.getByTestId('proj-status').textContent()).toMatch(/演练中|Running/);
          await check(page, minPx, `${lang} ${size.width}: running`);
          if (process.env['LOOK']) await page.screenshot({ path: `${process.env['LOOK']}/join-running-${lang}-${size.width}.png` });
        } finally {
          await page.close();
        }
      }, 120_000);
});
