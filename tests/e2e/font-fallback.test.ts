// The clock and figures use the bundled tabular face on a PC with only DejaVu + Noto CJK + WenQuanYi (no Microsoft fonts), served by the app itself: nothing fetched from outside.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RENDERER_DIR } from './buildRenderer';
import { LINUX_PC_FONTS, openRoom, type Room } from './harness';

/** The font files Chromium actually drew a node's text with (DevTools protocol), e.g. ["Inter Variable"]. */
async function fontsDrawing(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts.map((f) => f.familyName);
}

describe('figures in the bundled face, on a Chinese Linux PC', () => {
  let room: Room;
  let drillId = '';
  beforeAll(async () => {
    room = await openRoom({ fontconfig: LINUX_PC_FONTS });
    const drills = room.services.drills;
    drillId = drills.create({ pack: room.services.scenarios.get('anonymous-email'), facts: { name: '字体回退' }, language: 'zh-CN' });
    drills.start(drillId);
    room.clock.advance((10 * 3600 + 18 * 60 + 8) * 1000);
  });
  afterAll(async () => room?.close());

  for (const size of [
    { width: 1920, height: 1080 },
    { width: 1024, height: 768 },
  ]) {
    it(`draws the console clock in Inter and shows every digit at ${size.width}×${size.height}`, async () => {
      const page = await room.open(`#/drill/${encodeURIComponent(drillId)}`, size);
      const clock = page.getByTestId('console-clock');
      await expect.poll(() => clock.textContent()).toMatch(/^T\+10:18:0\d$/);
      await page.evaluate(() => document.fonts.ready);
      expect(await fontsDrawing(page, '[data-testid="console-clock"]')).toEqual([expect.stringMatching(/^Inter/)]);
      const fit = await clock.evaluate((el) => {
        const p = el.closest('.clock-panel')!.getBoundingClientRect();
        const r = el.getBoundingClientRect();
        return { over: el.scrollWidth - el.clientWidth, inside: r.left >= p.left - 1 && r.right <= p.right + 1 };
      });
      expect(fit).toEqual({ over: expect.toSatisfy((n: number) => n <= 0), inside: true });
      await page.close();
    });

    it(`draws the projector clock in Inter within the screen at ${size.width}×${size.height}`, async () => {
      const page = await room.open(`#/projector?drill=${encodeURIComponent(drillId)}`, size);
      const clock = page.getByTestId('proj-clock');
      await expect.poll(() => clock.textContent()).toMatch(/10:18:0\d/);
      await page.evaluate(() => document.fonts.ready);
      expect(await fontsDrawing(page, '[data-testid="proj-clock"]')).toEqual(expect.arrayContaining([expect.stringMatching(/^Inter/)]));
      const over = await clock.evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(over).toBeLessThanOrEqual(0);
      await page.close();
    });
  }

  it('loads the face from the app itself and nothing from outside', () => {
    expect(room.requests.some((u) => u.startsWith(`${room.origin}/`) && u.endsWith('.woff2'))).toBe(true);
    expect(room.requests.filter((u) => !u.startsWith(`${room.origin}/`))).toEqual([]);
  });

  it('the built renderer CSS references only font files it ships', () => {
    const assets = join(RENDERER_DIR, 'assets');
    const css = readdirSync(assets).filter((f) => f.endsWith('.css'));
    expect(css.length).toBeGreaterThan(0);
    const urls = css.flatMap((f) => [...readFileSync(join(assets, f), 'utf8').matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)].map((m) => m[1]!));
    const fonts = urls.filter((u) => /\.(woff2?|ttf|otf)(\?|#|$)/i.test(u) || /^(https?:)?\/\//i.test(u));
    expect(fonts.length).toBeGreaterThan(0);
    for (const u of fonts) {
      expect(u, `${u} must be a local file`).not.toMatch(/^([a-z]+:)?\/\//i);
      expect(existsSync(join(assets, u)), `${u} must be shipped in out/renderer/assets`).toBe(true);
    }
  });
});
