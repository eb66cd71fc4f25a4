// Resize a page and wait until its layout has caught up: the new size is in effect and two frames have been painted.
import type { Page } from 'playwright-core';

export async function resizeAndSettle(page: Page, size: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(size);
  await page.waitForFunction(([w, h]) => innerWidth === w && innerHeight === h, [size.width, size.height] as const);
  // Two animation frames: React effects that measure (useSpotlightPages) run after the first, their re-render paints by the second.
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}
