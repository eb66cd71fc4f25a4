// The minutes as PDF, printed for real by the host's Chromium (Debian's /usr/bin/chromium) and read back with poppler
// and zbar: A4, fonts embedded, headings and whole time cells in the text, page numbers, a QR code that decodes.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { runDemo } from '../../electron/drill/demo';
import { anchorText } from '../../electron/minutes/anchorQr';
import { chromiumPrinter, findChromium } from '../../electron/minutes/chromiumPrinter';
import { exportMinutesPdfFile } from '../../electron/minutes/pdfService';
import { minutesPrintPage } from '../../electron/minutes/printPage';
import { DrillRoomError } from '../../shared/ipc/errors';
import { FIXTURE_DRILL, FIXTURE_ENTRIES, FIXTURE_HASH, fixtureLayout, TIMELINE_ROWS } from '../fixtures/minutesLayout';
import { makeWorld, tempDir } from '../helpers/world';

const FONTCONFIG = resolve(__dirname, '../fixtures/fontconfig/fonts.conf');
const ENV = { ...process.env, FONTCONFIG_FILE: FONTCONFIG };
const HOSTILE = '<script>alert(1)</script><b>粗体</b>&amp;';

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', env: ENV, timeout: 120_000 });
const info = (pdf: string) => run('pdfinfo', [pdf]);
const pagesOf = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(info(pdf))![1]);
const text = (pdf: string, page?: number) => run('pdftotext', ['-layout', ...(page ? ['-f', `${page}`, '-l', `${page}`] : []), pdf, '-']);
/** pdffonts' rows: name, type and whether the font is embedded. */
function fonts(pdf: string): { name: string; type: string; emb: string }[] {
  return run('pdffonts', [pdf])
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => {
      const m = /^(\S+)\s+(.+?)\s+(Identity-H|Custom|WinAnsi|Builtin|MacRoman|Standard)\s+(yes|no)\s+(yes|no)\s+(yes|no)/.exec(l)!;
      return { name: m[1]!, type: m[2]!, emb: m[4]! };
    });
}

let dir: string;
const pdfs: Record<'zh-CN' | 'en', string> = { 'zh-CN': '', en: '' };

