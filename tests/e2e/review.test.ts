// Evaluation and review through the UI: a drill with its opinion feed and registered evidence, finished, then scored P/S/M/U, lessons and
// improvement measures recorded on the review screen, all the way into the exported minutes (a real docx).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRoom, type Room } from './harness';

const MIN = 60_000;
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
/** A 1×1 PNG and a one-page PDF: real file bytes, small. */
const PHOTO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

describe('the review after a drill, driven through the browser', () => {
  let room: Room;
  let page: Page;
  let drillId = '';
  const entries = () => room.services.drills.entries(drillId);
  const kinds = (k: string) => entries().filter((e) => e.kind === k);

  beforeAll(async () => {
    room = await openRoom();
    const { drills, scenarios } = room.services;
    const pack = scenarios.get('anonymous-email');
    drillId = drills.create({ pack, facts: { name: 'XX支行评估总结端到端演练' }, language: 'zh-CN' });
    drills.start(drillId);
    for (let m = 0; m < 60; m++) room.clock.advance(MIN); // public posts (微博, 微信, 短视频) are out by now
    page = await room.open(`#/drill/${encodeURIComponent(drillId)}`);
  });
  afterAll(async () => {
    await room?.close();
  });

  it('shows the opinion feed with its heat curve on the console while the drill runs', async () => {
    await page.getByTestId('tab-feed').click();
    const panel = page.getByTestId('feed-panel');
    await panel.getByTestId('heat-curve').waitFor();
    expect(await panel.getByTestId('heat-stage').textContent()).toMatch(/平静|发酵|扩散|回落/);
    const posts = panel.getByTestId('feed-post');
    expect(await posts.count()).toBeGreaterThanOrEqual(2);
    expect(await posts.first().getByTestId('feed-counts').textContent()).toMatch(/\d/);
  });

  it('registers evidence with attached files in a role panel; the journal shows names, sizes and short hashes', async () => {
    await page.getByRole('tab', { name: '角色' }).click();
    await page.getByTestId('role-tile-compliance').click();
    const form = page.getByTestId('role-panel-compliance').getByTestId('evidence-form');
    await form.locator('summary').click();
    await form.locator('input[name="evidence-text"]').fill('营业厅监控录像截图与客户交易回单');
    await form.locator('input[name="evidence-source"]').fill('安保部调取');
    await form.getByTestId('evidence-files').setInputFiles([
      { name: '监控截图-1120.png', mimeType: 'image/png', buffer: PHOTO },
      { name: '交易回单.pdf', mimeType: 'application/pdf', buffer: PDF },
    ]);
    await form.getByText('交易回单.pdf').waitFor();
    await form.getByRole('button', { name: '登记', exact: true }).click();
    await form.getByText(/已登记第 \d+ 条证据,附件 2 个/).waitFor();
    const entry = kinds('evidence').at(-1)!;
    expect(entry.kind === 'evidence' && entry.data.source).toBe('安保部调取');
    const attached = entry.kind === 'evidence' ? entry.data.attachments ?? [] : [];
    expect(attached.map((a) => [a.name, a.size, a.sha256])).toEqual([
      ['监控截图-1120.png', PHOTO.length, sha256(PHOTO)],
      ['交易回单.pdf', PDF.length, sha256(PDF)],
    ]);
    const row = page.getByTestId(`evidence-${entry.seq}`);
    await row.waitFor();
    const shown = (await row.textContent())!;
    for (const a of attached) {
      expect(shown).toContain(a.name);
      expect(shown).toContain(a.sha256.slice(0, 12));
    }
    expect(shown).toContain('来源:安保部调取');
  });

  it('is reachable during the drill, and an evaluator can score there', async () => {
    await page.getByTestId('open-review').click();
    await page.getByTestId('review').waitFor();
    await page.getByText('演练仍在进行').waitFor();
    const row = page.getByTestId('score-objective-obj-report');
    await row.locator('label', { hasText: '有一定挑战' }).click();
    await row.getByRole('textbox', { name: '评语(可选)' }).fill('首报及时,但启动预案的指令未同步到全部成员');
    await row.getByRole('button', { name: '记录评分' }).click();
    await expect.poll(() => row.getByTestId('score-current').textContent()).toContain('S 有一定挑战');
    const score = kinds('score').at(-1)!;
    expect(score.kind === 'score' && score.data).toEqual({ target: 'objective', targetId: 'obj-report', rating: 'S' });
    expect(score.roleId).toBe('evaluator');
  });

  it('after the finish, records a later score, the guided lessons and the improvement plan as entries', async () => {
    await page.goto(`${room.host.url}#/drill/${encodeURIComponent(drillId)}`);
    await page.getByRole('button', { name: '结束演练' }).click();
    await page.getByRole('button', { name: '确认结束' }).click();
    await page.getByTestId('drill-status').getByText('已结束').waitFor();
    await page.getByTestId('open-review').click();
    await page.getByTestId('review').waitFor();

    // A second rating of the same objective: the latest counts, the first stays in the record.
    const row = page.getByTestId('score-objective-obj-report');
    await row.locator('label', { hasText: '无挑战完成' }).click();
    await row.getByRole('button', { name: '记录评分' }).click();
    await expect.poll(() => row.getByTestId('score-current').textContent()).toContain('P 无挑战完成');
    const verify = page.getByTestId('score-objective-obj-verify');
    await verify.locator('label', { hasText: '有重大挑战' }).click();
    await verify.getByRole('textbox', { name: '评语(可选)' }).fill('核实用时偏长,证据固定不规范');
    await verify.getByRole('button', { name: '记录评分' }).click();
    await expect.poll(() => verify.getByTestId('score-current').textContent()).toContain('M 有重大挑战');
    expect(kinds('score')).toHaveLength(3);

    const lessons = {
      went_well: '舆情监测岗五分钟内发现微博帖文并上报',
      problem: '对外口径审批经过三个层级用时过长',
      to_improve: '核实结论没有及时同步给新闻发言岗',
      root_cause: '柜面终端管理制度执行不到位',
    };
    for (const [category, text] of Object.entries(lessons)) {
      const box = page.getByTestId(`lesson-${category}`);
      await box.locator('textarea').fill(text);
      await box.getByRole('button', { name: '记录' }).click();
      // The recorded list shows it once main's push arrives (the textarea may still hold the text until then).
      await box.getByRole('listitem').filter({ hasText: text }).waitFor();
    }
    expect(kinds('lesson').map((e) => e.kind === 'lesson' && [e.data.category, e.text])).toEqual(Object.entries(lessons));

    const form = page.getByTestId('review-improvements');
    const measure = '建立舆情信息共享台账并在十分钟内同步核实结论';
    await form.locator('input[name="measure"]').fill(measure);
    await form.locator('input[name="capability"]').fill('信息报送');
    await form.locator('input[name="owner"]').fill('办公室 张伟');
    await form.locator('input[name="start"]').fill('2027-01-15');
    await form.locator('input[name="due"]').fill('2027-01-10');
    await form.getByRole('button', { name: '添加整改措施' }).click();
    // A start after the due date is refused in words, and nothing is written.
    await form.getByText('开始日期不能晚于完成时限').waitFor();
    expect(kinds('improvement')).toHaveLength(0);
    await form.locator('input[name="due"]').fill('2027-03-31');
    await form.getByRole('button', { name: '添加整改措施' }).click();
    await form.locator('table').getByText(measure).waitFor();
    const imp = kinds('improvement')[0]!;
    expect(imp.text).toBe(measure);
    expect(imp.kind === 'improvement' && imp.data).toEqual({ owner: '办公室 张伟', due: '2027-03-31', start: '2027-01-15', capability: '信息报送' });
    expect(await form.locator('tbody tr').first().textContent()).toContain('2027-03-31');
  });

  it('shows the timing indicators with target, actual and a word for each', async () => {
    const rows = page.getByTestId('review-indicators').locator('tbody tr');
    const pack = room.services.drills.state(drillId).scenario;
    expect(await rows.count()).toBe(pack.timingTargets.length);
    for (const text of await rows.allTextContents()) expect(text).toMatch(/达标|超时|计时中|暂停中|未开始/);
    // Each reached indicator cites the entries it runs between.
    const state = room.services.drills.state(drillId);
    for (const t of pack.timingTargets) {
      const from = state.milestoneSeqs[t.from as keyof typeof state.milestoneSeqs];
      const to = state.milestoneSeqs[t.to as keyof typeof state.milestoneSeqs];
      if (from === undefined) continue;
      expect(await page.getByTestId(`review-ind-cite-${t.id}`).textContent()).toBe(`#${from} → ${to === undefined ? '…' : `#${to}`}`);
    }
  });

  it('exports minutes that carry the scores, lessons and measures', async () => {
    // The browser host saves the file into its exports folder and hands it to the browser as a download.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出纪要' }).click()]);
    await page.getByTestId('notice').filter({ hasText: '已交给浏览器下载' }).waitFor();
    const path = join(room.dir, 'downloaded-minutes.docx');
    await download.saveAs(path);
    expect(existsSync(join(room.dir, 'exports', download.suggestedFilename()))).toBe(true);
    const zip = await JSZip.loadAsync(readFileSync(path));
    const xml = await zip.file('word/document.xml')!.async('string');
    const plain = xml.replace(/<[^>]+>/g, '');
    for (const text of [sha256(PHOTO), '交易回单.pdf', '舆情监测岗五分钟内发现微博帖文并上报', '柜面终端管理制度执行不到位', '核实结论没有及时同步给新闻发言岗', '建立舆情信息共享台账并在十分钟内同步核实结论', '办公室 张伟', '2027-03-31', '核实用时偏长,证据固定不规范'])
      expect(plain).toContain(text);
    expect(room.services.journal.verify()).toMatchObject({ ok: true });
  });

  it('made no request outside the browser host', () => {
    expect(room.requests.filter((u) => !u.startsWith(`${room.origin}/`))).toEqual([]);
  });
});
