// Issue 9, item 2 in the browser: a drill whose journal does not fold is listed as damaged (in Chinese), the others
// still open, and its record can still leave as an archive from the list.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRoom, type Room } from './harness';

describe('a damaged drill in the drill list', () => {
  let room: Room;
  let good = '';
  const broken = 'D20261128-broken02';

  beforeAll(async () => {
    room = await openRoom();
    const { drills, scenarios, journal } = room.services;
    good = drills.create({ pack: scenarios.get('transfer-failure'), facts: { name: '正常的演练' }, language: 'zh-CN' });
    journal.createDrill(broken, room.clock.now());
    journal.append(broken, { kind: 'observation', roleId: 'scribe', text: '没有设置的记录', data: {} }, { at: room.clock.now(), clockMs: 0, phaseId: null });
  });
  afterAll(async () => {
    await room?.close();
  });

  it('is marked damaged with the reason in Chinese, offers an archive export, and the other drill still opens', async () => {
    const page = await room.open('#/');
    const tag = page.getByTestId(`damaged-${broken}`);
    await tag.waitFor();
    expect(await tag.textContent()).toContain('记录无法读取');
    const row = page.locator('tr', { has: tag });
    expect(await row.textContent()).toContain('仍可校验完整性并导出档案');
    await row.getByRole('button', { name: '导出档案' }).click();
    await page.getByText('已交给浏览器下载').first().waitFor();
    const exports = join(room.dir, 'exports');
    expect(existsSync(exports) && readdirSync(exports).some((f) => f.endsWith('.drill'))).toBe(true);
    const goodRow = page.locator('tr', { hasText: '正常的演练' });
    await goodRow.getByRole('link', { name: '打开' }).click();
    await page.waitForURL(new RegExp(`#/drill/${good}`));
    await page.getByTestId('drill-status').waitFor();
    await page.close();
  });
});
