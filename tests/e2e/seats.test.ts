// Role seats in Chromium over loopback: the console opens seats on 127.0.0.2, nine seats join from the projector's codes in
// separate browser contexts, receive and sign their injects, log entries the console shows; refusals, revoke, retries, a cut network.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../electron/app/paths';
import type { SeatsStatus } from '../../shared/ipc/contract';
import { CHROMIUM_ARGS, openRoom, type Room } from './harness';

const SEAT_ADDRESS = '127.0.0.2';
const ROLES = ['commander', 'monitoring', 'spokesperson', 'customer_service', 'technology', 'compliance', 'regulator_liaison', 'scribe', 'evaluator'];
/** Released in this test: between them they reach all nine roles. */
const INJECTS = ['ae-01', 'ae-02', 'ae-03', 'ae-04', 'ae-05', 'ae-16'];
const SHOTS = join(REPO_ROOT, 'docs/screenshots');
/** The README's seat screenshots are remade only on request (DRILLROOM_SCREENSHOTS=1): a test run leaves the checkout as it was. */
const shoot = async (page: { screenshot(o: { path: string }): Promise<unknown> }, path: string) => {
  if (process.env['DRILLROOM_SCREENSHOTS']) await page.screenshot({ path });
};

interface Seat {
  roleId: string;
  context: BrowserContext;
  page: Page;
}

/** A call from inside a seat's page, with its own token, as a hostile or curious page script could make it. */
function seatFetch(page: Page, name: string, input: unknown, key?: string) {
  return page.evaluate(
    async ({ name, input, key }) => {
      const token = sessionStorage.getItem('drillroom.host-token') ?? '';
      const res = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-drillroom-token': token, ...(key ? { 'x-drillroom-idempotency-key': key } : {}) },
        body: JSON.stringify(input),
      });
      return { status: res.status, reply: (await res.json()) as { ok: boolean; error?: { key: string } } };
    },
    { name, input, key },
  );
}

