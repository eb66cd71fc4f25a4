// The PDF printer of the CLI and the browser host: a system Chromium, headless, on a temp page in a fresh temp profile.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DrillRoomError } from '../../shared/ipc/errors';
import type { PdfPrinter } from '../app/ports';

/** Where a Chromium-family browser usually is, per platform; DRILLROOM_CHROMIUM names one explicitly. */
export function chromiumCandidates(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string[] {
  const own = env['DRILLROOM_CHROMIUM'] ? [env['DRILLROOM_CHROMIUM']] : [];
  if (platform === 'win32') {
    const roots = [env['ProgramFiles'], env['ProgramFiles(x86)'], env['LOCALAPPDATA']].filter((r): r is string => !!r);
    const apps = ['Google\\Chrome\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe', 'Chromium\\Application\\chrome.exe'];
    return [...own, ...apps.flatMap((a) => roots.map((r) => `${r}\\${a}`))];
  }
  if (platform === 'darwin')
    return [
      ...own,
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  return [
    ...own,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/snap/bin/chromium',
  ];
}

/** The first candidate that exists, or null. */
export function findChromium(candidates: string[] = chromiumCandidates(), exists: (path: string) => boolean = existsSync): string | null {
  return candidates.find((c) => exists(c)) ?? null;
}

export interface ChromiumPrinterOptions {
  /** The browser to run; default: the first of chromiumCandidates() that exists. */
  executable?: string | null;
  /** Environment of the browser (tests pass FONTCONFIG_FILE). */
  env?: NodeJS.ProcessEnv;
  /** Kill the browser after this long (ms). */
  timeoutMs?: number;
}

/**
 * Chromium's own sandbox cannot start as root on Linux (containers, CI): only there it runs without it. The page it
 * prints has no script and no external resource either way.
 */
export function needsNoSandbox(platform: NodeJS.Platform = process.platform, uid: number | undefined = process.getuid?.()): boolean {
  return platform === 'linux' && uid === 0;
}

/**
 * The command line that prints `page` to `out`: headless, no header/footer of its own, a fresh profile. Script stays
 * off by the page's own CSP (default-src 'none'): --blink-settings=scriptEnabled=false stops headless printing itself.
 */
export function chromiumArgs(page: string, out: string, profile: string, noSandbox = needsNoSandbox()): string[] {
  return [
    '--headless',
    ...(noSandbox ? ['--no-sandbox'] : []),
    '--disable-gpu',
    `--user-data-dir=${profile}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-extensions',
    '--disable-sync',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-pdf-header-footer',
    // The same for Chrome and Edge before 120 (an unknown switch is ignored).
    '--print-to-pdf-no-header',
    `--print-to-pdf=${out}`,
    pathToFileURL(page).href,
  ];
}

export function chromiumPrinter(opts: ChromiumPrinterOptions = {}): PdfPrinter {
  return {
    async printPdf(html) {
      const executable = opts.executable === undefined ? findChromium() : opts.executable;
      if (!executable) throw new DrillRoomError('not_found.chromium', { looked: chromiumCandidates().join(', ') });
      const dir = mkdtempSync(join(tmpdir(), 'drillroom-pdf-'));
      try {
        const page = join(dir, 'minutes.html');
        const out = join(dir, 'minutes.pdf');
        writeFileSync(page, html, 'utf8');
        const stderr = await run(executable, chromiumArgs(page, out, join(dir, 'profile')), opts.env ?? process.env, opts.timeoutMs ?? 600_000);
        const bytes = existsSync(out) ? new Uint8Array(readFileSync(out)) : new Uint8Array();
        if (bytes.length < 5 || new TextDecoder().decode(bytes.subarray(0, 5)) !== '%PDF-')
          throw new DrillRoomError('io.pdf_print', { detail: stderr.trim().split('\n').slice(-3).join(' ') || 'no PDF written' });
        return bytes;
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** Run the browser to its end; resolves with what it said on stderr, rejects when it cannot start or takes too long. */
function run(executable: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(executable, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      if (stderr.length < 20_000) stderr += d.toString('utf8');
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new DrillRoomError('io.pdf_print', { detail: `${executable}: ${e.message}` }));
    });
    child.on('close', () => {
      clearTimeout(timer);
      resolve(stderr);
    });
  });
}
