// The 文书 / Papers panel in real Chromium: approve the plan before the start, export a paper, and (with
// DRILLROOM_SCREENSHOTS=1) the panel in both languages at 1920×1080 and 1024×768 into docs/screenshots/papers-panel-*.png.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRoom, type Room } from './harness';
import { SCREENSHOTS } from './eachLanguageAndSize';

let room: Room;
beforeAll(async () => {
  room = await openRoom();
}, 180_000);
afterAll(async () => {
  await room?.close();
});

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1024, height: 768 },
] as const;

describe('the papers panel', () => {
  it('approves the plan once before the start and exports the approved plan', async () => {
    const { drills, scenarios } = room.services;
    const drillId = drills.create({ pack: scenarios.get('transfer-failure'), facts: { name: '文书面板演练', evaluators: '李评估' }, language: 'zh-CN' });
    const page = await room.open(`#/drill/${encodeURIComponent(drillId)}?lang=zh-CN`, { width: 1920, height: 1080 });
    await page.getByTestId('papers-button').click();
    const panel = page.getByTestId('papers-panel');
    await panel.waitFor();
    await expect(page.getByTestId('plan-approve').isDisabled()).resolves.toBe(true);
    await page.getByTestId('plan-approver').fill('周主任');
    await page.getByTestId('plan-approve').click();
    await page.getByTestId('plan-approved').waitFor();
    expect(await page.getByTestId('plan-approved').innerText()).toMatch(/^已批准：周主任（剧本版本 [0-9a-f]{12}）$/);
    expect(drills.entries(drillId).filter((e) => e.kind === 'plan.approved').length).toBe(1);
    await page.getByTestId('paper-plan').click();
    await page.getByText(/已保存|saved/i).first().waitFor();
    const saved = join(room.dir, 'exports', '文书面板演练方案.docx');
    expect(existsSync(saved)).toBe(true);
    // Before the start there is no filled form to export.
    expect(await page.getByTestId('paper-evaluation-filled').count()).toBe(0);
    await page.close();
  }, 120_000);

  it.runIf(process.env['DRILLROOM_SCREENSHOTS'] === '1')('is shot in both languages and sizes', async () => {
    const { drills, scenarios } = room.services;
    for (const lang of ['zh-CN', 'en'] as const) {
      const drillId = drills.create({ pack: scenarios.get('anonymous-email'), facts: { name: lang === 'en' ? 'Anonymous email drill' : '匿名邮件举报应急演练' }, language: lang });
      for (const size of SIZES) {
        const page = await room.open(`#/drill/${encodeURIComponent(drillId)}?theme=dark&lang=${lang}`, size);
        await page.getByTestId('papers-button').click();
        await page.getByTestId('papers-panel').waitFor();
        await page.getByTestId('plan-approver').fill(lang === 'en' ? 'Zhou' : '周主任');
        await page.waitForTimeout(300);
        await page.screenshot({ path: join(SCREENSHOTS, `papers-panel-${lang === 'en' ? 'en' : 'zh'}-${size.width}x${size.height}.png`) });
        await page.close();
      }
    }
  }, 180_000);
});
