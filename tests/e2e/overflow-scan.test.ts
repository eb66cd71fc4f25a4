// Every screen at 1920×1080 and 1024×768 in Chinese and English, on a Chinese Linux PC's fonts: no text is clipped,
// cut by an ellipsis or broken mid-word. Fails naming each element (CSS path and text). One browser, one drill per state.
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDemo } from '../../electron/drill/demo';
import { en } from '../../renderer/i18n/en';
import { zhCN } from '../../renderer/i18n/zh-CN';
import { LINUX_PC_FONTS, openRoom, type Room } from './harness';
import { clippedText, describeClipped } from './overflowScan';
import { stageDrill } from './screenshots';

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1024, height: 768 },
] as const;

describe('no clipped text on any screen', () => {
  let room: Room;
  const ids = { ready: '', running: '', finished: '' };
  beforeAll(async () => {
    room = await openRoom({ fontconfig: LINUX_PC_FONTS, wallStart: Date.UTC(2026, 10, 28, 1, 30, 0) });
    const { drills, scenarios } = room.services;
    ids.running = stageDrill(room);
    ids.ready = drills.create({ pack: scenarios.get('anonymous-email'), facts: { name: 'XX支行匿名邮件举报舆情应急演练(未开始)' }, language: 'zh-CN' });
    ids.finished = runDemo(drills, room.clock, scenarios.get('anonymous-email'));
  }, 120_000);
  afterAll(async () => room?.close());

  for (const lang of ['zh-CN', 'en'] as const)
    for (const size of SIZES)
      it(`${lang} at ${size.width}×${size.height}`, async () => {
        const T = lang === 'en' ? en : zhCN;
        const { drills, dispatch } = room.services;
        const found: string[] = [];
        const q = `lang=${lang}&theme=dark`;
        let page: Page = await room.open(`#/?${q}`, size);
        const scan = async (screen: string) => {
          if (process.env['LOOK']) await page.screenshot({ path: `${process.env['LOOK']}/${screen.replace(/\W+/g, '-')}-${lang}-${size.width}.png` });
          found.push(...describeClipped(screen, await clippedText(page)));
        };
        const go = async (hash: string, ready: string) => {
          await page.close();
          page = await room.open(hash, size);
          await page.getByTestId(ready).first().waitFor();
        };

        await page.locator('table.drill-table').waitFor();
        await scan('drill list');

        await go(`#/new?${q}`, 'lib-list');
        await scan('new drill');
        await page.getByRole('radio').first().click();
        await page.getByTestId('lib-preview').waitFor();
        await scan('new drill, pack picked (picker + facts form)');

        await go(`#/drill/${encodeURIComponent(ids.ready)}?${q}`, 'console-clock');
        await scan('console before start');
        await page.locator(`button[title="${T['facts.edit']}"]`).click();
        await page.getByRole('dialog').waitFor();
        await scan('facts dialog');

        await go(`#/drill/${encodeURIComponent(ids.running)}?${q}`, 'console-clock');
        await scan('console running');
        // One count: the status line and the journal panel give the same total.
        const total = (s: string | null) => /(\d+)\D*$/.exec(s?.replace(/（.*|\(.*/, '') ?? '')?.[1];
        expect(total(await page.getByTestId('journal-count').textContent())).toBe(total(await page.getByTestId('status-entries').textContent()));
        await page.getByRole('button', { name: T['app.help'] }).click();
        await scan('help overlay');
        await page.keyboard.press('Escape');
        await page.getByTestId('inject-ae-07').click();
        await page.getByTestId('inject-card').waitFor();
        await scan('inject card');
        await page.keyboard.press('Escape');
        await page.getByRole('tab', { name: T['roles.tab'] }).click();
        await page.getByTestId('role-tile-commander').click();
        await page.getByTestId('role-panel-commander').waitFor();
        await scan('role panel');

        await go(`#/projector?drill=${encodeURIComponent(ids.running)}&${q}`, 'proj-clock');
        await scan('projector');
        await dispatch('projector.spotlight', { drillId: ids.running, injectId: 'ae-07', form: 'card' });
        await page.getByTestId('proj-spotlight').waitFor();
        await scan('spotlight (card)');
        await dispatch('projector.spotlight', { drillId: ids.running, injectId: 'ae-07', form: 'post' });
        await page.getByTestId('spotlight-counts').waitFor();
        await scan('spotlight (post)');
        await dispatch('projector.spotlight', { drillId: ids.running, injectId: null, form: 'card' });
        drills.pause(ids.running);
        await page.getByTestId('proj-paused').waitFor();
        await scan('projector paused');
        await go(`#/drill/${encodeURIComponent(ids.running)}?${q}`, 'console-clock');
        await scan('console paused');
        drills.resume(ids.running);

        await go(`#/drill/${encodeURIComponent(ids.finished)}?${q}`, 'console-clock');
        await scan('console finished');
        await go(`#/review?drill=${encodeURIComponent(ids.finished)}&${q}`, 'review-scores');
        await scan('review');
        await go(`#/replay?drill=${encodeURIComponent(ids.finished)}&${q}`, 'replay');
        await page.getByTestId('replay-jump').fill('62');
        await page.getByTestId('replay-jump').press('Enter');
        await scan('replay');

        await go(`#/editor?${q}`, 'ed-dup-anonymous-email');
        await scan('editor start');
        await page.getByTestId('ed-dup-anonymous-email').click();
        await page.getByTestId('ed-check').waitFor();
        await scan('editor');

        await go(`#/seat?${q}`, 'seat-join');
        await scan('seat join');

        // Seats on the LAN (a second loopback address): the projector's join board, then a joined seat's own view.
        const opened = await dispatch('seats.open', { drillId: ids.running, address: '127.0.0.4', port: 0 });
        if (!opened.ok) throw new Error(`seats.open: ${JSON.stringify(opened.error)}`);
        try {
          await go(`#/projector?drill=${encodeURIComponent(ids.running)}&${q}`, 'seat-join-board');
          await scan('projector join board');
          const code = (await page.locator('[data-testid^="join-code-"] .seat-join-code').first().textContent())!.trim();
          const seatContext = await room.browser.newContext({ viewport: size });
          try {
            const seat = await seatContext.newPage();
            await seat.goto(`http://127.0.0.4:${(opened.value as { port: number }).port}/#/seat?${q}`);
            await seat.getByTestId('seat-code').fill(code);
            await seat.getByTestId('seat-join-submit').click();
            await seat.getByTestId('seat').waitFor();
            const seatPage = page;
            page = seat;
            await scan(`seat of ${await seat.getByTestId('seat').getAttribute('data-role')}`);
            page = seatPage;
          } finally {
            await seatContext.close();
          }
        } finally {
          await dispatch('seats.close', {});
        }
        await page.close();

        if (process.env['OVERFLOW_OUT']) writeFileSync(`${process.env['OVERFLOW_OUT']}-${lang}-${size.width}.txt`, found.join('\n'));
        expect(found.join('\n')).toBe('');
      }, 120_000);
});
