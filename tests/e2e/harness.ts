// The e2e room: composed services on a temp folder with a simulated clock, the browser host, and Debian's Chromium.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { composeServices, type Services } from '../../electron/app/compose';
import { headlessPorts } from '../../electron/app/headlessPorts';
import { REPO_ROOT, SOURCE_RESOURCES } from '../../electron/app/paths';
import { SimulatedClock } from '../../electron/clock/simulatedClock';
import { startBrowserHost, type BrowserHost } from '../../electron/host/server';
import { ensureRendererBuilt } from './buildRenderer';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Room {
  dir: string;
  clock: SimulatedClock;
  services: Services;
  host: BrowserHost;
  browser: Browser;
  /** Every URL any page of this room requested. */
  requests: string[];
  origin: string;
  open(hash?: string, viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/** The fonts of a Chinese Linux office PC only (DejaVu, Noto CJK, WenQuanYi; no Microsoft fonts), for layout checks. */
export const LINUX_PC_FONTS = resolve(REPO_ROOT, 'tests/fixtures/fontconfig/linux-pc/fonts.conf');

export async function openRoom(opts: { wallStart?: number; fontconfig?: string } = {}): Promise<Room> {
  const rendererDir = await ensureRendererBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'drillroom-e2e-'));
  const profile = mkdtempSync(join(tmpdir(), 'drillroom-chromium-'));
  const clock = new SimulatedClock(opts.wallStart ?? Date.now());
  const services = composeServices({
    dataDir: dir,
    resourcesDir: SOURCE_RESOURCES,
    // As the browser host runs (electron/host/main.ts): exports are saved under free names and handed to the browser.
    ports: headlessPorts(join(dir, 'exports'), undefined, { downloads: true }),
    clock,
    live: true,
    rendererDir,
    onError: (e) => console.error(e),
  });
  const host = await startBrowserHost(services, { rendererDir });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: { width: 1600, height: 900 },
    ...(opts.fontconfig ? { env: { ...process.env, FONTCONFIG_FILE: opts.fontconfig } } : {}),
    acceptDownloads: true,
  });
  const browser = context.browser();
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const origin = `http://127.0.0.1:${host.port}`;
  return {
    dir,
    clock,
    services,
    host,
    browser: browser as Browser,
    requests,
    origin,
    async open(hash = '#/', viewport) {
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      await page.goto(`${host.url}${hash}`);
      return page;
    },
    async close() {
      await services.seats.close();
      await context.close();
      await host.close();
      services.close();
      rmSync(dir, { recursive: true, force: true });
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
