// `tsx tests/e2e/editorScreenshots.ts`: the scenario editor (a built-in pack duplicated, an inject open; a blank pack
// with a new inject's placeholders) in Chinese and English at 1920×1080 and 1024×768, into docs/screenshots/editor-*.png.
import { join } from 'node:path';
import { eachLanguageAndSize, SCREENSHOTS } from './eachLanguageAndSize';

await eachLanguageAndSize(async (room, lang, size, tag) => {
  const page = await room.open(`#/editor?scenario=bank-run-rumour&lang=${lang}&theme=light`, size);
  await page.locator('input[name="pack-id"]').waitFor();
  await page.getByTestId('ed-check').filter({ hasText: /检查通过|Check passed/ }).waitFor();
  await page.locator('#ed-phases').scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(SCREENSHOTS, `editor-${tag}.png`) });
  const first = page.getByTestId('ed-injects').locator(':scope > li').first();
  await first.locator('summary').click();
  await first.locator('summary').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(SCREENSHOTS, `editor-inject-${tag}.png`) });
  await page.evaluate(() => localStorage.clear());
  await page.close();

  const blank = await room.open(`#/editor?lang=${lang}&theme=light`, size);
  await blank.getByTestId('ed-blank').click();
  await blank.getByTestId('ed-add-inject').click();
  await blank.waitForTimeout(800);
  await blank.screenshot({ path: join(SCREENSHOTS, `editor-new-${tag}.png`) });
  await blank.evaluate(() => localStorage.clear());
  await blank.close();
  console.log(`saved editor-*-${tag}.png`);
});
