// The scenario editor keeps work: placeholders instead of default values, new injects open, channels by the alias
// table, leaving with unsaved edits asks (in the app and on unload), drafts autosaved and offered back, and a drill
// created through the drill-facts form.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRoom, type Room } from './harness';

describe('the scenario editor keeps work', () => {
  let room: Room;
  let page: Page;
  const check = () => page.getByTestId('ed-check').textContent();

  beforeAll(async () => {
    room = await openRoom();
    page = await room.open('#/editor');
  });
  afterAll(async () => {
    await room?.close();
  });

  it('gives a new inject empty fields with placeholder text, opened, and the check refuses them empty', async () => {
    await page.getByTestId('ed-blank').click();
    expect(await page.locator('input[name="pack-title"]').inputValue()).toBe('');
    expect(await page.locator('input[name="pack-title"]').getAttribute('placeholder')).toBeTruthy();
    await page.getByTestId('ed-add-inject').click();
    const row = page.getByTestId('ed-injects').locator(':scope > li').first();
    expect(await row.locator('details').getAttribute('open')).not.toBeNull();
    const sender = row.locator('input[name="sender"]');
    const content = row.locator('textarea[name="content"]');
    expect(await sender.inputValue()).toBe('');
    expect(await content.inputValue()).toBe('');
    expect(await sender.getAttribute('placeholder')).toMatch(/例如/);
    expect(await content.getAttribute('placeholder')).toBeTruthy();
    await expect.poll(() => page.locator('[data-field="injects[0].sender"] .field-problem').textContent()).toContain('不能为空');
    expect(await page.locator('[data-field="injects[0].content"] .field-problem').textContent()).toContain('不能为空');
    await page.getByTestId('ed-add-objective').click();
    await expect.poll(() => page.locator('[data-field="objectives[0].text"] .field-problem').count()).toBe(1);
    // A role without tasks is flagged (a warning: the pack still checks).
    expect(await page.getByTestId('ed-role-commander').getByTestId('ed-role-no-tasks').count()).toBe(1);
  });

  it('resolves 抖音 to the short-video channel, and asks before keeping an unknown channel as a private one', async () => {
    const row = page.getByTestId('ed-injects').locator(':scope > li').first();
    const channel = row.locator('input[name="channel"]');
    await channel.fill('抖音');
    await channel.press('Enter');
    await expect.poll(() => channel.inputValue()).toBe('短视频');
    await channel.fill('小红书');
    await channel.press('Enter');
    await expect.poll(() => page.locator('[data-field="injects[0].channel"] .field-problem').textContent()).toContain('不是本产品认识的渠道');
    await row.getByTestId('ed-custom-channel').check();
    await expect.poll(() => page.locator('[data-field="injects[0].channel"] .field-problem').count()).toBe(0);
    await channel.fill('微博');
    await channel.press('Enter');
    await expect.poll(() => channel.inputValue()).toBe('微博');
    expect(await row.getByTestId('ed-custom-channel').count()).toBe(0);
  });

  it('asks before leaving with unsaved edits, in the app and on unload', async () => {
    await page.locator('input[name="pack-title"]').fill('草稿剧本');
    await page.getByRole('link', { name: '返回' }).click();
    const ask = page.getByTestId('ed-leave');
    await ask.waitFor();
    await ask.getByRole('button', { name: '留在编辑器' }).click();
    expect(page.url()).toContain('#/editor');
    expect(await page.locator('input[name="pack-title"]').inputValue()).toBe('草稿剧本');
    const asked = new Promise<string>((ok) => page.once('dialog', (d) => (ok(d.type()), void d.dismiss())));
    await page.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
    expect(page.isClosed()).toBe(false);
  });

  it('autosaves the draft and offers it back on return', async () => {
    const again = await room.open('#/editor');
    const offer = again.getByTestId('ed-restore');
    await offer.waitFor();
    expect(await offer.textContent()).toContain('草稿剧本');
    await offer.getByRole('button', { name: '恢复草稿' }).click();
    expect(await again.locator('input[name="pack-title"]').inputValue()).toBe('草稿剧本');
    expect(await again.getByTestId('ed-injects').locator(':scope > li').count()).toBe(1);
    page = again;
  });

  it('creates a drill through the drill-facts form', async () => {
    const row = page.getByTestId('ed-injects').locator(':scope > li').first();
    await row.locator('summary').click();
    await row.locator('input[name="sender"]').fill('@网友');
    await row.locator('textarea[name="content"]').fill('网传XX支行排长队。');
    await page.locator('[data-field="objectives[0].text"] input').fill('检验首报时效');
    await page.locator('textarea[name="pack-summary"]').fill('一条网帖引发的演练。');
    await expect.poll(check).toContain('检查通过');
    await page.getByTestId('ed-create').click();
    const form = page.getByTestId('ed-facts');
    await form.waitFor();
    expect(await form.locator('input[name="name"]').inputValue()).toBe('草稿剧本应急演练');
    await form.locator('input[name="place"]').fill('三楼会议室');
    await form.getByRole('button', { name: '创建演练' }).click();
    await page.waitForURL(/#\/drill\//);
    const drillId = decodeURIComponent(/#\/drill\/([^?]+)/.exec(page.url())![1]!);
    expect(room.services.drills.state(drillId).facts).toMatchObject({ name: '草稿剧本应急演练', place: '三楼会议室' });
    expect(room.services.drills.state(drillId).scenario.injects[0]!.channel).toBe('weibo');
    // The draft became a drill: nothing is offered back any more.
    const later = await room.open('#/editor');
    await later.getByTestId('ed-blank').waitFor();
    expect(await later.getByTestId('ed-restore').count()).toBe(0);
  });
});
