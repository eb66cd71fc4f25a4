// Screenshots of evidence in both languages at 1920×1080 and 1024×768: the register form mid-upload of a 300 MB video (progress bar, cancel), and the viewer playing it.
// Alone: `DRILLROOM_SCREENSHOTS=1 npx tsx tests/e2e/evidenceScreenshots.ts` (writes docs/screenshots/evidence-*.png).
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/world';
import { eachLanguageAndSize, SCREENSHOTS } from './eachLanguageAndSize';
import { paddedWebm, recordWebm } from './webmFixture';

const scratch = tempDir('drillroom-evidence-shots-');
const video = join(scratch, '网点员工言论视频.webm');
let drillId = '';

await eachLanguageAndSize(async (room, lang, size, tag) => {
  if (!drillId) {
    const { drills, scenarios } = room.services;
    drillId = drills.create({ pack: scenarios.get('staff-remark-video'), facts: { name: 'XX支行员工不当言论视频舆情演练' }, language: 'zh-CN' });
    drills.start(drillId);
  }
  const page = await room.open(`#/drill/${encodeURIComponent(drillId)}?theme=dark&lang=${lang}`, size);
  await page.getByTestId('drill-status').waitFor();
  if (!existsSync(video)) paddedWebm(await recordWebm(page), 300 * 1024 * 1024, video);
  const roleId = room.services.drills.state(drillId).scenario.roles[0]!.id;
  await page.getByRole('tab', { name: lang === 'en' ? 'Roles' : '角色' }).click();
  await page.getByTestId(`role-tile-${roleId}`).click();
  const form = page.getByTestId(`role-panel-${roleId}`).getByTestId('evidence-form');
  await form.locator('summary').click();
  await form.locator('input[name="evidence-text"]').fill(lang === 'en' ? 'Original of the video going round online' : '网传员工言论视频原片');
  await form.getByTestId('evidence-files').setInputFiles(video);
  await form.locator('button[type="submit"]').click();
  await form.getByTestId('evidence-progress').waitFor();
  // Part-way: a few tens of MB in.
  await page.waitForFunction(() => {
    const p = document.querySelector('[data-testid="evidence-progress"] progress') as HTMLProgressElement | null;
    return p !== null && p.value > p.max * 0.2;
  });
  await form.screenshot({ path: join(SCREENSHOTS, `evidence-progress-${tag}.png`) });
  await form.locator('.ok-text').waitFor({ timeout: 120_000 });
  const entry = room.services.drills.entries(drillId).filter((e) => e.kind === 'evidence').at(-1)!;
  const sha = entry.kind === 'evidence' ? entry.data.attachments![0]!.sha256 : '';
  await page.getByTestId(`evidence-open-${sha.slice(0, 12)}`).first().click();
  const v = page.getByTestId('evidence-video');
  await v.waitFor();
  await page.waitForFunction(() => {
    const el = document.querySelector('[data-testid="evidence-video"]') as HTMLVideoElement | null;
    return el !== null && el.readyState >= 2;
  });
  await v.evaluate((el) => {
    const video = el as HTMLVideoElement;
    video.muted = true;
    return video.play();
  });
  await page.waitForFunction(() => ((document.querySelector('[data-testid="evidence-video"]') as HTMLVideoElement | null)?.currentTime ?? 0) > 1);
  await page.screenshot({ path: join(SCREENSHOTS, `evidence-viewer-${tag}.png`) });
  await page.close();
});
rmSync(scratch, { recursive: true, force: true });
