// `tsx tests/e2e/pickerScreenshots.ts`: the scenario picker on the new-drill screen, a pack chosen, in Chinese and
// English at 1920×1080 and 1024×768, into docs/screenshots/picker-*.png.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { REPO_ROOT } from '../../electron/app/paths';
import { openRoom } from './harness';

const OUT = resolve(REPO_ROOT, 'docs/screenshots');
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1024, height: 768 },
] as const;

async function main() {
  mkdirSync(OUT, { recursive: true });
  const room = await openRoom();
  try {
    for (const lang of ['zh-CN', 'en'] as const)
      for (const size of SIZES) {
        const page = await room.open(`#/new?lang=${lang}&theme=dark`, size);
        await page.getByTestId('lib-list').waitFor();
        await page.getByRole('radio', { name: lang === 'en' ? /Bank-run rumour/ : /挤兑谣言/ }).click();
        await page.getByTestId('lib-preview').waitFor();
        await page.waitForTimeout(400);
        const file = join(OUT, `picker-${lang === 'en' ? 'en' : 'zh'}-${size.width}x${size.height}.png`);
        await page.screenshot({ path: file });
        console.log(`saved ${file}`);
        await page.close();
      }
  } finally {
    await room.close();
  }
}

await main();
