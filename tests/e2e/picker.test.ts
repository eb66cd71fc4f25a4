// The scenario picker on the new-drill screen: search narrows the library, filters by type, difficulty, role and
// duration work, the preview shows summary, objectives and timeline, and choosing creates a drill on that pack.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { injectsInOrder, type ScenarioPack } from '../../shared/domain/scenario';
import { openRoom, type Room } from './harness';

describe('the scenario picker', () => {
  let room: Room;
  let page: Page;
  let packs: ScenarioPack[];
  const shownTitles = async (p: Page = page) => (await p.getByTestId('lib-list').getByRole('radio').locator('strong').allTextContents()).map((s) => s.trim()).sort();
  const titlesOf = (list: ScenarioPack[], en = false) => list.map((s) => (en && s.titleEn) || s.title).sort();

  beforeAll(async () => {
    room = await openRoom();
    packs = room.services.scenarios.list().map((s) => room.services.scenarios.get(s.id));
    page = await room.open('#/new');
    await page.getByTestId('lib-list').waitFor();
  });
  afterAll(async () => {
    await room?.close();
  });

  it('lists all ten built-in packs with their type, difficulty, duration and grade', async () => {
    expect(packs).toHaveLength(10);
    expect(await shownTitles()).toEqual(titlesOf(packs));
    const card = page.getByRole('radio', { name: /挤兑谣言/ });
    expect(await card.textContent()).toMatch(/谣言.*高级.*2小时20分钟.*特别重大\(I级\)/);
    expect(await page.getByTestId('lib-count').textContent()).toBe('共 10 个剧本,符合条件 10 个');
  });

  it('narrows the list as the search words are typed, in the titles and summaries', async () => {
    await page.getByTestId('lib-search').fill('挤兑');
    const expected = packs.filter((p) => p.title.includes('挤兑') || p.summary.includes('挤兑'));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(packs.length);
    await expect.poll(shownTitles).toEqual(titlesOf(expected));
    await page.getByTestId('lib-search').fill('断卡 骑手');
    await expect.poll(shownTitles).toEqual(['断卡账户受限投诉']);
    await page.getByTestId('lib-search').fill('');
    await expect.poll(shownTitles).toEqual(titlesOf(packs));
  });

  it('filters by type, by difficulty with the role stressed, and says so when nothing is left', async () => {
    await page.getByTestId('lib-category').selectOption('system_fault');
    await expect.poll(shownTitles).toEqual(titlesOf(packs.filter((p) => p.category === 'system_fault')));
    expect(await shownTitles()).toEqual(['手机银行故障致余额显示为零', '转账失败投诉']);
    await page.getByRole('button', { name: '清除筛选' }).click();

    await page.getByTestId('lib-difficulty').selectOption('advanced');
    await page.getByTestId('lib-role').selectOption('technology');
    const expected = packs.filter((p) => p.difficulty === 'advanced' && p.stressedRoles?.includes('technology'));
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(shownTitles).toEqual(titlesOf(expected));
    expect(expected.length).toBeLessThan(packs.filter((p) => p.difficulty === 'advanced').length);

    await page.getByTestId('lib-duration').selectOption('long');
    await page.getByText('没有符合条件的剧本').waitFor();
    expect(await shownTitles()).toEqual([]);
    await page.getByRole('button', { name: '清除筛选' }).click();
    await expect.poll(shownTitles).toEqual(titlesOf(packs));
  });

  it('previews the chosen pack: summary, objectives, timeline, roles stressed and the grade with its clocks', async () => {
    const pack = packs.find((p) => p.id === 'bank-run-rumour')!;
    await page.getByRole('radio', { name: /挤兑谣言/ }).click();
    const preview = page.getByTestId('lib-preview');
    await preview.waitFor();
    expect(await preview.locator('h3').textContent()).toBe('挤兑谣言');
    expect(await preview.textContent()).toContain(pack.summary);
    expect(await preview.getByTestId('lib-objectives').locator('li').allTextContents()).toEqual(pack.objectives.map((o) => o.text));
    const timed = injectsInOrder(pack).filter((j) => !j.contingency);
    const lines = await preview.getByTestId('lib-timeline').locator('li').allTextContents();
    expect(lines).toHaveLength(timed.length);
    expect(lines[0]).toBe(`T+00:02:00微信${timed[0]!.title}`);
    expect(await preview.getByTestId('ed-timeline').getByTestId('tl-mark').count()).toBe(pack.injects.length);
    expect(await preview.getByTestId('lib-stressed').textContent()).toContain('监管联络');
    expect(await preview.getByTestId('lib-severity').textContent()).toBe('特别重大(I级)');
    expect(await preview.textContent()).toContain('电话首报监管:电话报告,发现后 30 分钟内');
  });

  it('creates a drill on the chosen pack', async () => {
    await page.locator('input[name="name"]').fill('XX支行挤兑谣言应急演练(端到端)');
    await page.getByRole('button', { name: '创建演练' }).click();
    await page.waitForURL(/#\/drill\//);
    const drillId = decodeURIComponent(/#\/drill\/([^?]+)/.exec(page.url())![1]!);
    const state = room.services.drills.state(drillId);
    expect(state.scenario.id).toBe('bank-run-rumour');
    expect(state.facts.name).toBe('XX支行挤兑谣言应急演练(端到端)');
  });

  it('speaks English when the UI does: English titles, search and preview', async () => {
    const en = await room.open('#/new?lang=en');
    await en.getByTestId('lib-list').waitFor();
    expect(await shownTitles(en)).toEqual(titlesOf(packs, true));
    await en.getByTestId('lib-search').fill('balances');
    await expect.poll(() => shownTitles(en)).toEqual(['Mobile banking shows zero balances']);
    await en.getByRole('radio', { name: /Mobile banking shows zero balances/ }).click();
    const pack = packs.find((p) => p.id === 'mobile-zero-balance')!;
    const preview = en.getByTestId('lib-preview');
    await preview.waitFor();
    expect(await preview.textContent()).toContain(pack.summaryEn);
    expect(await preview.getByTestId('lib-objectives').locator('li').allTextContents()).toEqual(pack.objectives.map((o) => o.textEn));
    expect(await preview.getByTestId('lib-severity').textContent()).toBe('Grade II (serious)');
    await en.close();
  });
});
