// Review entries are corrected or voided from the review like any entry, the effective value shown on the review and in the minutes;
// a drill is archived out of the list and brought back, each a recorded entry, nothing deleted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { minutesContent } from '../../electron/minutes/content';
import { openRoom, type Room } from './harness';

const MIN = 60_000;

describe('fixing the review and hiding a drill, through the browser', () => {
  let room: Room;
  let page: Page;
  let drillId = '';
  let other = '';
  const seqs = { lesson: 0, measure: 0, scoreS: 0, scoreP: 0 };
  const entries = () => room.services.drills.entries(drillId);
  const cells = (rows: unknown) => JSON.stringify(rows);

  beforeAll(async () => {
    room = await openRoom();
    const { drills, scenarios } = room.services;
    drillId = drills.create({ pack: scenarios.get('anonymous-email'), facts: { name: '评估更正演练' }, language: 'zh-CN' });
    other = drills.create({ pack: scenarios.get('anonymous-email'), facts: { name: '试跑一次' }, language: 'zh-CN' });
    drills.start(drillId);
    room.clock.advance(30 * MIN);
    drills.finish(drillId);
    const rec = (d: Parameters<typeof drills.record>[1]) => drills.record(drillId, d).seq;
    seqs.lesson = rec({ kind: 'lesson', roleId: null, text: '舆情监测岗五分钟内发现帖文', data: { category: 'went_well' } });
    seqs.measure = rec({ kind: 'improvement', roleId: null, text: '误录的整改措施', data: { owner: '办公室 张伟', due: '2027-03-31' } });
    seqs.scoreS = rec({ kind: 'score', roleId: 'evaluator', text: '首报及时', data: { target: 'objective', targetId: 'obj-report', rating: 'S' } });
    seqs.scoreP = rec({ kind: 'score', roleId: 'evaluator', text: '误点的评分', data: { target: 'objective', targetId: 'obj-report', rating: 'P' } });
    page = await room.open(`#/review?drill=${encodeURIComponent(drillId)}`, { width: 1920, height: 1080 });
    await page.getByTestId('review').waitFor();
  });
  afterAll(async () => room?.close());

  const amend = async (seq: number, text: string, voided: boolean) => {
    await page.getByTestId(`amend-${seq}`).click();
    const form = page.getByTestId(`amend-form-${seq}`);
    if (voided) await form.getByRole('checkbox').check();
    await form.getByRole('textbox').fill(text);
    await form.getByRole('button', { name: voided ? '作废' : '提交更正' }).click();
    await form.waitFor({ state: 'detached' });
  };

  it('corrects a lesson: the review shows the corrected words, tagged 已更正', async () => {
    await amend(seqs.lesson, '舆情监测岗三分钟内发现微博帖文', false);
    const item = page.getByTestId(`lesson-item-${seqs.lesson}`);
    await expect.poll(() => item.textContent()).toContain('舆情监测岗三分钟内发现微博帖文');
    expect(await item.textContent()).toContain('已更正');
    expect(await item.textContent()).not.toContain('五分钟');
  });

  it('voids a measure recorded by mistake: it leaves the review', async () => {
    await expect.poll(() => page.getByTestId(`measure-${seqs.measure}`).count()).toBe(1);
    await amend(seqs.measure, '重复录入,作废', true);
    await expect.poll(() => page.getByTestId(`measure-${seqs.measure}`).count()).toBe(0);
  });

  it('voids the latest score: the earlier one counts again; its remark can be corrected', async () => {
    const row = page.getByTestId('score-objective-obj-report');
    await expect.poll(() => row.getByTestId('score-current').textContent()).toContain('P 无挑战完成');
    await page.locator('.score-history summary').click();
    await amend(seqs.scoreP, '评错了对象', true);
    await expect.poll(() => row.getByTestId('score-current').textContent()).toContain('S 有一定挑战');
    await amend(seqs.scoreS, '首报及时,但预案启动指令未同步', false);
    await expect.poll(() => row.getByTestId('score-current').textContent()).toContain('首报及时,但预案启动指令未同步');
    expect(await row.getByTestId('score-current').textContent()).toContain('已更正');
  });

  it('the minutes carry the corrected values and drop the voided ones', () => {
    const c = minutesContent(entries(), { exportedAt: room.clock.now(), draft: false });
    expect(cells(c.lessons)).toContain('舆情监测岗三分钟内发现微博帖文');
    expect(cells(c.lessons)).not.toContain('五分钟内发现帖文');
    expect(cells(c.improvements)).not.toContain('误录的整改措施');
    expect(cells([...c.objectiveScores, ...c.performance])).toContain('首报及时,但预案启动指令未同步');
    expect(cells([...c.objectiveScores, ...c.performance])).not.toContain('误点的评分');
    // The corrections are entries: the originals stay in the journal.
    expect(entries().filter((e) => e.kind === 'correction')).toHaveLength(4);
    expect(room.services.journal.verify()).toMatchObject({ ok: true });
  });

  it('archives a drill out of the list, shows it under 显示已归档 (1), and brings it back', async () => {
    const list = await room.open('#/', { width: 1920, height: 1080 });
    const row = list.getByTestId(`drill-row-${other}`);
    await row.waitFor();
    const before = room.services.drills.entries(other).length;
    await list.getByTestId(`archive-${other}`).click();
    await row.waitFor({ state: 'detached' });
    await list.getByTestId(`drill-row-${drillId}`).waitFor();
    const toggle = list.getByTestId('show-archived');
    expect(await toggle.textContent()).toContain('显示已归档 (1)');
    await toggle.getByRole('checkbox').check();
    await list.getByTestId(`archived-${other}`).waitFor();
    await list.getByTestId(`unarchive-${other}`).click();
    await list.getByTestId(`archive-${other}`).waitFor();
    expect(await list.getByTestId('show-archived').count()).toBe(0);
    const after = room.services.drills.entries(other);
    expect(after).toHaveLength(before + 2);
    expect(after.slice(-2).map((e) => e.kind === 'drill.archived' && e.data.archived)).toEqual([true, false]);
    // A toggle: bringing back a listed drill is refused.
    expect(() => room.services.drills.record(other, { kind: 'drill.archived', roleId: null, text: '', data: { archived: false } })).toThrow(/not_archived|未归档/);
    await list.close();
  });

  it('made no request outside the browser host', () => {
    expect(room.requests.filter((u) => !u.startsWith(`${room.origin}/`))).toEqual([]);
  });
});
