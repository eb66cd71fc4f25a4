// A whole drill of a seed scenario run through the real UI in Chromium, against the browser host on real SQLite.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runDemo } from '../../electron/drill/demo';
import { makeWorld } from '../helpers/world';
import { openRoom, type Room } from './harness';
import { smallestText } from './projectorText';
import { resizeAndSettle } from './resize';

const MIN = 60_000;

describe('the drill room, driven through the browser', () => {
  let room: Room;
  let page: Page;
  let drillId = '';

  beforeAll(async () => {
    room = await openRoom();
    page = await room.open('#/');
  });
  afterAll(async () => {
    await room?.close();
  });

  const entries = () => room.services.drills.entries(drillId);
  const journalRow = (text: string) => page.getByTestId('journal').locator('li.entry', { hasText: text });
  const logAs = async (roleId: string, kind: string, text: string, milestone = '') => {
    await page.getByTestId('log-role').selectOption(roleId);
    await page.getByTestId('log-kind').selectOption(kind);
    await page.getByTestId('log-milestone').selectOption(milestone);
    await page.getByTestId('log-text').fill(text);
    await page.getByTestId('log-text').press('Enter');
    await journalRow(text).first().waitFor();
  };

  it('takes the token out of the address bar at once, and keeps working after a reload', async () => {
    await page.getByText('尚无演练').waitFor();
    expect(page.url()).not.toContain('token');
    await page.reload();
    await page.getByText('尚无演练').waitFor();
    expect(page.url()).not.toContain('token');
  });

  it('creates a drill from a built-in scenario with its facts', async () => {
    await page.getByText('尚无演练').waitFor();
    await page.getByRole('link', { name: '新建演练' }).click();
    await page.getByRole('radio', { name: /匿名邮件举报/ }).click();
    await page.locator('input[name="name"]').fill('XX支行匿名邮件举报应急演练(端到端)');
    await page.locator('input[name="place"]').fill('三楼会议室');
    await page.locator('input[name="facilitator"]').fill('孙立新');
    await page.locator('input[name="scribe"]').fill('郑晓燕');
    await page.locator('input[name="participant-commander"]').fill('王建国');
    await page.getByRole('button', { name: '创建演练' }).click();
    await page.waitForURL(/#\/drill\//);
    drillId = decodeURIComponent(/#\/drill\/([^?]+)/.exec(page.url())![1]!);
    await page.getByTestId('drill-status').getByText('未开始').waitFor();
    const setup = entries()[0]!;
    expect(setup.kind).toBe('drill.setup');
    expect(setup.kind === 'drill.setup' && setup.data.facts).toMatchObject({ place: '三楼会议室', participants: { commander: '王建国' } });
  });

  it('starts, and refuses an empty log entry with a Chinese message, writing nothing', async () => {
    // Starting cannot be undone: it asks first.
    await page.getByRole('button', { name: '开始演练' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: '确认开始' }).click();
    await page.getByTestId('drill-status').getByText('演练中').waitFor();
    const before = entries().length;
    await page.getByTestId('log-text').fill('   ');
    await page.getByTestId('log-text').press('Enter');
    await expect.poll(() => page.getByTestId('log-error').textContent()).toContain('内容不能为空');
    expect(entries().length).toBe(before);
  });

  it('logs entries for several roles, from the mouse and from the keyboard alone', async () => {
    await logAs('commander', 'decision', '总指挥宣布启动声誉风险应急预案', 'reported');
    await logAs('monitoring', 'observation', '舆情监测发现微博出现相关帖子,转发约 30 次', 'discovered');
    // Keyboard only: L focuses the quick log, Alt+3 picks the third role (新闻发言), Enter logs.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('l');
    await page.keyboard.press('Alt+Digit3');
    await page.keyboard.type('新闻发言起草初步回应口径');
    await page.keyboard.press('Enter');
    await journalRow('新闻发言起草初步回应口径').waitFor();
    const logged = entries().filter((e) => e.kind === 'observation' || e.kind === 'decision');
    expect(logged.map((e) => e.roleId)).toEqual(['commander', 'monitoring', 'spokesperson']);
    expect(room.services.drills.state(drillId).milestones).toMatchObject({ reported: expect.any(Number), discovered: expect.any(Number) });
  });

  it('proposes 首次回应 for a public statement, and logs a late entry (补记) where it happened', async () => {
    room.clock.advance(MIN);
    await page.getByTestId('log-role').selectOption('spokesperson');
    await page.getByTestId('log-kind').selectOption('communication');
    await page.getByTestId('log-audience').selectOption('media');
    await page.getByTestId('log-proposal').getByText('首次回应').waitFor();
    await page.getByTestId('log-proposal-accept').click();
    expect(await page.getByTestId('log-milestone').inputValue()).toBe('first_response');
    await page.getByTestId('log-text').fill('向记者说明已启动核查');
    await page.getByTestId('log-text').press('Enter');
    await journalRow('向记者说明已启动核查').waitFor();
    const said = entries().at(-1)!;
    expect(said).toMatchObject({ kind: 'communication', data: { audience: 'media', milestone: 'first_response' } });
    expect(room.services.drills.state(drillId).milestoneSeqs.first_response).toBe(said.seq);
    // Marked now: the proposal is gone.
    await page.getByTestId('log-kind').selectOption('communication');
    expect(await page.getByTestId('log-proposal').count()).toBe(0);

    // 补记: it happened at T+00:00:10, recorded a minute later.
    await page.getByTestId('log-kind').selectOption('observation');
    await page.getByTestId('log-occurred').fill('T+00:00:10');
    await page.getByTestId('log-text').fill('补记:开始时已电话通知合规岗');
    await page.getByTestId('log-text').press('Enter');
    const row = journalRow('补记:开始时已电话通知合规岗');
    await row.getByText(/补记（晚 \d+ 分钟记录）/).waitFor();
    const late = entries().at(-1)!;
    expect(late.data).toMatchObject({ occurredMs: 10_000 });
    // Sorted where it happened: before the entries logged live after the start.
    const seqs = await page.getByTestId('journal').locator('li.entry').evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-seq'))));
    expect(seqs.indexOf(late.seq)).toBeLessThan(seqs.indexOf(said.seq));
    // After now: refused with a Chinese message, nothing written.
    const count = entries().length;
    await page.getByTestId('log-occurred').fill('T+09:00:00');
    await page.getByTestId('log-text').fill('未来的事');
    await page.getByTestId('log-text').press('Enter');
    await expect.poll(() => page.getByTestId('log-error').textContent()).toContain('晚于当前演练时间');
    expect(entries().length).toBe(count);
    await page.getByTestId('log-occurred').fill('');
    await page.getByTestId('log-text').fill('');
  });

  it('releases timed injects as the clock runs, and none while paused', async () => {
    room.clock.advance(3 * MIN); // ae-01 is due at 2 minutes
    await journalRow('发布情景注入').first().waitFor();
    await page.getByRole('button', { name: '暂停' }).click();
    await page.getByTestId('drill-status').getByText('已暂停').waitFor();
    const released = room.services.drills.state(drillId).released.length;
    room.clock.advance(30 * MIN);
    expect(room.services.drills.state(drillId).released.length).toBe(released);
    await page.keyboard.press('Alt+KeyS'); // resume by shortcut (state changes take Alt)
    await page.getByTestId('drill-status').getByText('演练中').waitFor();
    // Release the next one by hand from the inject timeline.
    await page.getByTestId('inject-ae-02').getByRole('button', { name: '发布' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: '确认发布' }).click();
    await expect.poll(() => room.services.drills.state(drillId).released.map((r) => r.injectId)).toContain('ae-02');
    const manual = room.services.drills.state(drillId).released.find((r) => r.injectId === 'ae-02')!;
    expect(manual.manual).toBe(true);
  });

  it('ticks a task and acknowledges an inject in a role panel', async () => {
    await page.getByRole('tab', { name: '角色' }).click();
    await page.getByTestId('role-tile-commander').click();
    const panel = page.getByTestId('role-panel-commander');
    // The box shows the journal's truth: it turns checked when main's push arrives, not on the click itself.
    const firstTask = panel.locator('input[type="checkbox"]').first();
    await firstTask.click();
    await expect.poll(() => firstTask.isChecked(), { timeout: 10_000 }).toBe(true);
    await panel.getByTestId('role-inject-ae-01').getByRole('button', { name: '签收' }).click();
    await panel.getByTestId('role-inject-ae-01').getByText('已签收').waitFor();
    await panel.getByTestId('role-log-text').fill('总指挥要求各组 10 分钟内汇报');
    await panel.getByTestId('role-log-text').press('Enter');
    await journalRow('总指挥要求各组 10 分钟内汇报').waitFor();
    const kinds = entries().map((e) => e.kind);
    expect(kinds).toContain('task.done');
    expect(kinds).toContain('inject.acknowledged');
    expect(room.services.drills.state(drillId).acknowledged['ae-01']).toEqual(['commander']);
  });

  it('corrects an entry (struck through, correction beside it) and stars one for the minutes', async () => {
    const wrong = entries().find((e) => e.text.startsWith('舆情监测发现微博'))!;
    await journalRow('舆情监测发现微博').first().getByRole('button', { name: `更正 #${wrong.seq}` }).click();
    const input = page.getByRole('textbox', { name: `更正第 ${wrong.seq} 条记录` });
    await input.fill('舆情监测发现微博出现相关帖子,转发约 300 次');
    await input.press('Enter');
    const row = page.locator(`li.entry[data-seq="${wrong.seq}"]`);
    await row.locator('del').waitFor();
    await expect.poll(() => row.locator('ins').textContent()).toBe('舆情监测发现微博出现相关帖子,转发约 300 次');
    const decision = entries().find((e) => e.kind === 'decision')!;
    await page.locator(`li.entry[data-seq="${decision.seq}"]`).getByRole('button', { name: '标记为纪要要点' }).click();
    await expect.poll(() => room.services.drills.state(drillId).starred).toContain(decision.seq);
    const correction = entries().find((e) => e.kind === 'correction')!;
    expect(correction.kind === 'correction' && correction.data.corrects).toBe(wrong.seq);
  });

  it('advances through every phase, by button and by shortcut', async () => {
    const phases = room.services.drills.state(drillId).scenario.phases;
    for (let i = 1; i < phases.length; i++) {
      if (i % 2) {
        await page.getByRole('button', { name: '下一阶段' }).click();
        await page.getByRole('alertdialog').getByRole('button', { name: '确认切换' }).click();
      } else {
        await page.locator('body').click({ position: { x: 5, y: 5 } });
        await page.keyboard.press('Alt+KeyN');
        await page.getByRole('alertdialog').waitFor();
        await page.keyboard.press('Enter');
      }
      await expect.poll(() => room.services.drills.state(drillId).phaseIndex).toBe(i);
      room.clock.advance(12 * MIN);
    }
    await page.getByTestId(`phase-${phases.at(-1)!.id}`).and(page.locator('[aria-current="step"]')).waitFor();
    expect(entries().filter((e) => e.kind === 'phase.advance')).toHaveLength(phases.length - 1);
  });

  it('shows the drill on the projector: clock, phase, inject cards, role tiles and timing indicators', async () => {
    const proj = await room.open(`#/projector?drill=${encodeURIComponent(drillId)}`, { width: 1920, height: 1080 });
    await proj.getByTestId('projector').waitFor();
    const state = room.services.drills.state(drillId);
    await expect.poll(() => proj.getByTestId('proj-clock').textContent()).toMatch(/^T\+\d\d:\d\d:\d\d$/);
    expect(await proj.getByTestId('proj-phase').textContent()).toContain(state.scenario.phases.at(-1)!.name);
    expect(await proj.getByTestId('proj-status').textContent()).toContain('演练中');
    const cards = proj.getByTestId('proj-inject');
    expect(await cards.count()).toBeGreaterThanOrEqual(2);
    const newest = state.scenario.injects.find((j) => j.id === state.released.at(-1)!.injectId)!;
    expect(await cards.first().textContent()).toContain(newest.sender);
    expect(await proj.locator('[data-testid^="proj-role-"]').count()).toBe(state.scenario.roles.length);
    expect(await proj.getByTestId('proj-role-commander').textContent()).toMatch(/1\/\d+/);
    const inds = proj.locator('[data-testid^="proj-ind-"]');
    expect(await inds.count()).toBe(state.scenario.timingTargets.length);
    // Every indicator says its state in words, not colour alone.
    for (const text of await inds.allTextContents()) expect(text).toMatch(/达标|超时|计时中|暂停中|未开始/);
    // A new inject arrives on the projector by push.
    await page.getByRole('tab', { name: '情景注入' }).click();
    const next = page.locator('.inject-item.next');
    const nextId = (await next.getAttribute('data-testid'))!.replace('inject-', '');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Alt+KeyR');
    await page.getByRole('alertdialog').waitFor();
    await page.keyboard.press('Enter');
    const sender = state.scenario.injects.find((j) => j.id === nextId)!.sender;
    await expect.poll(() => proj.getByTestId('proj-inject').first().textContent()).toContain(sender);
    // No scrollbars, and no text under 28 px at 1920×1080 or under 24 px at 1024×768.
    for (const [size, minPx] of [[{ width: 1920, height: 1080 }, 28], [{ width: 1024, height: 768 }, 24]] as const) {
      await resizeAndSettle(proj, size);
      const overflow = await proj.evaluate(() => [document.documentElement.scrollWidth > innerWidth, document.documentElement.scrollHeight > innerHeight]);
      expect(overflow).toEqual([false, false]);
      const smallest = await smallestText(proj, '.projector');
      expect(smallest.count, 'too little text').toBeGreaterThan(20);
      expect(smallest.px, `${size.width}×${size.height}: ${smallest.what}`).toBeGreaterThanOrEqual(minPx);
    }
    await proj.close();
  });

  it('opens the projector from the 投屏 button: the new window has the token without it being in any URL', async () => {
    const popup = page.waitForEvent('popup');
    await page.getByRole('button', { name: /^投屏/ }).click();
    const proj = await popup;
    await proj.getByTestId('projector').waitFor();
    await expect.poll(() => proj.getByTestId('proj-status').textContent()).toContain('演练中');
    expect(proj.url()).not.toContain('token');
    await proj.close();
  });

  it('finishes the drill; the journal holds the whole run and its chain verifies', async () => {
    await page.getByRole('button', { name: '结束演练' }).click();
    await page.getByRole('button', { name: '确认结束' }).click();
    await page.getByTestId('drill-status').getByText('已结束').waitFor();
    const kinds = entries().map((e) => e.kind);
    for (const k of ['drill.setup', 'clock.start', 'clock.pause', 'clock.resume', 'phase.advance', 'inject.released', 'inject.acknowledged', 'task.done', 'correction', 'star', 'clock.finish'])
      expect(kinds).toContain(k);
    expect(kinds.at(-1)).toBe('clock.finish');
    expect(room.services.journal.verify()).toMatchObject({ ok: true });
    // A finished drill opens read-only: no clock controls, no log bar.
    await page.goto(`${room.host.url}#/`);
    await page.getByRole('link', { name: '查看' }).click();
    await page.getByText('本演练为只读记录').waitFor();
    expect(await page.getByRole('button', { name: '开始演练' }).count()).toBe(0);
    expect(await page.getByTestId('log-text').count()).toBe(0);
  });

  it('shows the shortcuts in a help overlay, switches to English at run time, and reports an export', async () => {
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: '快捷键' });
    await help.waitFor();
    expect(await help.textContent()).toContain('发布下一条情景注入');
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('region', { name: 'Journal' }).waitFor();
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('region', { name: '事件日志' }).waitFor();
    // The minutes export answers with the saved path or a clear error; either way the user is told.
    await page.getByRole('button', { name: '导出纪要' }).click();
    await expect.poll(() => page.getByTestId('notice').last().textContent()).toMatch(/已交给浏览器下载|已保存至|错误|失败|无效/);
  });

  it('made no request outside the browser host', () => {
    expect(room.requests.length).toBeGreaterThan(10);
    expect(room.requests.filter((u) => !u.startsWith(`${room.origin}/`))).toEqual([]);
  });
});