beforeAll(async () => {
  expect(findChromium(), 'the test machine has a Chromium (scripts/install-test-deps.sh)').not.toBeNull();
  dir = tempDir('drillroom-pdf-');
  for (const lang of ['zh-CN', 'en'] as const) {
    const bytes = await chromiumPrinter({ env: ENV }).printPdf(minutesPrintPage(await fixtureLayout(lang, { hostile: HOSTILE })));
    pdfs[lang] = join(dir, `minutes-${lang}.pdf`);
    writeFileSync(pdfs[lang], bytes);
  }
}, 240_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(['zh-CN', 'en'] as const)('the PDF of the fixture minutes (%s) printed by the system Chromium', (lang) => {
  const zh = lang === 'zh-CN';

  it('opens in poppler as A4 (595 × 842 pt) with several pages', () => {
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info(pdfs[lang]))!;
    expect(Math.round(Number(size[1]))).toBe(595);
    expect(Math.round(Number(size[2]))).toBe(842);
    expect(pagesOf(pdfs[lang])).toBeGreaterThanOrEqual(zh ? 10 : 12);
  });

  it('embeds every font, and the title, headings and body land in different faces', () => {
    const list = fonts(pdfs[lang]);
    expect(list.length).toBeGreaterThan(0);
    expect(list.filter((f) => f.emb !== 'yes')).toEqual([]);
    const names = new Set(list.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')));
    if (zh) for (const face of ['WenQuanYiZenHei', 'GBZenKai-Medium', 'BousungEG-Light-GB']) expect(names, face).toContain(face);
    else expect(names).toContain('LiberationSerif');
  });

  it('holds the headings, and every time cell on one line', () => {
    const all = text(pdfs[lang]);
    const headings = zh ? ['一、基本情况', '二、演练过程', '（一）事件发现与报告', '三、演练结论', '四、签字确认', '附录：演练记录全文'] : ['1. Basic facts', '2. Conduct of the drill', '2.1 Detection and first report', '3. Conclusion', '4. Sign-off', 'Appendix: the full journal'];
    for (const h of headings) expect(all, h).toContain(h);
    // A wall time and its drill clock side by side, whole, at the start of a row: 300 timeline rows and 12 in the appendix.
    const pairs = all.match(/^\s*\d\d:\d\d:\d\d\s+T\+\d\d:\d\d:\d\d(\s|$)/gm) ?? [];
    expect(pairs.length).toBe(TIMELINE_ROWS + 12);
    expect(all).not.toMatch(/T\+\d\d:\d?\s*$|^\s*\d\d\s*$/m);
  });

  it('numbers every page in the footer', () => {
    const n = pagesOf(pdfs[lang]);
    expect(text(pdfs[lang], 1)).toContain(zh ? `第 1 页 共 ${n} 页` : `Page 1 of ${n}`);
    expect(text(pdfs[lang], n)).toContain(zh ? `第 ${n} 页 共 ${n} 页` : `Page ${n} of ${n}`);
  });

  it('has on the sign-off page a QR code that decodes to the drill id, the entry count and the final hash', () => {
    const n = pagesOf(pdfs[lang]);
    const page = Array.from({ length: n }, (_, i) => i + 1).find((p) => text(pdfs[lang], p).includes(zh ? '四、签字确认' : '4. Sign-off'))!;
    expect(page).toBeGreaterThan(1);
    expect(text(pdfs[lang], page)).toContain(FIXTURE_HASH);
    const png = join(dir, `signoff-${lang}`);
    run('pdftoppm', ['-png', '-r', '150', '-f', `${page}`, '-l', `${page}`, '-singlefile', pdfs[lang], png]);
    expect(run('zbarimg', ['--raw', '-q', `${png}.png`]).trim()).toBe(anchorText(FIXTURE_DRILL, FIXTURE_ENTRIES, FIXTURE_HASH));
  });

  it('prints hostile entry text as the text it is', () => {
    const all = text(pdfs[lang]).replace(/\s+/g, '');
    expect(all).toContain('<script>alert(1)</script><b>粗体</b>&amp;');
  });
});

describe('the PDF export of a real drill', () => {
  it('goes through the browser host\'s ports (a system Chromium) into the exports folder, next to the Word minutes', async () => {
    const world = makeWorld({ live: false });
    const saved = process.env['FONTCONFIG_FILE'];
    process.env['FONTCONFIG_FILE'] = FONTCONFIG;
    try {
      const drillId = runDemo(world.services.drills, world.clock, world.services.scenarios.get('transfer-failure'));
      const pdf = await exportMinutesPdfFile(world.services, drillId);
      expect(pdf.path).toBe(join(world.dir, 'exports', '转账失败投诉应急演练纪要.pdf'));
      expect(pdf.bytes).toBe(readFileSync(pdf.path!).length);
      const n = pagesOf(pdf.path!);
      expect(text(pdf.path!)).toContain('转账失败投诉应急演练纪要');
      expect(text(pdf.path!, 1)).toContain(`第 1 页 共 ${n} 页`);
      expect(fonts(pdf.path!).every((f) => f.emb === 'yes')).toBe(true);
      // No drill clock or wall time broken over two lines anywhere (timeline, decisions, witness codes, appendix).
      const all = text(pdf.path!);
      expect((all.match(/T\+\d\d:\d\d:\d\d/g) ?? []).length).toBeGreaterThan(world.services.drills.entries(drillId).length);
      expect(all).not.toMatch(/(T\+\d\d:\d?|\b\d\d:\d?)\s*$/m);
    } finally {
      if (saved === undefined) delete process.env['FONTCONFIG_FILE'];
      else process.env['FONTCONFIG_FILE'] = saved;
      world.dispose();
    }
  }, 120_000);

  it('is written by `drillroom minutes --pdf`, from a database, atomically over an older file', async () => {
    const world = makeWorld({ live: false });
    const saved = process.env['FONTCONFIG_FILE'];
    process.env['FONTCONFIG_FILE'] = FONTCONFIG;
    try {
      runDemo(world.services.drills, world.clock, world.services.scenarios.get('anonymous-email'));
      world.services.close();
      const out = join(world.dir, '纪要.pdf');
      writeFileSync(out, 'older');
      const lines: string[] = [];
      const code = await runCli(['minutes', join(world.dir, 'drillroom.db'), '--pdf', '--overwrite', '--out', out], { out: (l) => lines.push(l), err: (l) => lines.push(l) });
      expect(code, lines.join('\n')).toBe(0);
      expect(lines.join('\n')).toContain('已生成演练纪要 PDF');
      expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
      expect(existsSync(join(world.dir, '.纪要.pdf.drillroom-tmp'))).toBe(false);
      expect(text(out)).toContain('签字确认');
    } finally {
      if (saved === undefined) delete process.env['FONTCONFIG_FILE'];
      else process.env['FONTCONFIG_FILE'] = saved;
      rmSync(world.dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('says clearly, in Chinese and in English, when no Chromium is found', async () => {
    const err = await chromiumPrinter({ executable: null })
      .printPdf('<p>x</p>')
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DrillRoomError);
    const e = err as DrillRoomError;
    expect(e.payload.key).toBe('not_found.chromium');
    expect(e.messageIn('zh-CN')).toContain('未找到可用于生成 PDF 的 Chromium');
    expect(e.messageIn('en')).toContain('No Chromium-based browser (Chrome, Edge or Chromium) was found');
    expect(e.messageIn('en')).not.toMatch(/\p{Script=Han}/u);
    expect(findChromium(['/no/such/chromium', '/nor/this'], () => false)).toBeNull();
  });
});
