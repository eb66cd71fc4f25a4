// Screenshots of the live drill in both languages at 1920×1080 and 1024×768: the console with an inject card open,
// the confirmation before the next phase, the projector with a spotlighted inject (as a card and as a feed post), and
// the paused projector.
// Part of `npm run screenshots`; alone: `npx tsx tests/e2e/liveScreenshots.ts`.
import { resolve } from 'node:path';
import { REPO_ROOT } from '../../electron/app/paths';
import { openRoom, type Room } from './harness';
import { shoot, stageDrill } from './screenshots';

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1024, height: 768 },
] as const;
const LANGS = ['zh-CN', 'en'] as const;

export async function shootLive(room: Room, id: string) {
  const { dispatch, drills } = room.services;
  const q = (lang: string) => `theme=dark&lang=${lang}`;
  for (const lang of LANGS) {
    const tag = (s: { width: number; height: number }) => `${lang === 'en' ? 'en' : 'zh'}-${s.width}x${s.height}`;
    for (const size of SIZES) {
      const page = await room.open(`#/drill/${encodeURIComponent(id)}?${q(lang)}`, size);
      await page.getByTestId('console-clock').waitFor();
      await page.getByTestId('inject-ae-07').click();
      await page.getByTestId('inject-card').waitFor();
      await shoot(page, `inject-card-${tag(size)}`);
      await page.keyboard.press('Escape');
      await page.getByTestId('journal').locator('li.entry').last().click();
      await page.keyboard.press('Alt+KeyN');
      await page.getByRole('alertdialog').waitFor();
      await shoot(page, `confirm-${tag(size)}`);
      await page.keyboard.press('Escape');
      await page.close();

      await dispatch('projector.spotlight', { drillId: id, injectId: 'ae-07', form: 'card' });
      const proj = await room.open(`#/projector?drill=${encodeURIComponent(id)}&${q(lang)}`, size);
      await proj.getByTestId('proj-spotlight').waitFor();
      await shoot(proj, `spotlight-${tag(size)}`);
      await dispatch('projector.spotlight', { drillId: id, injectId: 'ae-07', form: 'post' });
      await proj.getByTestId('spotlight-counts').waitFor();
      await shoot(proj, `spotlight-post-${tag(size)}`);
      await dispatch('projector.spotlight', { drillId: id, injectId: null, form: 'card' });
      drills.pause(id);
      await proj.getByTestId('proj-paused').waitFor();
      await shoot(proj, `projector-paused-${tag(size)}`);
      drills.resume(id);
      await proj.close();
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(REPO_ROOT, 'tests/e2e/liveScreenshots.ts')) {
  const room = await openRoom({ wallStart: Date.UTC(2026, 10, 28, 1, 30, 0) });
  try {
    await shootLive(room, stageDrill(room));
  } finally {
    await room.close();
  }
}