describe('a broken scenario file', () => {
  let room: Room;
  beforeAll(async () => {
    room = await openRoom();
  });
  afterAll(async () => {
    await room?.close();
  });

  it('is refused with its problems named by field in Chinese, and no drill is created', async () => {
    const page = await room.open('#/new');
    const pack = { schema: 'drillroom.scenario/1', id: 'broken', title: '坏剧本', summary: '测试', phases: [{ id: 'p1', name: '阶段一', targetMin: 10 }], roles: [{ id: 'r1', name: '角色一', tasks: [] }], injects: [{ id: 'i1', offsetMin: 1, sender: '某人', content: '内容', targetRoles: ['nobody'] }] };
    await page.getByTestId('pack-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack)) });
    const problems = page.getByTestId('pack-problems');
    await problems.waitFor();
    const text = (await problems.textContent())!;
    expect(text).toContain('剧本文件有 2 处问题');
    expect(text).toContain('情景注入第 1 项 · 渠道');
    expect(text).toContain('角色“nobody”不存在');
    expect(await page.getByRole('button', { name: '创建演练' }).isDisabled()).toBe(true);
    await page.getByTestId('pack-file').setInputFiles({ name: 'not-json.json', mimeType: 'application/json', buffer: Buffer.from('{ 渠道: ') });
    await expect.poll(() => problems.textContent()).toContain('不是有效的 JSON 文件');
    expect(room.services.drills.list()).toEqual([]);
    expect(room.requests.filter((u) => !u.startsWith(`${room.origin}/`))).toEqual([]);
  });

  // The browser host has no open dialog: main reads the picked file's name from its imports folder (the page sends
  // only the name, never the content), as the headless save port writes into the exports folder.
  it('a damaged drill archive is refused with a message, and nothing is imported', async () => {
    const page = await room.open('#/');
    const damaged = Buffer.from('这不是演练档案');
    mkdirSync(join(room.services.dataDir, 'imports'), { recursive: true });
    writeFileSync(join(room.services.dataDir, 'imports', 'damaged.drill'), damaged);
    await page.getByTestId('archive-file').setInputFiles({ name: 'damaged.drill', mimeType: 'application/octet-stream', buffer: damaged });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('演练档案无效');
    expect(room.services.drills.list()).toEqual([]);
  });

  it('an archive the app exported is imported by picking it, and opens read-only', async () => {
    const other = makeWorld({ live: false });
    try {
      const id = runDemo(other.services.drills, other.clock, other.services.scenarios.get('anonymous-email'));
      const saved = await other.services.exportArchive(id);
      mkdirSync(join(room.services.dataDir, 'imports'), { recursive: true });
      copyFileSync(saved.path!, join(room.services.dataDir, 'imports', 'from-branch.drill'));
      const page = await room.open('#/');
      await page.getByTestId('archive-file').setInputFiles({ name: 'from-branch.drill', mimeType: 'application/octet-stream', buffer: Buffer.from('') });
      await expect.poll(() => room.services.drills.list().map((d) => d.drillId)).toContain(id);
      expect(room.services.drills.isReadOnly(id)).toBe(true);
      await expect.poll(() => page.url()).toContain(id);
    } finally {
      other.dispose();
    }
  });
});
