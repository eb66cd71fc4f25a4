// The live drill without fear: no stray key changes the drill, every inject opens as a full card, one inject or post
// goes on the projector full-size (the spotlight), and a paused drill is unmistakable on the projector.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { formatDrillClock } from '../../shared/domain/clock';
import { demoFacts } from '../../electron/drill/demo';
import { openRoom, type Room } from './harness';
import { resizeAndSettle } from './resize';

const MIN = 60_000;

/** Every element under `root` whose text is cut: content wider or taller than its box while it hides the overflow. */
async function clippedText(page: Page, root: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const out: string[] = [];
    const base = document.querySelector(sel);
    if (!base) return [`no ${sel}`];
    for (const el of [base, ...base.querySelectorAll('*')] as HTMLElement[]) {
      if (!el.textContent?.trim() || !el.getClientRects().length) continue;
      const cs = getComputedStyle(el);
      const hides = (v: string) => v !== 'visible';
      const wide = el.scrollWidth > el.clientWidth + 1 && hides(cs.overflowX);
      const tall = el.scrollHeight > el.clientHeight + 1 && hides(cs.overflowY);
      const clamped = cs.webkitLineClamp !== 'none' && cs.webkitLineClamp !== '';
      if (wide || tall || clamped || cs.textOverflow === 'ellipsis')
        out.push(`${el.tagName}.${el.className} ${el.scrollWidth}x${el.scrollHeight} in ${el.clientWidth}x${el.clientHeight}: ${el.textContent.slice(0, 30)}`);
    }
    // Nothing of the spotlight may fall outside the screen either.
    const r = base.getBoundingClientRect();
    if (r.bottom > innerHeight + 1 || r.right > innerWidth + 1) out.push(`${sel} leaves the screen: ${r.right}x${r.bottom}`);
    return out;
  }, root);
}

