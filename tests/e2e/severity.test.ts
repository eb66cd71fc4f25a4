// The team's 研判 grade from the console's quick-log bar, and the review comparing it with the pack's grade and
// timing the reporting clocks against the regulator reports logged.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRoom, type Room } from './harness';

describe('severity grade and reporting clocks in the browser', () => {
  let room: Room;
  let page: Page;
  let drillId: string;

  beforeAll(async () => {
    room = await openRoom();
    const { drills, scenarios } = room.services;
    drillId = drills.create({ pack: scenarios.get('bank-run-rumour'), facts: { name: 'XX支行挤兑谣言应急演练' }, language: 'zh-CN' });
    drills.start(drillId);
    drills.release(drillId, 'br-01', true); // marks 发现
    page = await room.open(`#/drill/${encodeURIComponent(drillId)}`);
    await page.getByTestId('log-kind').waitFor();
  });
  afterAll(async () => {
    await room?.close();
  });

  const log = async (kind: 'decision' | 'communication', pick: { grade?: string; report?: string }, text: string) => {
    await page.getByTestId('log-kind').selectOption(kind);
    if (pick.grade) await page.getByTestId('log-grade').selectOption(pick.grade);
    if (pick.report) await page.getByTestId('log-report').selectOption(pick.report);
    await page.getByTestId('log-text').fill(text);
    await page.getByTestId('log-text').press('Enter');
    await expect.poll(() => room.services.drills.entries(drillId).at(-1)?.text).toBe(text);
    return room.services.drills.entries(drillId).at(-1)!;
  };

  it('records the grade on a decision and the form on a regulator report, and offers each only on its kind', async () => {
    await page.getByTestId('log-kind').selectOption('observation');
    expect(await page.getByTestId('log-grade').count()).toBe(0);
    expect(await page.getByTestId('log-report').count()).toBe(0);
    const decision = await log('decision', { grade: 'II' }, '初步研判为重大事件');
    expect([decision.kind, decision.data]).toEqual(['decision', { severity: 'II' }]);
    const phone = await log('communication', { report: 'phone' }, '电话向监管分局首报');
    expect([phone.kind, phone.data]).toMatchObject(['communication', { audience: 'regulator', reportForm: 'phone' }]);
    await page.getByTestId('journal').getByText('〔重大(II级)〕初步研判为重大事件').waitFor();
  });

  it('shows on the review an under-graded event, the phone clock met and the written one running', async () => {
    const review = await room.open(`#/review?drill=${encodeURIComponent(drillId)}`);
    const sev = review.getByTestId('review-severity');
    await sev.waitFor();
    expect(await sev.getByTestId('sev-expected').textContent()).toBe('特别重大(I级)');
    expect(await sev.getByTestId('sev-recorded').textContent()).toContain('重大(II级)');
    expect(await sev.getByTestId('sev-verdict').textContent()).toContain('定级偏低');
    expect(await sev.getByTestId('review-clock-phone_report').textContent()).toContain('按时');
    expect(await sev.getByTestId('review-clock-written_report').textContent()).toContain('计时中');

    await log('decision', { grade: 'I' }, '升级研判为特别重大事件');
    await expect.poll(() => sev.getByTestId('sev-verdict').textContent()).toContain('与预期一致');
    expect(await sev.getByTestId('sev-recorded').textContent()).toContain('共定级 2 次');
    await review.close();
  });
});
