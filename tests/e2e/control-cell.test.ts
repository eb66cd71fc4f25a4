// 新闻发言 and 导演组 in Chromium over loopback: the spokesperson's seat publishes an official statement that the
// projector's feed shows as the bank's official account while the heat falls; the control cell's seat comments on it
// and releases a live inject to the spokesperson's seat; the console marks control posts, the projector never does.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../electron/app/paths';
import type { SeatsStatus } from '../../shared/ipc/contract';
import { CHROMIUM_ARGS, openRoom, type Room } from './harness';

const SEAT_ADDRESS = '127.0.0.2';
const SHOTS = join(REPO_ROOT, 'docs/screenshots');
const shoot = async (page: Page, name: string) => {
  if (process.env['DRILLROOM_SCREENSHOTS']) await page.screenshot({ path: join(SHOTS, name) });
};
const STATEMENT = '我行已关注网络反映的情况,已成立专项小组核查,将于今日内公布进展。';
const COMMENT = '专项小组?先说清楚客户信息有没有泄露!';

describe('an official statement and the control cell, seen on the projector', () => {
  let room: Room;
  let browser: Browser;
  let projector: Page;
  let spokesperson: Page;
  let control: Page;
  let drillId = '';
  let status: SeatsStatus;
  const call = async <T,>(name: string, input: unknown): Promise<T> => {
    const r = await room.services.dispatch(name, input);
    if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
    return r.value as T;
  };
  const heatOnProjector = async () => Number((await projector.getByTestId('heat-value').first().textContent())!.trim());
  const seatPage = async (code: string, ready: string) => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(`http://${SEAT_ADDRESS}:${status.port}/#/seat`);
    await page.getByTestId('seat-code').fill(code);
    await page.getByTestId('seat-join-submit').click();
    await page.getByTestId(ready).waitFor();
    return page;
  };

  beforeAll(async () => {
    room = await openRoom();
    const facts = { name: '官方声明与导演组(端到端)', place: '', organiser: '', facilitator: '', scribe: '', reviewer: '', participants: {} };
    ({ drillId } = await call<{ drillId: string }>('drill.create', { scenarioId: 'anonymous-email', facts, language: 'zh-CN' }));
    await call('clock.start', { drillId });
    await call('inject.release', { drillId, injectId: 'ae-03' }); // the Weibo post
    room.clock.advance(60_000);
    status = await call<SeatsStatus>('seats.open', { drillId, address: SEAT_ADDRESS, port: 0 });
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await room?.close();
  });

  it('the projector shows the Weibo post and its heat; the control code is not on the projector', async () => {
    projector = await room.open(`#/projector?drill=${drillId}`, { width: 1920, height: 1080 });
    await projector.getByTestId('proj-feed').getByTestId('feed-post').first().waitFor();
    expect(await heatOnProjector()).toBeGreaterThan(0);
    expect(await projector.content()).not.toContain(status.control!.code);
  });

  it('the spokesperson seat publishes a statement: the projector shows it as the official account and the heat falls', async () => {
    const before = await heatOnProjector();
    spokesperson = await seatPage(status.codes.find((c) => c.roleId === 'spokesperson')!.code, 'seat');
    await spokesperson.getByTestId('statement-form').waitFor();
    await spokesperson.getByTestId('statement-channel').selectOption('weibo');
    await spokesperson.getByTestId('statement-text').fill(STATEMENT);
    await spokesperson.getByTestId('statement-submit').click();
    await spokesperson.getByTestId('statement-done').waitFor();
    const feed = projector.getByTestId('proj-feed');
    const official = feed.locator('.feed-post.official');
    await official.waitFor();
    await expect(official.textContent()).resolves.toContain(STATEMENT);
    await expect(official.getByTestId('feed-official').textContent()).resolves.toContain('官方');
    await expect(official.locator('.feed-persona').textContent()).resolves.toBe('XX银行官方微博');
    await projector.waitForFunction((b) => Number(document.querySelector('[data-testid="heat-value"]')?.textContent) < b, before);
    const last = room.services.drills.entries(drillId).at(-1)!;
    expect([last.kind, last.roleId, (last.data as { channel?: string }).channel]).toEqual(['communication', 'spokesperson', 'weibo']);
  });

  it('the control seat comments on the statement: the comment appears on the projector as an ordinary one', async () => {
    control = await seatPage(status.control!.code, 'control-seat');
    await shoot(control, 'control-seat-zh-1366x768.png');
    const statementSeq = room.services.drills.entries(drillId).at(-1)!.seq;
    await control.getByTestId(`reply-entry:${statementSeq}`).click();
    await control.getByTestId('control-reply').waitFor();
    await control.getByTestId('control-author').fill('较真的网友');
    await control.getByTestId('control-text').fill(COMMENT);
    await control.getByTestId('control-submit').click();
    await control.getByTestId('control-note').waitFor();
    const reply = projector.getByTestId('proj-feed').getByTestId('feed-reply');
    await reply.first().waitFor();
    await expect(reply.first().textContent()).resolves.toContain(COMMENT);
    // 导演组 is never named on the projector.
    expect(await projector.getByTestId('proj-feed').textContent()).not.toContain('导演组');
    expect(await projector.getByTestId('proj-feed').locator('[data-source="control"]').count()).toBe(0);
    const last = room.services.drills.entries(drillId).at(-1)!;
    expect([last.kind, last.roleId, (last.data as { replyToSeq?: number }).replyToSeq]).toEqual(['feed.post', null, statementSeq]);
  });

  it('the control seat releases a live inject; it reaches the spokesperson seat, which signs for it', async () => {
    await control.getByTestId('control-mode-inject').click();
    await control.getByTestId('control-channel').selectOption('journalist');
    await control.getByTestId('control-author').fill('都市快报记者');
    await control.getByTestId('control-title').fill('记者来电求证');
    await control.getByTestId('control-text').fill('记者称掌握内部截图,要求半小时内回应。');
    await control.getByTestId('control-target-spokesperson').check();
    await control.getByTestId('control-submit').click();
    await control.getByTestId('control-note').getByText('adhoc-1').waitFor();
    const card = spokesperson.getByTestId('seat-inject-adhoc-1');
    await card.waitFor();
    await expect(card.textContent()).resolves.toContain('记者称掌握内部截图');
    await spokesperson.getByTestId('seat-sign-adhoc-1').click();
    await spokesperson.getByTestId('seat-signed-adhoc-1').waitFor();
  });

  it('the console marks control posts and lists the control seat', async () => {
    const consolePage = await room.open(`#/drill/${drillId}`, { width: 1600, height: 900 });
    await consolePage.getByTestId('tab-feed').click();
    const panel = consolePage.getByTestId('feed-panel');
    await panel.getByTestId('feed-reply').first().waitFor();
    await expect(panel.getByTestId('feed-reply').first().textContent()).resolves.toContain('导演组');
    await consolePage.getByTestId('seats-button').click();
    await consolePage.getByTestId('seat-row-control').waitFor();
    await expect(consolePage.getByTestId('seat-row-control').textContent()).resolves.toContain('导演组');
    await consolePage.getByTestId('console-code-control').waitFor();
    await control.evaluate(() => localStorage.setItem('drillroom.lang', 'en'));
    await control.reload();
    await control.getByText('Control cell').first().waitFor();
    await shoot(control, 'control-seat-en-1366x768.png');
  });
});
