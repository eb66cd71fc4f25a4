// A role seat on the LAN uploads evidence from its own browser (issue 14): streamed to main with progress shown, hashed there, recorded as an entry naming the seat, and viewable from the seat.
import { execFileSync } from 'node:child_process';
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SeatsStatus } from '../../shared/ipc/contract';
import { tempDir } from '../helpers/world';
import { CHROMIUM_ARGS, openRoom, type Room } from './harness';

const SEAT_ADDRESS = '127.0.0.3';
const MB = 1024 * 1024;

describe('evidence from a role seat', () => {
  let room: Room;
  let browser: Browser;
  let seat: Page;
  let drillId = '';
  const scratch = tempDir('drillroom-e2e-seat-evidence-');

  beforeAll(async () => {
    room = await openRoom();
    const { drills, scenarios } = room.services;
    drillId = drills.create({ pack: scenarios.get('anonymous-email'), facts: { name: '席位证据端到端' }, language: 'zh-CN' });
    drills.start(drillId);
    const r = await room.services.dispatch('seats.open', { drillId, address: SEAT_ADDRESS, port: 0 });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const status = r.value as SeatsStatus;
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
    seat = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
    await seat.goto(`http://${SEAT_ADDRESS}:${status.port}/#/seat`);
    await seat.getByTestId('seat-code').fill(status.codes.find((c) => c.roleId === 'monitoring')!.code);
    await seat.getByTestId('seat-join-submit').click();
    await seat.getByTestId('seat').waitFor();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await room?.close();
  });

  it('uploads a 120 MB recording with progress; main hashes it; the entry names the seat; the seat opens it', async () => {
    const file = join(scratch, '网民上传视频.mp4');
    const fd = openSync(file, 'w');
    for (let off = 0; off < 120 * MB; off += MB) writeSync(fd, Buffer.alloc(MB, off / MB), 0, MB, off);
    closeSync(fd);
    const expected = execFileSync('sha256sum', [file], { encoding: 'utf8' }).split(' ')[0]!;
    const form = seat.getByTestId('evidence-form');
    await form.locator('summary').click();
    expect(await form.getByTestId('evidence-limits').textContent()).toContain('2.0 GB');
    await form.locator('input[name="evidence-text"]').fill('监测到的网传视频');
    await form.getByTestId('evidence-files').setInputFiles(file);
    await form.getByText('120.0 MB').waitFor();
    await form.getByRole('button', { name: '登记', exact: true }).click();
    await form.getByTestId('evidence-progress').waitFor();
    expect(await form.getByTestId('evidence-progress-bytes').textContent()).toMatch(/ \/ 120\.0 MB$/);
    await form.getByText(/已登记第 \d+ 条证据,附件 1 个/).waitFor({ timeout: 120_000 });
    const entry = room.services.drills.entries(drillId).filter((e) => e.kind === 'evidence').at(-1)!;
    const seatId = room.services.seats.status().seats.find((s) => s.roleId === 'monitoring')!.seatId;
    expect(entry).toMatchObject({ roleId: 'monitoring', data: { seat: seatId, attachments: [{ sha256: expected, size: 120 * MB, mime: 'video/mp4' }] } });
    // The seat's recent entries list it with View (the bytes are not a real video: the viewer opens, that is all).
    await seat.getByTestId(`evidence-open-${expected.slice(0, 12)}`).click();
    await seat.getByTestId('evidence-viewer').waitFor();
    await seat.getByTestId('evidence-viewer-close').click();
  }, 180_000);
});
