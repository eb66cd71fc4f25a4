// 我的剧本 end to end: an edited pack is saved into the app (two versions), a built-in's id is refused and saved under a
// new one, and after the app is opened again (a new page) the pack is picked from 我的剧本 — an earlier version or the
// latest — and a drill is created on it.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRoom, type Room } from './harness';

describe('我的剧本: packs the user made are kept in the app', () => {
  let room: Room;
  let page: Page;
  const TITLE_1 = '本行匿名邮件演练(第一版)';
  const TITLE_2 = '本行匿名邮件演练(第二版)';

  beforeAll(async () => {
    room = await openRoom();
    page = await room.open('#/');
  });
  afterAll(async () => {
    await room?.close();
  });

  const checked = () => expect.poll(() => page.getByTestId('ed-check').textContent()).toContain('检查通过');

  it('saves an edited pack to 我的剧本, and a changed one as a second version', async () => {
    await page.getByTestId('open-editor').click();
    await page.getByTestId('ed-dup-anonymous-email').click();
    await page.locator('input[name="pack-title"]').fill(TITLE_1);
    await checked();
    await page.getByTestId('ed-save-mine').click();
    await page.getByText(`已保存到我的剧本:${TITLE_1}(第 1 版)`).waitFor();
    await page.getByTestId('ed-save-mine').click();
    await page.getByText(`内容未变,我的剧本中仍为第 1 版:${TITLE_1}`).waitFor();
    await page.locator('input[name="pack-title"]').fill(TITLE_2);
    await checked();
    await page.getByTestId('ed-save-mine').click();
    await page.getByText(`已保存到我的剧本:${TITLE_2}(第 2 版)`).waitFor();
    expect(room.services.userPacks.versions('anonymous-email-copy').map((v) => v.title)).toEqual([TITLE_2, TITLE_1]);
  });

  it('refuses a built-in id with a clear message and saves under a new id', async () => {
    await page.locator('input[name="pack-id"]').fill('anonymous-email');
    await checked();
    await page.getByTestId('ed-save-mine').click();
    const box = page.getByTestId('ed-save-as');
    await box.waitFor();
    await expect(box.textContent()).resolves.toContain('是内置剧本,不能覆盖');
    await page.getByTestId('ed-save-as-id').fill('my-email-drill');
    await page.getByTestId('ed-save-as-submit').click();
    await box.waitFor({ state: 'detached' });
    expect(await page.locator('input[name="pack-id"]').inputValue()).toBe('my-email-drill');
    expect(room.services.userPacks.versions('my-email-drill')).toHaveLength(1);
    expect(room.services.scenarios.get('anonymous-email').title).toBe('匿名邮件举报');
  });

  it('after reopening, picks a version from 我的剧本 and creates a drill on it', async () => {
    await page.close();
    page = await room.open('#/new');
    const mine = page.getByTestId('my-pack-anonymous-email-copy');
    await mine.waitFor();
    await expect(mine.textContent()).resolves.toContain(TITLE_2);
    await expect(mine.textContent()).resolves.toContain('共 2 版');
    // The built-ins stay in their own list; 我的剧本 lists the user's packs only.
    expect(await page.getByTestId('my-packs').getByRole('radio').count()).toBe(2);
    await page.getByTestId('my-pack-versions-anonymous-email-copy').click();
    const first = room.services.userPacks.versions('anonymous-email-copy')[1]!;
    await page.getByTestId(`my-pack-version-${first.version.slice(0, 12)}`).click();
    await page.getByTestId('mine-picked').getByText(TITLE_1).waitFor();
    await page.locator('input[name="name"]').fill('我的剧本演练(端到端)');
    await page.getByRole('button', { name: '创建演练' }).click();
    await page.waitForURL(/#\/drill\//);
    const drillId = decodeURIComponent(/#\/drill\/([^?]+)/.exec(page.url())![1]!);
    const state = room.services.drills.state(drillId);
    expect([state.scenario.id, state.scenario.title, state.facts.name]).toEqual(['anonymous-email-copy', TITLE_1, '我的剧本演练(端到端)']);
  });

  it('creates a drill on the latest version, and deleting the pack hides it while the drill keeps its copy', async () => {
    page = await room.open('#/new');
    await page.getByTestId('my-pack-anonymous-email-copy').getByRole('radio').click();
    await page.getByTestId('mine-picked').getByText(TITLE_2).waitFor();
    await page.locator('input[name="name"]').fill('我的剧本演练(最新版)');
    await page.getByRole('button', { name: '创建演练' }).click();
    await page.waitForURL(/#\/drill\//);
    const drillId = decodeURIComponent(/#\/drill\/([^?]+)/.exec(page.url())![1]!);
    expect(room.services.drills.state(drillId).scenario.title).toBe(TITLE_2);
    page = await room.open('#/new');
    await page.getByTestId('my-pack-hide-anonymous-email-copy').click();
    await page.getByTestId('my-pack-anonymous-email-copy').waitFor({ state: 'detached' });
    expect(room.services.drills.state(drillId).scenario.title).toBe(TITLE_2);
  });
});
