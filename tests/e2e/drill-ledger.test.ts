// The drill ledger screen in the browser: drills of two years and branches, the year filter, the charts, and the
// head office roll-up of several archives at once (a damaged one named and skipped). Screenshots on request.
import { readFileSync } from 'node:fs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packArchive, unpackArchive } from '../helpers/archives';
import { call, runDrill } from '../helpers/ledgerDrills';
import { makeWorld } from '../helpers/world';
import { openRoom, type Room } from './harness';

const DAY = 24 * 60 * 60_000;
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1024, height: 768 },
] as const;

describe('the drill ledger screen', () => {
  let room: Room;
  let page: Page;
  /** Archive files from another branch's computer: two sound, one damaged. */
  const uploads: { name: string; buffer: Buffer; mimeType: string }[] = [];

  beforeAll(async () => {
    room = await openRoom({ wallStart: Date.UTC(2025, 5, 10, 1, 0, 0) });
    await runDrill(room, { name: '城东支行年中演练', branch: '城东支行', reportMin: 10, improvement: { measure: '完善上报流程', owner: '王强', due: '2025-07-01' } });
    await runDrill(room, { name: '城西支行年中演练', branch: '城西支行', reportMin: 25 });
    room.clock.jumpWall(240 * DAY); // into 2026 (no drill is running: the wall clock may simply move on)
    await runDrill(room, { name: '城东支行年初演练', branch: '城东支行', reportMin: 12 });

    const branch = makeWorld();
    try {
      for (const [i, reportMin] of [6, 40].entries()) {
        const drillId = await runDrill(branch, { name: `高新区支行第${i + 1}次演练`, branch: '高新区支行', reportMin });
        const saved = await call(branch, 'archive.export', { drillId });
        uploads.push({ name: `gaoxin-${i + 1}.drill`, buffer: readFileSync(saved.path!), mimeType: 'application/octet-stream' });
      }
      const parts = unpackArchive(uploads[1]!.buffer);
      parts.entries.pop(); // truncated: the manifest counts one entry more
      uploads.push({ name: 'gaoxin-truncated.drill', buffer: Buffer.from(packArchive(parts)), mimeType: 'application/octet-stream' });
    } finally {
      branch.dispose();
    }
    // The browser host reads picked files from its imports folder (the page sends their names only).
    mkdirSync(join(room.dir, 'imports'), { recursive: true });
    for (const u of uploads) writeFileSync(join(room.dir, 'imports', u.name), u.buffer);
  }, 180_000);
  afterAll(async () => {
    await room?.close();
  });

  const rows = () => page.getByTestId('ledger-row');
  const years = async () => (await rows().evaluateAll((els) => els.map((e) => e.getAttribute('data-year'))));

  it('is linked from the drill list and lists every drill, newest first', async () => {
    page = await room.open('#/', { width: 1920, height: 1080 });
    await page.getByTestId('open-drill-ledger').click();
    await page.getByTestId('ledger-table').waitFor();
    expect(await rows().count()).toBe(3);
    expect(await years()).toEqual(['2026', '2025', '2025']);
    expect(await page.getByTestId('ledger-met').allTextContents()).toEqual(['1/5', '0/5', '1/5']);
    const byYear = await page.getByTestId('chart-by-year').locator('.share-row').evaluateAll((els) => els.map((e) => [e.getAttribute('data-key'), Number(e.getAttribute('data-share'))]));
    expect(byYear).toEqual([
      ['2025', 0.1],
      ['2026', 0.2],
    ]);
  });

  it('filters by year: the table and the branch comparison keep that year only', async () => {
    await page.getByTestId('ledger-year').selectOption('2025');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="ledger-row"]').length === 2);
    expect(await years()).toEqual(['2025', '2025']);
    const branches = await page.getByTestId('chart-by-branch').locator('.share-row').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
    expect(branches).toEqual(['城东支行', '城西支行']);
    expect(await page.getByTestId('chart-by-branch').textContent()).toContain('2025');
    await page.getByTestId('ledger-year').selectOption('');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="ledger-row"]').length === 3);
  });

  it('imports several archives at once: sound ones come in, the damaged one is named with its reason', async () => {
    await page.getByTestId('rollup-files').setInputFiles(uploads);
    const report = page.getByTestId('rollup-report');
    await report.waitFor();
    expect(await report.textContent()).toContain('新导入 2 个,已导入过 0 个,失败 1 个');
    expect(await page.getByTestId('rollup-failed').allTextContents()).toEqual([expect.stringMatching(/gaoxin-truncated\.drill.*清单记载 \d+ 条记录，档案中实有 \d+ 条/)]);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="ledger-row"]').length === 5);
    await page.getByTestId('ledger-year').selectOption('2026');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="ledger-row"]').length === 3);
    const branches = await page.getByTestId('chart-by-branch').locator('.share-row').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
    expect(branches).toEqual(['城东支行', '高新区支行']);
    // The same files again: recognised, nothing imported twice.
    await page.getByTestId('rollup-files').setInputFiles(uploads.slice(0, 2));
    await page.waitForFunction(() => document.querySelector('[data-testid="rollup-report"]')?.textContent?.includes('已导入过 2 个'));
    expect(room.services.drills.list()).toHaveLength(5);
  });

  it('fits at 1024×768 and 1920×1080 in both languages (screenshots on request)', async () => {
    for (const lang of ['zh-CN', 'en'] as const)
      for (const size of SIZES) {
        const p = await room.open(`#/ledger/drills?lang=${lang}&theme=dark`, size);
        await p.getByTestId('ledger-table').waitFor();
        // Nothing sticks out of the page sideways but the ledger table's own scroller.
        const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0 && process.env['DRILLROOM_DEBUG'])
          console.log(await p.evaluate(() => [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth).slice(0, 8).map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`)));
        expect(overflow, `${lang} ${size.width}`).toBeLessThanOrEqual(0);
        // The ledger table fits its width: no sideways scrolling at either size.
        const tableOverflow = await p.getByTestId('ledger-table').evaluate((t) => t.parentElement!.scrollWidth - t.parentElement!.clientWidth);
        expect(tableOverflow, `${lang} ${size.width}`).toBeLessThanOrEqual(0);
        // A date, a count, a code or a share never wraps: each of their own text nodes lies on one line.
        const wrapped = await p.evaluate(() =>
          [...document.querySelectorAll('.ledger-table .nowrap, .ledger-table .code, .ledger-table .branch, .share-value, .share-detail, .ledger-table .th-line')].flatMap((el) =>
            [...el.childNodes]
              .filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '')
              .filter((n) => {
                const range = document.createRange();
                range.selectNodeContents(n);
                return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size > 1;
              })
              .map((n) => n.textContent),
          ),
        );
        expect(wrapped, `${lang} ${size.width}`).toEqual([]);
        if (lang === 'en') expect(await p.locator('main').textContent()).not.toMatch(/演练台账|年度|机构/);
        if (process.env['DRILLROOM_SCREENSHOTS'])
          await p.screenshot({ path: `docs/screenshots/drill-ledger-${lang === 'en' ? 'en' : 'zh'}-${size.width}x${size.height}.png`, fullPage: true });
        await p.close();
      }
  });
});
