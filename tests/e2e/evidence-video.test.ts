// A viral-video case in the browser: a 300 MB phone video attached with its progress visible, hashed by main, played back from the journal; a file too big or of a wrong type refused before any upload; the minutes downloaded through the browser.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/world';
import { openRoom, type Room } from './harness';
import { paddedWebm, recordWebm } from './webmFixture';

const MB = 1024 * 1024;
const VIDEO_SIZE = 300 * MB;

describe('a 300 MB video as evidence, in the browser host', () => {
  let room: Room;
  let page: Page;
  let drillId = '';
  const scratch = tempDir('drillroom-e2e-video-');
  const videoPath = join(scratch, '网点员工言论视频.webm');

  beforeAll(async () => {
    room = await openRoom();
    const { drills, scenarios } = room.services;
    drillId = drills.create({ pack: scenarios.get('staff-remark-video'), facts: { name: '员工不当言论视频演练' }, language: 'zh-CN' });
    drills.start(drillId);
    page = await room.open(`#/drill/${encodeURIComponent(drillId)}`);
    await page.getByTestId('drill-status').waitFor();
    paddedWebm(await recordWebm(page), VIDEO_SIZE, videoPath);
  }, 120_000);
  afterAll(async () => {
    await room?.close();
  });

  const roleId = () => room.services.drills.state(drillId).scenario.roles[0]!.id;
  async function openForm() {
    await page.getByRole('tab', { name: '角色' }).click();
    await page.getByTestId(`role-tile-${roleId()}`).click();
    const form = page.getByTestId(`role-panel-${roleId()}`).getByTestId('evidence-form');
    if (!(await form.evaluate((d) => (d as HTMLDetailsElement).open))) await form.locator('summary').click();
    return form;
  }

  it('shows the limit and the allowed types before a file is picked', async () => {
    const form = await openForm();
    expect(await form.getByTestId('evidence-limits').textContent()).toBe('每个文件最大 2.0 GB;可登记图片、PDF、音频、视频和常用文档(Word、Excel、文本、邮件)。');
    expect(await form.getByTestId('evidence-files').getAttribute('accept')).toContain('.webm');
  });

  it('refuses a wrong type and a file over 2 GiB before any upload, in Chinese', async () => {
    const form = await openForm();
    const before = room.requests.length;
    await form.getByTestId('evidence-files').setInputFiles({ name: '安装包.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') });
    await expect.poll(() => form.getByTestId('evidence-error').textContent()).toContain('不能登记');
    // A 2 GiB + 1 byte file, sparse: refused from its size alone.
    const huge = join(scratch, '整段监控.mp4');
    const fd = openSync(huge, 'w');
    writeSync(fd, Buffer.from([0]), 0, 1, 2 * 1024 * MB);
    closeSync(fd);
    await form.getByTestId('evidence-files').setInputFiles(huge);
    await expect.poll(() => form.getByTestId('evidence-error').textContent()).toContain('超过 2048 MiB 的上限');
    expect(room.requests.slice(before).filter((u) => u.includes('/api/evidence'))).toEqual([]);
  });

  it('attaches the 300 MB video with progress shown; main hashes it as sha256sum does', async () => {
    const expected = execFileSync('sha256sum', [videoPath], { encoding: 'utf8' }).split(' ')[0]!;
    const form = await openForm();
    await form.locator('input[name="evidence-text"]').fill('网传员工言论视频原片');
    await form.getByTestId('evidence-files').setInputFiles(videoPath);
    await form.getByText('300.0 MB').waitFor();
    // Progress is sampled in the page while the upload runs: seen part-way, with the total.
    await page.evaluate(() => {
      const w = window as unknown as { seen: string[] };
      w.seen = [];
      new MutationObserver(() => {
        const el = document.querySelector('[data-testid="evidence-progress-bytes"]');
        if (el) w.seen.push(el.textContent ?? '');
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await form.getByRole('button', { name: '登记', exact: true }).click();
    await form.getByTestId('evidence-progress').waitFor();
    await form.getByText(/已登记第 \d+ 条证据,附件 1 个/).waitFor({ timeout: 120_000 });
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen.some((s) => / \/ 300\.0 MB$/.test(s) && !s.startsWith('300.0 MB'))).toBe(true);
    const entry = room.services.drills.entries(drillId).filter((e) => e.kind === 'evidence').at(-1)!;
    expect(entry.kind === 'evidence' && entry.data.attachments).toEqual([{ sha256: expected, name: '网点员工言论视频.webm', size: VIDEO_SIZE, mime: 'video/webm' }]);
  }, 180_000);

  it('plays the 300 MB video back from the journal in the viewer (served from the store in ranges)', async () => {
    await page.getByRole('tab', { name: '角色' }).click();
    const entry = room.services.drills.entries(drillId).filter((e) => e.kind === 'evidence').at(-1)!;
    const sha = entry.kind === 'evidence' ? entry.data.attachments![0]!.sha256 : '';
    await page.getByTestId(`evidence-open-${sha.slice(0, 12)}`).first().click();
    const video = page.getByTestId('evidence-viewer').getByTestId('evidence-video');
    await video.waitFor();
    await expect.poll(() => video.evaluate((v) => (v as HTMLVideoElement).readyState), { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
    await video.evaluate((v) => {
      const el = v as HTMLVideoElement;
      el.muted = true;
      return el.play();
    });
    await expect.poll(() => video.evaluate((v) => (v as HTMLVideoElement).currentTime), { timeout: 30_000 }).toBeGreaterThan(0.5);
    if (process.env['DRILLROOM_SCREENSHOTS'] === '1') await page.screenshot({ path: join(scratch, 'viewer.png') });
    await page.keyboard.press('Escape');
    await page.getByTestId('evidence-viewer').waitFor({ state: 'detached' });
  }, 90_000);

  it('downloads the minutes through the browser: a Word file python-docx opens', async () => {
    await page.getByTestId('drill-status').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出纪要' }).click()]);
    expect(download.suggestedFilename()).toMatch(/演练纪要\.docx$/);
    const saved = join(scratch, 'downloaded.docx');
    await download.saveAs(saved);
    const bytes = readFileSync(saved);
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    const n = execFileSync('/usr/bin/python3', ['-c', 'import sys, docx; print(len(docx.Document(sys.argv[1]).paragraphs))', saved], { encoding: 'utf8' });
    expect(Number(n)).toBeGreaterThan(10);
    // A second export is a second file, under a numbered name.
    const [again] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出纪要' }).click()]);
    expect(again.suggestedFilename()).toMatch(/演练纪要-2\.docx$/);
    expect(createHash('sha256').update(bytes).digest('hex')).toHaveLength(64);
  }, 60_000);
});