describe('role seats, nine browsers and the console', () => {
  let room: Room;
  let consolePage: Page;
  let projector: Page;
  let browser: Browser;
  let drillId = '';
  let status: SeatsStatus;
  const seats: Seat[] = [];
  const seatOf = (roleId: string) => seats.find((s) => s.roleId === roleId)!;
  const entries = () => room.services.drills.entries(drillId);
  const call = async <T,>(name: string, input: unknown): Promise<T> => {
    const r = await room.services.dispatch(name, input);
    if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
    return r.value as T;
  };

  beforeAll(async () => {
    room = await openRoom();
    const facts = { name: '分席位演练(端到端)', place: '三楼会议室', organiser: '', facilitator: '孙立新', scribe: '', reviewer: '', participants: {} };
    ({ drillId } = await call<{ drillId: string }>('drill.create', { scenarioId: 'anonymous-email', facts, language: 'zh-CN' }));
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    for (const s of seats) await s.context.close().catch(() => {});
    await browser?.close();
    await room?.close();
  });

  it('the console opens seats; the projector shows the join address, a QR code and a code per role', async () => {
    consolePage = await room.open(`#/drill/${drillId}`, { width: 1600, height: 900 });
    await consolePage.getByTestId('seats-button').waitFor();
    await expect(consolePage.getByTestId('seats-button').textContent()).resolves.toContain('分席位');
    // The interface list comes from os.networkInterfaces(); the test binds a second loopback address by the same call.
    status = await call<SeatsStatus>('seats.open', { drillId, address: SEAT_ADDRESS, port: 0 });
    await consolePage.getByText('局域网已开放').waitFor();
    projector = await room.open(`#/projector?drill=${drillId}`, { width: 1920, height: 1080 });
    await projector.getByTestId('seat-join-board').waitFor();
    await expect(projector.getByTestId('seat-join-url').textContent()).resolves.toBe(`http://${SEAT_ADDRESS}:${status.port}/`);
    expect(await projector.locator('.seat-join-qr path').getAttribute('d')).toMatch(/^M/);
    await shoot(projector, join(SHOTS, 'join-zh-1920x1080.png'));
    await projector.evaluate(() => localStorage.setItem('drillroom.lang', 'en'));
    await projector.reload();
    await projector.getByText('Join as a seat').waitFor();
    await shoot(projector, join(SHOTS, 'join-en-1920x1080.png'));
    await projector.evaluate(() => localStorage.setItem('drillroom.lang', 'zh-CN'));
    await projector.reload();
    await projector.getByTestId('seat-join-board').waitFor();
  });

  it('nine seats join with the codes on the projector, each in its own browser context', async () => {
    const origin = `http://${SEAT_ADDRESS}:${status.port}`;
    for (const roleId of ROLES) {
      const code = (await projector.getByTestId(`join-code-${roleId}`).locator('.seat-join-code').textContent())!.trim();
      expect(code).toMatch(/^[2-9A-Z]{6}$/);
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      await page.goto(`${origin}/#/seat`);
      if (seats.length === 0) await shoot(page, join(SHOTS, 'seat-join-zh-1366x768.png'));
      await page.getByTestId('seat-code').fill(code);
      await page.getByTestId('seat-join-submit').click();
      await page.getByTestId('seat').waitFor();
      expect(await page.getByTestId('seat').getAttribute('data-role')).toBe(roleId);
      seats.push({ roleId, context, page });
    }
    const s = await call<SeatsStatus>('seats.status', {});
    expect(s.seats.map((x) => x.roleId).sort()).toEqual([...ROLES].sort());
    await consolePage.getByTestId('seats-button').click();
    for (const roleId of ROLES) await consolePage.getByTestId(`seat-row-${roleId}`).waitFor();
    expect(await consolePage.getByTestId('seat-row-monitoring').textContent()).toContain('127.0.0.1');
    await shoot(consolePage, join(SHOTS, 'seats-console-zh-1600x900.png'));
    await consolePage.getByTestId('seats-button').click();
  });

  it('each seat receives its injects as released and signs for them; the journal names the seat', async () => {
    await call('clock.start', { drillId });
    for (const injectId of INJECTS) await call('inject.release', { drillId, injectId });
    const pack = room.services.drills.state(drillId).scenario;
    let signatures = 0;
    for (const { roleId, page } of seats) {
      await page.getByTestId('seat-status').getByText('演练中').waitFor();
      for (const injectId of INJECTS) {
        const inject = pack.injects.find((j) => j.id === injectId)!;
        if (!inject.targetRoles.includes(roleId)) {
          expect(await page.getByTestId(`seat-inject-${injectId}`).count()).toBe(0);
          continue;
        }
        const card = page.getByTestId(`seat-inject-${injectId}`);
        await card.waitFor();
        expect(await card.textContent()).toContain(inject.content.slice(0, 20));
        await page.getByTestId(`seat-sign-${injectId}`).click();
        await page.getByTestId(`seat-signed-${injectId}`).waitFor();
        signatures++;
      }
    }
    const acks = entries().filter((e) => e.kind === 'inject.acknowledged');
    expect(acks).toHaveLength(signatures);
    const seatIds = new Map((await call<SeatsStatus>('seats.status', {})).seats.map((s) => [s.roleId, s.seatId]));
    for (const a of acks) expect((a.data as { seat?: string }).seat).toBe(seatIds.get(a.roleId!));
  });

  it('entries logged at the seats appear on the console, as their roles', async () => {
    for (const { roleId, page } of seats) {
      await page.getByTestId('role-log-text').fill(`席位记录 ${roleId}`);
      await page.getByTestId('role-log-text').press('Enter');
      await page.getByTestId('seat-recent').getByText(`席位记录 ${roleId}`).waitFor();
    }
    for (const roleId of ROLES) await consolePage.getByTestId('journal').getByText(`席位记录 ${roleId}`).waitFor();
    const logged = entries().filter((e) => e.text.startsWith('席位记录'));
    expect(logged.map((e) => e.roleId).sort()).toEqual([...ROLES].sort());
    await shoot(seats[1]!.page, join(SHOTS, 'seat-zh-1366x768.png'));
  });

  it('a pause is unmistakable on every seat', async () => {
    await call('clock.pause', { drillId });
    for (const { page } of seats) await page.getByTestId('seat-paused').waitFor();
    await shoot(seatOf('spokesperson').page, join(SHOTS, 'seat-paused-zh-1366x768.png'));
    const en = seatOf('monitoring').page;
    await en.evaluate(() => localStorage.setItem('drillroom.lang', 'en'));
    await en.reload();
    await en.getByText('PAUSED · the drill clock is stopped').waitFor();
    await shoot(en, join(SHOTS, 'seat-en-1366x768.png'));
    await call('clock.resume', { drillId });
    for (const { page } of seats) await page.getByTestId('seat-paused').waitFor({ state: 'detached' });
  });

  it("another role's call, an export, a clock control and another drill are refused with a typed error and write nothing", async () => {
    const facts = { name: '另一演练', place: '', organiser: '', facilitator: '', scribe: '', reviewer: '', participants: {} };
    const { drillId: other } = await call<{ drillId: string }>('drill.create', { scenarioId: 'anonymous-email', facts, language: 'zh-CN' });
    const page = seatOf('monitoring').page;
    const before = entries().length;
    const tries: Array<[string, unknown, string]> = [
      ['entry.log', { drillId, kind: 'decision', roleId: 'commander', text: '冒充' }, 'forbidden_seat.role'],
      ['inject.acknowledge', { drillId, injectId: 'ae-02', roleId: 'regulator_liaison' }, 'forbidden_seat.role'],
      ['minutes.export', { drillId }, 'forbidden_seat.call'],
      ['archive.export', { drillId }, 'forbidden_seat.call'],
      ['clock.finish', { drillId }, 'forbidden_seat.call'],
      ['drill.open', { drillId: other }, 'forbidden_seat.drill'],
      ['entry.log', { drillId: other, kind: 'observation', roleId: 'monitoring', text: '越界' }, 'forbidden_seat.drill'],
    ];
    for (const [name, input, key] of tries) {
      const { reply } = await seatFetch(page, name, input);
      expect(reply.ok, name).toBe(false);
      expect(reply.error?.key, name).toBe(key);
    }
    expect(entries().length).toBe(before);
    expect(room.services.drills.entries(other)).toHaveLength(1);
  });

  it('an entry retried with the same idempotency key is recorded once', async () => {
    const page = seatOf('scribe').page;
    const input = { drillId, kind: 'action', roleId: 'scribe', text: '重试的记录' };
    const key = 'e2e-retry-key-0123456789';
    const first = await seatFetch(page, 'entry.log', input, key);
    const again = await seatFetch(page, 'entry.log', input, key);
    expect(first.reply.ok).toBe(true);
    expect(again.reply).toEqual(first.reply);
    expect(entries().filter((e) => e.text === '重试的记录')).toHaveLength(1);
  });

  it('a seat whose network is cut mid-write reconnects, its entry recorded once, and catches up without a reload', async () => {
    const { context, page } = seatOf('technology');
    await context.setOffline(true);
    await page.getByTestId('role-log-text').fill('断网时写下的记录');
    await page.getByTestId('role-log-text').press('Enter');
    await call('inject.release', { drillId, injectId: 'ae-06' });
    await new Promise((r) => setTimeout(r, 800));
    await context.setOffline(false);
    await page.getByTestId('seat-recent').getByText('断网时写下的记录').waitFor();
    await page.getByTestId('seat-inject-ae-06').waitFor({ timeout: 15_000 });
    expect(entries().filter((e) => e.text === '断网时写下的记录')).toHaveLength(1);
  });

  it('a write whose reply is lost is retried by the page with the same key and recorded once', async () => {
    const { page } = seatOf('compliance');
    let delivered = 0;
    const keys: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/api/entry.log')) keys.push(r.headers()['x-drillroom-idempotency-key'] ?? '');
    });
    // The request reaches main and is recorded; its reply is thrown away, as a dropped LAN connection would.
    await page.route('**/api/entry.log', async (route) => {
      delivered++;
      await route.fetch();
      await route.abort('connectionreset');
      await page.unroute('**/api/entry.log');
    });
    await page.getByTestId('role-log-text').fill('回复丢失的记录');
    await page.getByTestId('role-log-text').press('Enter');
    await page.getByTestId('seat-recent').getByText('回复丢失的记录').waitFor();
    // The page got its reply on the retry: the log box is cleared and shows no error.
    await expect.poll(() => page.getByTestId('role-log-text').inputValue()).toBe('');
    expect(await page.getByTestId('log-error').count()).toBe(0);
    expect(delivered).toBe(1);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(entries().filter((e) => e.text === '回复丢失的记录')).toHaveLength(1);
  });

  it('revoke on the console cuts a seat off at once', async () => {
    const { page } = seatOf('evaluator');
    await consolePage.getByTestId('seats-button').click();
    await consolePage.getByTestId('seat-revoke-evaluator').click();
    await consolePage.getByTestId('seat-row-evaluator').waitFor({ state: 'detached' });
    const { status: code, reply } = await seatFetch(page, 'entry.log', { drillId, kind: 'observation', roleId: 'evaluator', text: '收回后' });
    expect(code).toBe(403);
    expect(reply.error?.key).toBe('forbidden_seat.revoked');
    await page.getByTestId('seat-revoked').waitFor({ timeout: 10_000 });
    expect(entries().some((e) => e.text === '收回后')).toBe(false);
  });

  it('finishing the drill closes the LAN door', async () => {
    await call('clock.finish', { drillId });
    await consolePage.getByTestId('seats-button').waitFor({ state: 'detached' });
    await expect(fetch(`http://${SEAT_ADDRESS}:${status.port}/`)).rejects.toThrow();
  });
});
