// The shell's PDF printer against a fake 'electron': a hidden sandboxed window with JavaScript off, in a throw-away
// session that loads only the print page, printed as A4; the export writes the bytes atomically and keeps an old file on failure.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { composeServices } from '../../electron/app/compose';
import { headlessPorts } from '../../electron/app/headlessPorts';
import { SOURCE_RESOURCES } from '../../electron/app/paths';
import { SimulatedClock } from '../../electron/clock/simulatedClock';
import { runDemo } from '../../electron/drill/demo';
import { exportMinutesPdfFile } from '../../electron/minutes/pdfService';
import { minutesPrintPage } from '../../electron/minutes/printPage';
import { electronPorts } from '../../electron/shell/electronPorts';
import { electronPdfPrinter } from '../../electron/shell/pdfPrinter';
import type { Windows } from '../../electron/shell/windows';
import { fixtureLayout } from '../fixtures/minutesLayout';
import { tempDir } from '../helpers/world';
import { FAKE_PDF, fake, resetFake } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule);

afterEach(() => resetFake());

const cancelled = (url: string) => {
  let answer: { cancel: boolean } | undefined;
  fake().partitions.at(-1)!.beforeRequest!.fn({ url }, (a: { cancel: boolean }) => (answer = a));
  return answer!.cancel;
};

describe("the shell's PDF printer", () => {
  it('loads the page in a hidden, sandboxed window with JavaScript off and prints it as A4 with backgrounds', async () => {
    const html = minutesPrintPage(await fixtureLayout('zh-CN'));
    const bytes = await electronPdfPrinter().printPdf(html);
    expect(new TextDecoder().decode(bytes)).toBe(FAKE_PDF);

    const win = fake().windows.at(-1)!;
    expect(win.options['show']).toBe(false);
    const prefs = win.options['webPreferences'] as Record<string, unknown>;
    expect(prefs).toMatchObject({ javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, devTools: false, disableBlinkFeatures: 'Auxclick' });
    expect(prefs['preload']).toBeUndefined();
    expect(win.destroyed).toBe(true);

    const [call] = fake().printCalls;
    expect(call!.options).toMatchObject({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false });
    // The window loaded the very page it was given, from a temp file that is gone afterwards.
    expect(call!.url).toMatch(/^file:\/\/.*minutes\.html$/);
    expect(call!.page).toBe(html);
    expect(existsSync(fileURLToPath(call!.url))).toBe(false);
  });

  it('uses its own in-memory session, which lets through only the print page and inline data', async () => {
    await electronPdfPrinter().printPdf('<!DOCTYPE html><p>x</p>');
    const s = fake().partitions.at(-1)!;
    expect(s.partition).toMatch(/^drillroom-print-/);
    expect(s.partition.startsWith('persist:')).toBe(false);
    const pageUrl = fake().printCalls.at(-1)!.url;
    expect(cancelled(pageUrl)).toBe(false);
    expect(cancelled('data:image/png;base64,iVBORw0KGgo=')).toBe(false);
    expect(cancelled('https://example.com/font.woff2')).toBe(true);
    expect(cancelled('file:///etc/passwd')).toBe(true);
    expect(cancelled(pageUrl.replace('minutes.html', 'other.html'))).toBe(true);
    let granted: boolean | undefined;
    s.permissionRequest!({}, 'media', (g: boolean) => (granted = g));
    expect(granted).toBe(false);
  });

  it('is the printer the Electron ports give', async () => {
    const ports = electronPorts({ consoleWindow: () => null } as unknown as Windows);
    expect(ports.printer).toBeDefined();
    await ports.printer!.printPdf('<!DOCTYPE html><p>x</p>');
    expect(fake().printCalls).toHaveLength(1);
  });

  it('feeds the minutes export, which writes the PDF atomically and keeps the old file when printing fails', async () => {
    const dir = tempDir('drillroom-pdf-shell-');
    const exportsDir = join(dir, 'exports');
    const clock = new SimulatedClock();
    const s = composeServices({ dataDir: dir, resourcesDir: SOURCE_RESOURCES, ports: { ...headlessPorts(exportsDir), printer: electronPdfPrinter() }, clock, live: false });
    try {
      const drillId = runDemo(s.drills, clock, s.scenarios.get('transfer-failure'));
      const saved = await exportMinutesPdfFile(s, drillId);
      expect(saved.path).toBe(join(exportsDir, '转账失败投诉应急演练纪要.pdf'));
      expect(readFileSync(saved.path!, 'utf8')).toBe(FAKE_PDF);
      expect(saved.bytes).toBe(FAKE_PDF.length);
      // The page printed is the drill's minutes.
      expect(fake().printCalls.at(-1)!.page).toContain('转账失败投诉应急演练纪要');

      writeFileSync(saved.path!, 'the signed copy of yesterday');
      fake().printFails = 'printing failed';
      await expect(exportMinutesPdfFile(s, drillId)).rejects.toThrow('printing failed');
      expect(readFileSync(saved.path!, 'utf8')).toBe('the signed copy of yesterday');
      expect(readdirSync(exportsDir)).toEqual(['转账失败投诉应急演练纪要.pdf']);
    } finally {
      s.close();
    }
  });
});