describe('the live drill, driven through the browser', () => {
  let room: Room;
  let page: Page;
  let drillId = '';
  const state = () => room.services.drills.state(drillId);
  const entries = () => room.services.drills.entries(drillId);
  const kinds = () => entries().map((e) => e.kind);
  const inject = (id: string) => state().scenario.injects.find((j) => j.id === id)!;

  beforeAll(async () => {
    room = await openRoom({ wallStart: Date.UTC(2026, 10, 28, 1, 30, 0) });
    const { drills, scenarios } = room.services;
    const pack = scenarios.get('anonymous-email');
    drillId = drills.create({ pack, facts: { ...demoFacts(pack), name: 'XX支行匿名邮件举报应急演练(现场)' }, language: 'zh-CN' });
    drills.start(drillId);
    room.clock.advance(3 * MIN); // ae-01 is released at 2 minutes
    page = await room.open(`#/drill/${encodeURIComponent(drillId)}`, { width: 1600, height: 900 });
    await page.getByTestId('console-clock').waitFor();
    await vi.waitFor(() => expect(state().released.length).toBeGreaterThanOrEqual(1), { timeout: 15_000, interval: 50 });
  });
  afterAll(async () => {
    await room?.close();
  });

  describe('no stray key changes the drill', () => {
    it('typing "nrs" after clicking a journal row changes nothing', async () => {
      const before = entries().length;
      await page.getByTestId('journal').locator('li.entry').last().click();
      await page.keyboard.type('nrs');
      await page.keyboard.type('NRS');
      await page.waitForTimeout(800);
      expect(entries().length).toBe(before);
      expect(state()).toMatchObject({ status: 'running', phaseIndex: 0 });
      expect(state().released).toHaveLength(1);
      expect(await page.getByRole('alertdialog').count()).toBe(0);
    });

    it('Alt+N asks first: Esc cancels and writes nothing, Enter confirms', async () => {
      const before = entries().length;
      await page.keyboard.press('Alt+KeyN');
      const dialog = page.getByRole('alertdialog');
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain(state().scenario.phases[1]!.name);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await page.waitForTimeout(300);
      expect(entries().length).toBe(before);
      await page.keyboard.press('Alt+KeyN');
      await dialog.waitFor();
      await page.keyboard.press('Enter');
      await expect.poll(() => state().phaseIndex).toBe(1);
      expect(kinds().at(-1)).toBe('phase.advance');
      // A phase change cannot be taken back; the toast says so instead of offering undo.
      const toast = page.getByTestId('change-toast');
      await expect.poll(() => toast.textContent()).toContain('无法撤回');
      expect(await toast.getByRole('button', { name: /撤销/ }).count()).toBe(0);
    });

    it('the 下一阶段 button asks the same question, and cancel writes nothing', async () => {
      const before = entries().length;
      await page.getByRole('button', { name: '下一阶段' }).click();
      const dialog = page.getByRole('alertdialog');
      await dialog.waitFor();
      await dialog.getByRole('button', { name: '取消' }).click();
      await dialog.waitFor({ state: 'detached' });
      expect(entries().length).toBe(before);
      expect(state().phaseIndex).toBe(1);
    });

    it('Alt+S pauses at once; the toast takes it back by a recorded resume', async () => {
      await page.getByTestId('journal').locator('li.entry').last().click();
      await page.keyboard.press('Alt+KeyS');
      await expect.poll(() => state().status).toBe('paused');
      const toast = page.getByTestId('change-toast');
      await toast.getByRole('button', { name: /撤销/ }).click();
      await expect.poll(() => state().status).toBe('running');
      expect(kinds().slice(-2)).toEqual(['clock.pause', 'clock.resume']);
      await page.getByTestId('drill-status').getByText('演练中').waitFor();
    });

    it('Alt+R names the inject it would release, and releases it only on Enter; a release cannot be undone', async () => {
      await page.keyboard.press('Alt+KeyR');
      const dialog = page.getByRole('alertdialog');
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain(inject('ae-02').title!);
      expect(state().released).toHaveLength(1);
      await page.keyboard.press('Enter');
      await expect.poll(() => state().released.map((r) => r.injectId)).toContain('ae-02');
      await expect.poll(() => page.getByTestId('change-toast').textContent()).toContain('无法撤回');
    });

    it('the help overlay lists the state changes with their modifier only', async () => {
      await page.getByTestId('journal').locator('li.entry').last().click();
      await page.keyboard.press('?');
      const help = page.getByRole('dialog', { name: '快捷键' });
      await help.waitFor();
      const text = (await help.textContent())!;
      for (const k of ['Alt+S', 'Alt+N', 'Alt+R']) expect(text).toContain(k);
      expect(text).not.toMatch(/(^|[^+])\bN \/ /);
      expect(text).toContain('确认');
      await page.keyboard.press('Escape');
      await help.waitFor({ state: 'detached' });
    });
  });

  describe('every inject opens as a full card', () => {
    it('an upcoming inject shows sender, channel, full content, targets and expected actions with their deadlines', async () => {
      const j = inject('ae-04');
      await page.getByTestId('inject-ae-04').click();
      const card = page.getByTestId('inject-card');
      await card.waitFor();
      const text = (await card.textContent())!;
      expect(text).toContain(j.sender);
      expect(text).toContain('内部通报');
      expect(text).toContain(j.content);
      for (const r of j.targetRoles) expect(text).toContain(state().scenario.roles.find((x) => x.id === r)!.name);
      for (const a of j.expectedActions) {
        expect(text).toContain(a.text);
        // Not yet released: the deadline is the planned one, as a drill time.
        expect(text).toContain(formatDrillClock((j.offsetMin + a.deadlineMin) * MIN));
      }
      expect(text).toContain('未发布');
      await page.keyboard.press('Escape');
      await card.waitFor({ state: 'detached' });
    });

    it('a released inject shows who signed for it and how long each expected action has left, or how far it is overdue', async () => {
      room.clock.advance(12 * MIN); // ae-01 released at T+2 min; monitoring's 10-minute deadline is now past
      // The console learns main's time with the next push: the commander's sign-off.
      room.services.drills.record(drillId, { kind: 'inject.acknowledged', roleId: 'commander', text: '', data: { injectId: 'ae-01' } });
      await page.getByTestId('inject-ae-01').click();
      const card = page.getByTestId('inject-card');
      await card.waitFor();
      await expect.poll(() => card.getByTestId('ack-commander').textContent()).toContain('已签收');
      expect(await card.getByTestId('ack-monitoring').textContent()).toContain('未签收');
      const overdue = card.getByTestId('expected-a1');
      const releasedAt = state().released.find((r) => r.injectId === 'ae-01')!.clockMs;
      expect(await overdue.textContent()).toContain(formatDrillClock(releasedAt + 10 * MIN));
      expect(await overdue.textContent()).toMatch(/已超时 \d+分(\d+秒)?/);
      const open = card.getByTestId('expected-a2');
      expect(await open.textContent()).toMatch(/剩余 \d+分/);
      await card.getByRole('button', { name: '关闭' }).click();
      await card.waitFor({ state: 'detached' });
    });

    it('the next inject can be read aloud before release with a local zh-CN voice, and says why not when none is installed', async () => {
      await page.getByTestId('inject-ae-03').click();
      const card = page.getByTestId('inject-card');
      await card.waitFor();
      const speak = card.getByRole('button', { name: /朗读/ });
      // Headless Chromium here has no voices: the button is disabled and its tooltip says why.
      expect(await speak.isDisabled()).toBe(true);
      expect(await speak.getAttribute('title')).toContain('语音');
      await page.keyboard.press('Escape');

      // A page whose browser offers a local Chinese voice reads the card through speechSynthesis, never the network.
      const voiced = await room.open(`#/drill/${encodeURIComponent(drillId)}`, { width: 1600, height: 900 });
      await voiced.addInitScript(() => {
        const spoken: { text: string; lang: string; voice: string | null }[] = [];
        (window as unknown as { spoken: typeof spoken }).spoken = spoken;
        const voices = [
          { name: 'Remote Mandarin', lang: 'zh-CN', localService: false, default: false, voiceURI: 'remote' },
          { name: 'Local Mandarin', lang: 'zh-CN', localService: true, default: false, voiceURI: 'local' },
        ];
        (window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = class {
          lang = '';
          voice: unknown = null;
          rate = 1;
          onend: unknown = null;
          onerror: unknown = null;
          constructor(readonly text: string) {}
        };
        Object.defineProperty(window, 'speechSynthesis', {
          configurable: true,
          value: {
            getVoices: () => voices,
            speak: (u: { text: string; lang: string; voice: { name: string } | null }) => spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? null }),
            cancel: () => undefined,
            speaking: false,
            addEventListener: () => undefined,
            removeEventListener: () => undefined,
          },
        });
      });
      await voiced.reload();
      await voiced.getByTestId('inject-ae-03').click();
      const vcard = voiced.getByTestId('inject-card');
      await vcard.getByRole('button', { name: /朗读/ }).click();
      const spoken = await voiced.evaluate(() => (window as unknown as { spoken: { text: string; lang: string; voice: string | null }[] }).spoken);
      expect(spoken).toHaveLength(1);
      expect(spoken[0]).toMatchObject({ lang: 'zh-CN', voice: 'Local Mandarin' });
      expect(spoken[0]!.text).toContain(inject('ae-03').content);
      await voiced.close();
      expect(room.requests.filter((u) => !u.startsWith(`${room.origin}/`))).toEqual([]);
    });
  });

  describe('the spotlight puts one inject on the projector full-size', () => {
    let proj: Page;
    beforeAll(async () => {
      proj = await room.open(`#/projector?drill=${encodeURIComponent(drillId)}`, { width: 1920, height: 1080 });
      await proj.getByTestId('proj-clock').waitFor();
    });
    afterAll(async () => {
      await proj?.close();
    });

    it('spotlights a released inject from its card: recorded, shown whole and unclipped at 1920×1080 and 1024×768', async () => {
      const j = inject('ae-01');
      await page.getByTestId('inject-ae-01').click();
      await page.getByTestId('inject-card').getByRole('button', { name: '投屏聚焦' }).click();
      await expect.poll(() => kinds().at(-1)).toBe('spotlight');
      // The card stays open (the facilitator reads it aloud) and offers to take it down.
      await page.getByTestId('inject-card').getByRole('button', { name: '撤下投屏' }).waitFor();
      await page.keyboard.press('Escape');
      await page.getByTestId('inject-card').waitFor({ state: 'detached' });
      const spot = proj.getByTestId('proj-spotlight');
      await spot.waitFor();
      for (const [size, minPx] of [[{ width: 1920, height: 1080 }, 28], [{ width: 1024, height: 768 }, 24]] as const) {
        await resizeAndSettle(proj, size);
        const text = (await spot.textContent())!.replaceAll('\u2060', '');
        expect(text).toContain(j.content);
        expect(text).toContain(j.title!);
        expect(text).toContain(j.sender);
        expect(await clippedText(proj, '[data-testid="proj-spotlight"]')).toEqual([]);
        const body = await proj.getByTestId('spotlight-body').evaluate((el) => ({ px: parseFloat(getComputedStyle(el).fontSize), h: el.getBoundingClientRect().height }));
        expect(body.px).toBeGreaterThanOrEqual(minPx * 1.4); // readable from the back of the room, bigger than the board's floor
        const box = await spot.boundingBox();
        expect(box!.height).toBeGreaterThan(size.height * 0.55);
        expect(box!.width).toBeGreaterThan(size.width * 0.8);
        const overflow = await proj.evaluate(() => [document.documentElement.scrollWidth > innerWidth, document.documentElement.scrollHeight > innerHeight]);
        expect(overflow).toEqual([false, false]);
      }
      await proj.setViewportSize({ width: 1920, height: 1080 });
    });

    it('takes it down from the console: recorded, and the projector shows the board again', async () => {
      await page.getByTestId('spotlight-off').click();
      await expect.poll(() => state().spotlight).toBeNull();
      const last = entries().at(-1)!;
      expect(last.kind === 'spotlight' && last.data.injectId).toBeNull();
      await proj.getByTestId('proj-spotlight').waitFor({ state: 'detached' });
      await proj.getByTestId('proj-inject').first().waitFor();
    });

    it('spotlights a feed post with its reposts, comments and likes', async () => {
      room.clock.advance(6 * MIN); // ae-03 (微博) is due at 18 minutes
      await expect.poll(() => state().released.map((r) => r.injectId)).toContain('ae-03');
      await page.getByTestId('tab-feed').click();
      await page.getByTestId('feed-post').first().getByRole('button', { name: '投屏聚焦' }).click();
      await expect.poll(() => state().spotlight).toMatchObject({ injectId: 'ae-03', form: 'post' });
      const spot = proj.getByTestId('proj-spotlight');
      await spot.waitFor();
      expect((await spot.textContent())!.replaceAll('\u2060', '')).toContain(inject('ae-03').content);
      await spot.getByTestId('spotlight-counts').waitFor();
      expect(await clippedText(proj, '[data-testid="proj-spotlight"]')).toEqual([]);
      await page.getByTestId('spotlight-off').click();
      await proj.getByTestId('proj-spotlight').waitFor({ state: 'detached' });
      await page.getByRole('tab', { name: '情景注入' }).click();
    });

    it('refuses to put an inject that is not out yet on the projector', async () => {
      const reply = await room.services.dispatch('projector.spotlight', { drillId, injectId: 'ae-16', form: 'card' });
      expect(reply).toMatchObject({ ok: false, error: { key: 'bad_state.spotlight_not_released' } });
      expect(state().spotlight).toBeNull();
    });
  });

  describe('a spotlighted text too long for one screen', () => {
    it('turns pages at sentence ends, each page whole and unclipped, at both sizes', async () => {
      const { drills, scenarios } = room.services;
      const pack = structuredClone(scenarios.get('anonymous-email'));
      const long = Array.from({ length: 40 }, (_, i) => `第${i + 1}条留言:客户反映网点排队时间过长,工作人员解释不清,现场情绪激动,要求银行公开说明。`).join('');
      pack.injects.find((j) => j.id === 'ae-01')!.content = long;
      const id = drills.create({ pack, facts: { ...demoFacts(pack), name: '长文本投屏测试' }, language: 'zh-CN' });
      drills.start(id);
      room.clock.advance(3 * MIN);
      await expect.poll(() => drills.state(id).released.length).toBeGreaterThanOrEqual(1);
      expect((await room.services.dispatch('projector.spotlight', { drillId: id, injectId: 'ae-01', form: 'card' })).ok).toBe(true);
      const proj = await room.open(`#/projector?drill=${encodeURIComponent(id)}`, { width: 1920, height: 1080 });
      for (const [size, minPx] of [[{ width: 1920, height: 1080 }, 28], [{ width: 1024, height: 768 }, 24]] as const) {
        await resizeAndSettle(proj, size);
        const pageWord = (await proj.getByTestId('spotlight-page').textContent())!;
        const [, n, total] = /第 (\d+)\/(\d+) 页/.exec(pageWord)!;
        expect(Number(n)).toBe(1);
        expect(Number(total)).toBeGreaterThan(1);
        const shown = (await proj.getByTestId('spotlight-body').textContent())!.replaceAll('\u2060', '');
        expect(long.startsWith(shown)).toBe(true);
        expect(shown).toMatch(/。$/); // a page ends at a sentence end
        expect(await clippedText(proj, '[data-testid="proj-spotlight"]')).toEqual([]);
        const px = await proj.getByTestId('spotlight-body').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
        expect(px).toBeGreaterThanOrEqual(minPx * 1.4);
      }
      await proj.close();
    });
  });

  describe('a paused drill is unmistakable on the projector', () => {
    it('shows 已暂停 large beside a dimmed clock, and running indicators say 暂停中', async () => {
      const proj = await room.open(`#/projector?drill=${encodeURIComponent(drillId)}`, { width: 1920, height: 1080 });
      await proj.getByTestId('proj-clock').waitFor();
      const runningColour = await proj.getByTestId('proj-clock').evaluate((el) => getComputedStyle(el).color);
      expect(await proj.getByTestId('proj-paused').count()).toBe(0);
      await page.getByRole('button', { name: '暂停' }).click();
      await expect.poll(() => state().status).toBe('paused');
      for (const size of [{ width: 1920, height: 1080 }, { width: 1024, height: 768 }]) {
        await proj.setViewportSize(size);
        const word = proj.getByTestId('proj-paused');
        await word.waitFor();
        expect(await word.textContent()).toContain('已暂停');
        const px = await word.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
        expect(px).toBeGreaterThanOrEqual(size.height * 0.06);
        const clock = await proj.getByTestId('proj-clock').evaluate((el) => ({ color: getComputedStyle(el).color, opacity: Number(getComputedStyle(el).opacity) }));
        expect(clock.color !== runningColour || clock.opacity < 0.8).toBe(true);
        expect(await clippedText(proj, '[data-testid="proj-paused"]')).toEqual([]);
      }
      const running = proj.locator('.proj-ind.ind-running');
      expect(await running.count()).toBeGreaterThan(0);
      for (const t of await running.allTextContents()) {
        expect(t).toContain('暂停中');
        expect(t).not.toContain('计时中');
      }
      await proj.close();
      await page.getByRole('button', { name: '继续' }).click();
      await expect.poll(() => state().status).toBe('running');
    });
  });
});
