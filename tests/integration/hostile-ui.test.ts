// Hostile text in the real renderer (Chromium against the browser host): shown literally, its markup never runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openRoom, type Room } from '../e2e/harness';

const IMG = '<img src=x onerror=window.__pwned=1>';
const SCRIPT = '<script>window.__pwned=2</script>';
const RTL = '\u202Eتحذير\u202C';
const ZERO_WIDTH = '转\u200B账\u200D失败';

describe('hostile text in the drill room UI', () => {
  let room: Room;
  let drillId = '';
  const pages: Page[] = [];

  beforeAll(async () => {
    room = await openRoom();
    const call = async (name: string, input: unknown) => {
      const r = (await room.services.dispatch(name, input)) as { ok: boolean; value?: unknown; error?: unknown };
      if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
      return r.value as { drillId: string };
    };
    const facts = { name: `演练${IMG}`, place: RTL, organiser: '', facilitator: SCRIPT, scribe: '', reviewer: '', participants: {} };
    ({ drillId } = await call('drill.create', { scenarioId: 'anonymous-email', facts, language: 'zh-CN' }));
    await call('clock.start', { drillId });
    await call('entry.log', { drillId, kind: 'observation', roleId: 'monitoring', text: `${IMG} 网帖截图` });
    await call('entry.log', { drillId, kind: 'decision', roleId: 'commander', text: `${SCRIPT}${RTL}${ZERO_WIDTH}` });
  });
  afterAll(async () => {
    await room?.close();
  });

  for (const [view, hash] of [
    ['console', () => `#/drill/${encodeURIComponent(drillId)}`],
    ['projector', () => `#/projector?drill=${encodeURIComponent(drillId)}`],
  ] as const) {
    it(`shows the markup as literal text on the ${view} and runs none of it`, async () => {
      const page = await room.open(hash());
      pages.push(page);
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      if (view === 'console') {
        await page.getByText(`${IMG} 网帖截图`).first().waitFor();
        await page.getByText(`${SCRIPT}${RTL}${ZERO_WIDTH}`).first().waitFor();
      } else {
        await page.getByText(`演练${IMG}`).first().waitFor();
      }
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
      // No element was made from the text: no <img src=x>, no inline script.
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(await page.evaluate(() => [...document.scripts].filter((s) => s.textContent?.includes('__pwned')).length)).toBe(0);
      expect(dialogs).toEqual([]);
    });
  }
});
