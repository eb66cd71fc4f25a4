// The scenario editor round trip in the browser: duplicate a built-in pack, retime an inject (the list stays in
// release order), see a problem by its field, save the pack file, and create a drill from the edited pack; and the
// MSEL (CSV) import that names bad rows by line and column and imports nothing until the file is clean.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPackText } from '../../shared/domain/scenario';
import { REPO_ROOT } from '../../electron/app/paths';
import { openRoom, type Room } from './harness';

const FIXTURES = resolve(REPO_ROOT, 'tests/fixtures/msel');

describe('the scenario editor', () => {
  let room: Room;
  let page: Page;
  const order = async () => (await page.getByTestId('ed-injects').locator(':scope > li').evaluateAll((els) => els.map((el) => [el.getAttribute('data-testid')!.slice(10), Number(el.getAttribute('data-offset'))] as const)));

  beforeAll(async () => {
    room = await openRoom();
    page = await room.open('#/');
  });
  afterAll(async () => {
    await room?.close();
  });

  it('duplicates a built-in pack to edit it, and the copy checks clean', async () => {
    await page.getByTestId('open-editor').click();
    await page.getByTestId('ed-dup-anonymous-email').click();
    await page.getByTestId('editor').locator('input[name="pack-id"]').waitFor();
    expect(await page.locator('input[name="pack-id"]').inputValue()).toBe('anonymous-email-copy');
    expect(await page.locator('input[name="pack-title"]').inputValue()).toBe('匿名邮件举报(副本)');
    await expect.poll(() => page.getByTestId('ed-check').textContent()).toContain('检查通过');
    const builtIn = room.services.scenarios.get('anonymous-email');
    expect(await page.getByTestId('ed-timeline').getByTestId('tl-mark').count()).toBe(builtIn.injects.length);
    const list = await order();
    expect(list).toHaveLength(builtIn.injects.length);
    expect(list.map(([, o]) => o)).toEqual([...list.map(([, o]) => o)].sort((a, b) => a - b));
  });

  it('retiming an inject moves it to its place in release order', async () => {
    const row = page.getByTestId('ed-inject-ae-10');
    await row.locator('summary').click();
    const offset = row.locator('input[name="offset"]');
    await offset.fill('5');
    await offset.press('Enter');
    await expect.poll(async () => (await order()).slice(0, 3).map(([id]) => id)).toEqual(['ae-01', 'ae-10', 'ae-02']);
    const offsets = (await order()).map(([, o]) => o);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    await page.locator('textarea[name="pack-summary"]').fill('由注入表导入的演练剧本。');
    await expect.poll(() => page.getByTestId('ed-check').textContent()).toContain('检查通过');
  });

  it('names a problem at its field, and will not create a drill until it is fixed', async () => {
    const row = page.getByTestId('ed-inject-ae-10');
    const sender = row.locator('input[name="sender"]');
    const was = await sender.inputValue();
    await sender.fill('');
    const field = page.locator('[data-field="injects[1].sender"]');
    await expect.poll(() => field.locator('.field-problem').textContent()).toContain('不能为空');
    await expect.poll(() => page.getByTestId('ed-check').textContent()).toContain('1 处问题');
    expect(await page.getByTestId('ed-problems').textContent()).toContain('情景注入第 2 项 · 发送方');
    expect(await page.getByTestId('ed-create').isDisabled()).toBe(true);
    await sender.fill(`${was}(改)`);
    await expect.poll(() => page.getByTestId('ed-check').textContent()).toContain('检查通过');
    expect(await field.locator('.field-problem').count()).toBe(0);
  });

  it('saves the pack as a .json file that checks clean, in release order', async () => {
    // Main writes the file (atomically; in the browser host, into the exports folder as the headless save port does).
    const saved = join(room.services.dataDir, 'exports', 'anonymous-email-copy.json');
    await page.getByTestId('ed-save').click();
    await expect.poll(() => existsSync(saved)).toBe(true);
    const text = readFileSync(saved, 'utf8');
    expect(text).not.toContain('"_k"');
    const res = checkPackText(text);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.pack.injects.slice(0, 3).map((j) => j.id)).toEqual(['ae-01', 'ae-10', 'ae-02']);
    expect(res.pack.injects.find((j) => j.id === 'ae-10')).toMatchObject({ offsetMin: 5, sender: '某银行XX分行 声誉风险管理部(改)' });
    // Everything else is the built-in pack unchanged.
    const builtIn = room.services.scenarios.get('anonymous-email');
    expect(res.pack.phases).toEqual(builtIn.phases);
    expect(res.pack.roles).toEqual(builtIn.roles);
    expect(res.pack.timingTargets).toEqual(builtIn.timingTargets);
  });

  it('creates a drill from the edited pack, which then releases the retimed inject on its new time', async () => {
    await page.getByTestId('ed-create').click();
    // Through the drill-facts form, its name proposed from the pack's title.
    const form = page.getByTestId('ed-facts');
    await form.getByRole('button', { name: '创建演练' }).click();
    await page.waitForURL(/#\/drill\//);
    const drillId = decodeURIComponent(/#\/drill\/([^?]+)/.exec(page.url())![1]!);
    const { drills } = room.services;
    const state = drills.state(drillId);
    expect(state.scenario.id).toBe('anonymous-email-copy');
    expect(state.facts.name).toBe('匿名邮件举报(副本)应急演练');
    expect(state.scenario.injects.find((j) => j.id === 'ae-10')!.offsetMin).toBe(5);
    await page.getByRole('button', { name: '开始演练' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: '确认开始' }).click();
    await page.getByTestId('drill-status').getByText('演练中').waitFor();
    room.clock.advance(6 * 60_000);
    await expect.poll(() => drills.state(drillId).released.map((r) => r.injectId)).toEqual(['ae-01', 'ae-10']);
    expect(room.requests.filter((u) => !u.startsWith(`${room.origin}/`))).toEqual([]);
  });
});

describe('MSEL import in the scenario editor', () => {
  let room: Room;
  beforeAll(async () => {
    room = await openRoom();
  });
  afterAll(async () => {
    await room?.close();
  });

  it('lists a bad CSV row by row and imports nothing; a clean one lands in release order', async () => {
    const page = await room.open('#/editor');
    await page.getByTestId('ed-blank').click();
    // A blank pack still needs its title and summary: the MSEL is checked against its roles all the same.
    await expect.poll(() => page.getByTestId('ed-check').textContent()).toContain('2 处问题');
    await page.getByTestId('ed-msel').setInputFiles(resolve(FIXTURES, 'bad-utf8-bom.csv'));
    const result = page.getByTestId('ed-msel-result');
    await expect.poll(() => result.textContent()).toContain('未导入任何内容');
    const text = (await result.textContent())!;
    for (const line of ['第 4 行 “时间”', '第 5 行 “渠道”', '第 6 行 “接收角色”', '第 7 行 “时限”']) expect(text).toContain(line);
    expect(await page.getByTestId('ed-injects').locator(':scope > li').count()).toBe(0);
    await page.getByTestId('ed-msel').setInputFiles(resolve(FIXTURES, 'good-gbk.csv'));
    await expect.poll(() => result.textContent()).toMatch(/已导入 \d+ 条情景注入/);
    const n = Number(/已导入 (\d+) 条/.exec((await result.textContent())!)![1]);
    expect(n).toBeGreaterThan(3);
    const offsets = await page.getByTestId('ed-injects').locator(':scope > li').evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-offset'))));
    expect(offsets).toHaveLength(n);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    await page.locator('input[name="pack-title"]').fill('注入表剧本');
    await page.locator('textarea[name="pack-summary"]').fill('由注入表导入的演练剧本。');
    await expect.poll(() => page.getByTestId('ed-check').textContent()).toContain('检查通过');
  });
});
