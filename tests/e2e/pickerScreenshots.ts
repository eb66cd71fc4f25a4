// `tsx tests/e2e/pickerScreenshots.ts`: the scenario picker on the new-drill screen, a pack chosen, in Chinese and
// English at 1920×1080 and 1024×768, into docs/screenshots/picker-*.png.
import { join } from 'node:path';
import { eachLanguageAndSize, SCREENSHOTS } from './eachLanguageAndSize';

await eachLanguageAndSize(async (room, lang, size, tag) => {
  const page = await room.open(`#/new?lang=${lang}&theme=dark`, size);
  await page.getByTestId('lib-list').waitFor();
  await page.getByRole('radio', { name: lang === 'en' ? /Bank-run rumour/ : /挤兑谣言/ }).click();
  await page.getByTestId('lib-preview').waitFor();
  await page.waitForTimeout(400);
  const file = join(SCREENSHOTS, `picker-${tag}.png`);
  await page.screenshot({ path: file });
  console.log(`saved ${file}`);
  await page.close();
});
