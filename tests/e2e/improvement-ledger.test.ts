// The 整改台账 through the browser: drill 1 records an open measure; drill 2 of the same branch is created and its
// review carries that measure over; it is moved to 整改中 from there (recorded in drill 1's journal) and the ledger
// screen shows the new status; the overdue filter; and attendance with a late arrival and a role handover on the console.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Entry } from '../../shared/domain/entry';
import { SCREENSHOTS } from './eachLanguageAndSize';
import { openRoom, type Room } from './harness';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const WALL = Date.UTC(2026, 10, 28, 1, 30, 0);

describe('improvement measures carried over from one drill into the next, and the ledger', () => {
  let room: Room;
  let page: Page;
  let first = '';
  let second = '';
  let openSeq = 0;
  let lateSeq = 0;
  const followUps = (drillId: string) => room.services.drills.entries(drillId).filter((e): e is Entry<'improvement.followup'> => e.kind === 'improvement.followup');

  beforeAll(async () => {
    room = await openRoom({ wallStart: WALL });
    const { drills, scenarios } = room.services;
    first = drills.create({ pack: scenarios.get('anonymous-email'), facts: { name: '城东支行第一次舆情演练', branch: '城东支行' }, language: 'zh-CN' });
    drills.start(first);
    room.clock.advance(30 * MIN);
    drills.finish(first);
    page = await room.open(`#/review?drill=${encodeURIComponent(first)}&lang=zh-CN`, { width: 1920, height: 1080 });
  });
  afterAll(async () => {
    await room?.close();
  });

  it('drill 1 records an open measure with owner, department and acceptance on its review', async () => {
    const box = page.getByTestId('review-improvements');
    await box.locator('input[name="measure"]').fill('建立舆情信息共享台账');
    await box.locator('input[name="owner"]').fill('李明');
    await box.locator('input[name="department"]').fill('办公室');
    await box.locator('input[name="acceptance"]').fill('台账上线并试运行一周');
    await box.locator('input[name="due"]').fill('2099-06-30');
    await box.getByRole('button', { name: '添加整改措施' }).click();
    await box.locator('table').getByText('建立舆情信息共享台账').waitFor();
    const m = room.services.drills.entries(first).find((e): e is Entry<'improvement'> => e.kind === 'improvement')!;
    openSeq = m.seq;
    expect(m.data).toEqual({ owner: '李明', department: '办公室', acceptance: '台账上线并试运行一周', due: '2099-06-30' });
    await expect.poll(async () => (await box.getByTestId(`measure-${openSeq}`).getByTestId('measure-status').textContent())?.trim()).toBe('待整改');
    // A second measure, due long ago: 逾期 in the ledger.
    const late = await room.services.dispatch('review.improvement', { drillId: first, measure: '修订对外口径审批流程', owner: '周婷', department: '合规部', due: '2026-01-31' });
    lateSeq = late.ok ? (late.value as { seq: number }).seq : 0;
    await box.getByTestId(`measure-${lateSeq}`).getByTestId('measure-overdue').waitFor();
  });

  it('drill 2 of the same branch shows it under 往期未完成整改, and moves it to 整改中 from there', async () => {
    room.clock.advance(7 * DAY);
    const created = await room.services.dispatch('drill.create', { scenarioId: 'transfer-failure', facts: { name: '城东支行第二次舆情演练', branch: '城东支行' } });
    second = created.ok ? (created.value as { drillId: string }).drillId : '';
    await page.goto(`${room.host.url}#/review?drill=${encodeURIComponent(second)}&lang=zh-CN`);
    const carry = page.getByTestId('carry-over');
    const row = carry.getByTestId(`carried-${first}-${openSeq}`);
    await row.waitFor();
    expect(await row.textContent()).toContain('来自:城东支行第一次舆情演练(2026-11-28)');
    expect((await row.getByTestId('measure-status').textContent())?.trim()).toBe('待整改');
    expect(await carry.getByTestId(`carried-${first}-${lateSeq}`).getByTestId('measure-overdue').textContent()).toContain('逾期');

    const moves = carry.getByTestId(`carried-moves-${first}-${openSeq}`);
    await moves.getByTestId('move-in_progress').click();
    await moves.locator('input[name="move-by"]').fill('李明');
    await moves.locator('input[name="move-note"]').fill('已起草台账模板');
    await moves.getByTestId('move-confirm').click();
    await expect.poll(async () => (await row.getByTestId('measure-status').textContent())?.trim()).toBe('整改中');
    expect(followUps(first).map((e) => [e.data.improvement, e.data.move, e.data.by, e.text])).toEqual([[openSeq, 'in_progress', '李明', '已起草台账模板']]);
    expect(followUps(second)).toEqual([]);
  });

  it('the ledger screen, from the drill list, shows the new status; the overdue filter leaves the overdue measure only', async () => {
    await page.goto(`${room.host.url}#/?lang=zh-CN`);
    await page.getByTestId('open-improvement-ledger').click();
    const ledger = page.getByTestId('improvement-ledger');
    const row = ledger.getByTestId(`ledger-row-${first}-${openSeq}`);
    await row.waitFor();
    expect((await row.getByTestId('measure-status').textContent())?.trim()).toBe('整改中');
    expect(await row.textContent()).toContain('李明 · 开始整改');
    expect(await ledger.getByTestId('ledger-count').textContent()).toContain('共 2 项,逾期 1 项');

    await ledger.getByTestId('filter-overdue').check();
    await expect.poll(() => ledger.locator('tbody tr').count()).toBe(1);
    expect(await ledger.getByTestId(`ledger-row-${first}-${lateSeq}`).textContent()).toContain('修订对外口径审批流程');
    await ledger.getByTestId('filter-overdue').uncheck();
    await ledger.getByTestId('filter-in_progress').check();
    await expect.poll(() => ledger.locator('tbody tr').count()).toBe(1);
    await ledger.getByTestId('filter-in_progress').uncheck();
    await ledger.locator('input[name="owner"]').fill('周婷');
    await expect.poll(() => ledger.locator('tbody tr').count()).toBe(1);
    await ledger.locator('input[name="owner"]').fill('');

    await ledger.getByTestId(`ledger-row-${first}-${lateSeq}`).locator('td').nth(3).click();
    await page.getByTestId('review').waitFor();
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe(`#/review?drill=${first}`);
  });

  it('checks people in on the console (a late arrival with its drill time) and hands a role over', async () => {
    const { drills, scenarios } = room.services;
    const id = drills.create({ pack: scenarios.get('anonymous-email'), facts: { name: '签到演练' }, language: 'zh-CN' });
    const con = await room.open(`#/drill/${encodeURIComponent(id)}?lang=zh-CN`, { width: 1920, height: 1080 });
    await con.getByTestId('open-attendance').click();
    const dlg = con.getByTestId('attendance');
    const checkIn = async (name: string, department: string, role: string) => {
      await dlg.locator('input[name="att-name"]').fill(name);
      await dlg.locator('input[name="att-department"]').fill(department);
      await dlg.locator('select[name="att-role"]').selectOption(role);
      await dlg.getByRole('button', { name: '签到', exact: true }).click();
      await dlg.getByTestId('att-list').getByText(name).waitFor();
    };
    await checkIn('张伟', '办公室', 'spokesperson');
    await checkIn('陈主任', '办公室', 'cap:facilitator');
    drills.start(id);
    room.clock.advance(12 * MIN + 5_000);
    await checkIn('周婷', '运营管理部', 'monitoring');
    const att = drills.entries(id).filter((e): e is Entry<'attendance'> => e.kind === 'attendance');
    expect(att.map((e) => [e.data.name, e.roleId, e.data.capacity ?? null, e.data.late])).toEqual([
      ['张伟', 'spokesperson', null, false],
      ['陈主任', null, 'facilitator', false],
      ['周婷', 'monitoring', null, true],
    ]);
    expect(await dlg.getByTestId(`att-${att[2]!.seq}`).textContent()).toContain('迟到 T+00:12:05');
    expect(await dlg.getByTestId('att-late-count').textContent()).toContain('迟到 1 人');

    room.clock.advance(28 * MIN);
    const holder = dlg.getByTestId('holder-spokesperson');
    expect(await holder.getByTestId('holder-name').textContent()).toBe('张伟');
    await holder.getByTestId('handover-open').click();
    expect(await holder.locator('input[name="handover-from"]').inputValue()).toBe('张伟');
    await holder.locator('input[name="handover-to"]').fill('李娜');
    await holder.getByRole('button', { name: '确认交接' }).click();
    await expect.poll(() => holder.getByTestId('holder-name').textContent()).toMatch(/^李娜自 T\+00:40:0\d$/);
    const h = drills.entries(id).find((e) => e.kind === 'role.handover')!;
    expect(h.roleId).toBe('spokesperson');
    expect(h.data).toEqual({ from: '张伟', to: '李娜' });
    expect(await dlg.getByTestId('handovers').textContent()).toContain('新闻发言:张伟 → 李娜');

    if (process.env['DRILLROOM_SCREENSHOTS']) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      for (const lang of ['zh-CN', 'en'] as const)
        for (const size of [
          { width: 1920, height: 1080 },
          { width: 1024, height: 768 },
        ]) {
          const tag = `${lang === 'en' ? 'en' : 'zh'}-${size.width}x${size.height}`;
          const shot = await room.open(`#/drill/${encodeURIComponent(id)}?lang=${lang}&theme=light`, size);
          await shot.getByTestId('open-attendance').click();
          await shot.getByTestId('att-list').waitFor();
          await shot.screenshot({ path: join(SCREENSHOTS, `attendance-${tag}.png`) });
          await shot.goto(`${room.host.url}#/review?drill=${encodeURIComponent(second)}&lang=${lang}&theme=light`);
          const carry = shot.getByTestId('carry-over');
          await carry.getByTestId(`carried-${first}-${openSeq}`).waitFor();
          await carry.getByTestId(`carried-moves-${first}-${openSeq}`).getByTestId('move-done').click();
          await carry.scrollIntoViewIfNeeded();
          await shot.screenshot({ path: join(SCREENSHOTS, `carry-over-${tag}.png`) });
          await shot.goto(`${room.host.url}#/ledger/improvements?lang=${lang}&theme=light`);
          await shot.getByTestId(`ledger-row-${first}-${openSeq}`).waitFor();
          await shot.screenshot({ path: join(SCREENSHOTS, `improvement-ledger-${tag}.png`) });
          await shot.close();
        }
    }
  });
});
