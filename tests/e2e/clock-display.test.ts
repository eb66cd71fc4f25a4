// The console and projector show main's drill clock (animated with performance.now()), whatever the wall clock
// does, and ask the facilitator about an undecided restart gap, Chinese first; the answer is a journal entry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openRoom, type Room } from './harness';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;

/** `T+hh:mm:ss` → ms. */
const readClock = (text: string | null) => {
  const m = /^T\+(\d\d):(\d\d):(\d\d)$/.exec(text ?? '');
  if (!m) throw new Error(`not a drill clock: ${text}`);
  return ((Number(m[1]) * 60 + Number(m[2])) * 60 + Number(m[3])) * 1000;
};

describe('the drill clock on screen', () => {
  let room: Room;
  let page: Page;
  let proj: Page;
  let drillId = '';

  beforeAll(async () => {
    room = await openRoom();
    const { drills, scenarios } = room.services;
    drillId = drills.create({ pack: scenarios.get('anonymous-email'), facts: { name: '时钟显示演练' }, language: 'zh-CN' });
    drills.start(drillId);
    room.clock.advance(2 * MIN);
    page = await room.open(`#/drill/${encodeURIComponent(drillId)}`);
    proj = await room.open(`#/projector?drill=${encodeURIComponent(drillId)}`, { width: 1920, height: 1080 });
  });
  afterAll(async () => {
    await room?.close();
  });

  it('stays on main’s drill clock when the wall clock jumps a day ahead', async () => {
    await page.getByTestId('console-clock').waitFor();
    room.clock.jumpWall(DAY);
    room.clock.advance(10_000); // a heartbeat records the jump
    // A push after the jump (the jump entry itself, then a log entry) carries main's clock, not wall time.
    room.services.drills.record(drillId, { kind: 'observation', roleId: 'scribe', text: '时钟跳变之后的记录', data: {} });
    await page.getByTestId('journal').locator('li.entry', { hasText: '时钟跳变之后的记录' }).waitFor();
    const main = room.services.drills.clockNow(drillId);
    for (const p of [page, proj]) {
      const shown = readClock(await p.getByTestId(p === page ? 'console-clock' : 'proj-clock').textContent());
      expect(shown, p === page ? 'console' : 'projector').toBeGreaterThanOrEqual(main - 1_000);
      expect(shown, p === page ? 'console' : 'projector').toBeLessThan(main + 30_000);
    }
  });

  it('asks about a restart gap on the console, Chinese first with English, and records the answer', async () => {
    // The same path a restart takes: recovery from the journal after the wall clock moved a day on.
    room.clock.jumpWall(DAY);
    room.services.drills.recoverAll();
    const question = page.getByTestId('gap-question');
    await question.waitFor();
    const text = (await question.textContent())!;
    expect(text.indexOf('重启间隔待确认')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('重启间隔待确认')).toBeLessThan(text.indexOf('Restart gap to decide'));
    expect(await page.getByRole('button', { name: '暂停', exact: true }).count()).toBe(0);
    await proj.getByTestId('proj-gap').getByText('等待主持人确认重启间隔').waitFor();
    await page.getByTestId('gap-paused').click();
    await expect.poll(() => room.services.drills.state(drillId).gap).toBeNull();
    await question.waitFor({ state: 'detached' });
    const answer = room.services.drills.entries(drillId).at(-1)!;
    expect(answer).toMatchObject({ kind: 'clock.gap', data: { counts: 'paused', countedMs: 0 } });
    expect(readClock(await page.getByTestId('console-clock').textContent())).toBeLessThan(10 * MIN);
  });
});
