// "导出 PDF" through the browser: beside "导出纪要" on the console and the review screen in both languages and both
// sizes, busy while the host's Chromium prints, then the PDF in the exports folder. Screenshots only on request
// (DRILLROOM_SCREENSHOTS=1).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRoom, type Room } from './harness';

const FONTCONFIG = resolve(__dirname, '../fixtures/fontconfig/fonts.conf');
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1024, height: 768 },
] as const;

async function toolbarFits(page: Page, width: number) {
  const pdf = page.getByTestId('export-pdf');
  await pdf.waitFor();
  const box = (await pdf.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width);
}

describe('the PDF export in the browser', () => {
  let room: Room;
  let drillId = '';
  const savedFontconfig = process.env['FONTCONFIG_FILE'];

  beforeAll(async () => {
    // The printer is a Chromium the host starts: it renders with the test fonts.
    process.env['FONTCONFIG_FILE'] = FONTCONFIG;
    room = await openRoom({ wallStart: Date.UTC(2026, 10, 28, 1, 30, 0) });
    const { drills, scenarios } = room.services;
    drillId = drills.create({ pack: scenarios.get('transfer-failure'), facts: { name: 'XX支行PDF导出端到端演练' }, language: 'zh-CN' });
    drills.start(drillId);
    for (let m = 0; m < 15; m++) room.clock.advance(60_000);
  }, 120_000);
  afterAll(async () => {
    await room?.close();
    if (savedFontconfig === undefined) delete process.env['FONTCONFIG_FILE'];
    else process.env['FONTCONFIG_FILE'] = savedFontconfig;
  });

  it('sits beside the Word export on the console and the review screen, inside the window, in both languages and sizes', async () => {
    for (const lang of ['zh-CN', 'en'] as const)
      for (const size of SIZES) {
        const tag = `${lang === 'en' ? 'en' : 'zh'}-${size.width}x${size.height}`;
        const page = await room.open(`#/drill/${encodeURIComponent(drillId)}?lang=${lang}`, size);
        await page.getByTestId('console-clock').waitFor();
        await toolbarFits(page, size.width);
        expect(await page.getByTestId('export-pdf').getAttribute('title')).toContain(lang === 'en' ? 'The same content as the Word minutes' : '与 Word 纪要内容相同');
        if (size.width === 1920) expect(await page.getByTestId('export-pdf').textContent()).toContain(lang === 'en' ? 'Export PDF' : '导出 PDF');
        if (process.env['DRILLROOM_SCREENSHOTS']) await page.screenshot({ path: `docs/screenshots/console-pdf-${tag}.png` });
        await page.close();
        const review = await room.open(`#/review?drill=${encodeURIComponent(drillId)}&lang=${lang}`, size);
        await review.getByTestId('review').waitFor();
        await toolbarFits(review, size.width);
        if (process.env['DRILLROOM_SCREENSHOTS']) await review.screenshot({ path: `docs/screenshots/review-pdf-${tag}.png` });
        await review.close();
      }
  }, 120_000);

  it('is busy while the PDF is made, then says where it was saved; the file is the drill\'s minutes as PDF', async () => {
    const page = await room.open(`#/review?drill=${encodeURIComponent(drillId)}`, SIZES[0]);
    const button = page.getByTestId('export-pdf');
    await button.waitFor();
    await button.click();
    // Printing takes seconds: the button says so and cannot be pressed twice.
    await page.locator('[data-testid="export-pdf"][aria-busy="true"]').waitFor({ timeout: 5_000 });
    expect(await button.isDisabled()).toBe(true);
    expect(await button.textContent()).toContain('正在生成 PDF');
    const notice = page.getByTestId('notice').filter({ hasText: '已保存至' });
    await notice.waitFor({ timeout: 90_000 });
    expect(await button.isDisabled()).toBe(false);
    const exportsDir = join(room.dir, 'exports');
    expect(readdirSync(exportsDir)).toContain('XX支行PDF导出端到端演练纪要.pdf');
    expect(await notice.textContent()).toContain('XX支行PDF导出端到端演练纪要.pdf');
    expect(readFileSync(join(exportsDir, 'XX支行PDF导出端到端演练纪要.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  }, 120_000);
});
