// The console's big clock fits its panel at any drill time, in the fonts of a Chinese Linux PC (DejaVu, Noto CJK; no Microsoft fonts): never "T+00:00:0".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LINUX_PC_FONTS, openRoom, type Room } from './harness';

describe('the console clock', () => {
  let room: Room;
  let drillId = '';
  beforeAll(async () => {
    room = await openRoom({ fontconfig: LINUX_PC_FONTS });
    const drills = room.services.drills;
    drillId = drills.create({ pack: room.services.scenarios.get('anonymous-email'), facts: { name: '时钟宽度' }, language: 'zh-CN' });
    drills.start(drillId);
    room.clock.advance((10 * 3600 + 18 * 60 + 8) * 1000); // T+10:18:08: the widest digits of a long drill
  });
  afterAll(async () => room?.close());

  for (const size of [
    { width: 1920, height: 1080 },
    { width: 1024, height: 768 },
  ])
    it(`shows every digit at ${size.width}×${size.height}`, async () => {
      const page = await room.open(`#/drill/${encodeURIComponent(drillId)}`, size);
      const clock = page.getByTestId('console-clock');
      await expect.poll(() => clock.textContent()).toMatch(/^T\+10:18:0\d$/);
      const fit = await clock.evaluate((el) => {
        const panel = el.closest('.clock-panel')!;
        const r = el.getBoundingClientRect();
        const p = panel.getBoundingClientRect();
        return { over: el.scrollWidth - el.clientWidth, inside: r.left >= p.left - 1 && r.right <= p.right + 1, size: parseFloat(getComputedStyle(el).fontSize) };
      });
      expect(fit.over).toBeLessThanOrEqual(0);
      expect(fit.inside).toBe(true);
      // Still the largest figure on the console: twice its body text or more.
      expect(fit.size).toBeGreaterThanOrEqual(size.width >= 1920 ? 36 : 24);
      if (process.env['LOOK']) await page.screenshot({ path: `/tmp/look/console-${size.width}.png` });
      await page.close();
    });
});
