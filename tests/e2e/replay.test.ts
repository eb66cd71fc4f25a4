// Replay (复盘) of a finished demo drill: at every replay time we stop at, the board shows the state the room saw
// then, i.e. fold() of the entries up to that drill time; the replay reads and writes nothing.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDrillClock } from '../../shared/domain/clock';
import { fold } from '../../shared/domain/fold';
import { phaseProgress, roleProgress } from '../../shared/domain/progress';
import { runDemo } from '../../electron/drill/demo';
import { openRoom, type Room } from './harness';

const MIN = 60_000;

describe('a replay of a finished demo drill', () => {
  let room: Room;
  let page: Page;
  let drillId = '';

  beforeAll(async () => {
    room = await openRoom();
    drillId = runDemo(room.services.drills, room.clock, room.services.scenarios.get('transfer-failure'));
    page = await room.open('#/');
  });
  afterAll(async () => {
    await room?.close();
  });

  /** The room as it was at drill time t: the fold of the entries with clockMs ≤ t. */
  const liveAt = (t: number) => {
    const all = room.services.drills.entries(drillId);
    const state = fold(all.filter((e) => e.clockMs <= t));
    const clockMs = state.clock.running ? t : state.clock.clockMs;
    return { state, clockMs };
  };

  it('opens from the drill list, read-only, at the start of the drill', async () => {
    await page.getByTestId(`replay-${drillId}`).click();
    await page.getByTestId('replay').waitFor();
    expect(await page.getByTestId('replay-clock').textContent()).toBe('T+00:00:00');
    expect(await page.getByTestId('proj-status').textContent()).toContain('演练中');
    // Nothing on the replay writes: no clock controls, no log bar, no release buttons.
    for (const name of ['开始演练', '暂停演练', '结束演练', '发布', '记录']) expect(await page.getByRole('button', { name, exact: true }).count()).toBe(0);
  });

  it('passes through the same states as the live drill did', async () => {
    const end = room.services.drills.state(drillId).clock.clockMs;
    const times = [1, 7, 16, 33, 52, 75, 98, 121, 150].map((m) => m * MIN).filter((t) => t < end).concat([end]);
    expect(times.length).toBeGreaterThanOrEqual(6);
    for (const t of times) {
      await page.getByTestId('replay-jump').fill(formatDrillClock(t));
      await page.getByTestId('replay-jump').press('Enter');
      await expect.poll(() => page.getByTestId('replay-clock').textContent()).toBe(formatDrillClock(t));
      const { state, clockMs } = liveAt(t);
      const pp = phaseProgress(state, clockMs);
      if (pp) expect(await page.getByTestId('proj-phase').textContent()).toContain(pp.phase.name);
      expect(await page.getByTestId('replay-released').textContent()).toContain(`${state.released.length}/${state.scenario.injects.length}`);
      for (const p of roleProgress(state, clockMs)) {
        const tile = (await page.getByTestId(`proj-role-${p.roleId}`).textContent())!;
        expect(tile, `${p.roleId} at ${formatDrillClock(t)}`).toContain(`${p.done}/${p.total}`);
        expect(tile.includes('逾期'), `${p.roleId} overdue at ${formatDrillClock(t)}`).toBe(p.overdue.length > 0);
      }
      const newest = state.released.at(-1);
      if (newest) {
        const sender = state.scenario.injects.find((j) => j.id === newest.injectId)!.sender;
        expect(await page.getByTestId('proj-inject').first().textContent()).toContain(sender);
      }
      const status = state.status === 'finished' ? '已结束' : state.status === 'paused' ? '已暂停' : '演练中';
      expect(await page.getByTestId('proj-status').textContent()).toContain(status);
    }
  });

  it('shows the feed and heat curve moving with the replay clock', async () => {
    await page.getByTestId('replay-jump').fill('0');
    await page.getByTestId('replay-jump').press('Enter');
    await expect.poll(() => page.getByTestId('proj-feed').getByTestId('feed-post').count()).toBe(0);
    await page.getByTestId('replay-jump').fill('90');
    await page.getByTestId('replay-jump').press('Enter');
    await expect.poll(() => page.getByTestId('proj-feed').getByTestId('feed-post').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('proj-feed').getByTestId('heat-stage').textContent()).toMatch(/发酵|扩散|回落/);
  });

  it('plays forward at the chosen speed, pauses, steps between events and scrubs', async () => {
    await page.getByTestId('replay-jump').fill('10');
    await page.getByTestId('replay-jump').press('Enter');
    await page.getByRole('radio', { name: '60×' }).click();
    await page.getByTestId('replay-play').click();
    await expect.poll(() => page.getByTestId('replay-clock').textContent(), { timeout: 10_000 }).not.toBe('T+00:10:00');
    await page.getByTestId('replay-pause').click();
    const stopped = await page.getByTestId('replay-clock').textContent();
    await page.waitForTimeout(400);
    expect(await page.getByTestId('replay-clock').textContent()).toBe(stopped);
    // Next event lands exactly on an entry's drill time.
    await page.getByRole('button', { name: '下一事件' }).click();
    const at = (await page.getByTestId('replay-clock').textContent())!;
    expect(room.services.drills.entries(drillId).some((e) => formatDrillClock(e.clockMs) === at)).toBe(true);
    // The scrubber moves the clock from the keyboard too.
    await page.getByTestId('replay-scrub').focus();
    await page.keyboard.press('End');
    await expect.poll(() => page.getByTestId('proj-status').textContent()).toContain('已结束');
    // A time that does not read as one is marked, and the clock stays.
    await page.getByTestId('replay-jump').fill('十点');
    await page.getByTestId('replay-jump').press('Enter');
    expect(await page.getByTestId('replay-jump').getAttribute('aria-invalid')).toBe('true');
  });

  it('wrote nothing and asked nothing outside the host', () => {
    const state = room.services.drills.state(drillId);
    expect(room.services.drills.entries(drillId)).toHaveLength(state.entryCount);
    expect(room.services.journal.verify()).toMatchObject({ ok: true });
    expect(room.requests.filter((u) => u.includes('/api/') && !/\/api\/(drill\.open|drill\.list|app\.info|events)/.test(u))).toEqual([]);
    expect(room.requests.filter((u) => !u.startsWith(`${room.origin}/`))).toEqual([]);
  });
});
