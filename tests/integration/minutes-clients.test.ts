// Real office clients open the minutes: LibreOffice converts them to PDF, python-docx reads them.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runDemo } from '../../electron/drill/demo';
import { anchorText } from '../../electron/minutes/anchorQr';
import { makeWorld, tempDir, type World } from '../helpers/world';

const FONTCONFIG = resolve(__dirname, '../fixtures/fontconfig/fonts.conf');

function toPdf(docx: string, outDir: string): string {
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${join(outDir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docx],
    { env: { ...process.env, FONTCONFIG_FILE: FONTCONFIG }, stdio: 'pipe', timeout: 120_000 },
  );
  const pdf = join(outDir, basename(docx).replace(/\.docx$/, '.pdf'));
  expect(existsSync(pdf)).toBe(true);
  return pdf;
}

const pages = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);

let world: World | undefined;
let out: string | undefined;
afterEach(() => {
  world?.dispose();
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('the minutes in real office clients', () => {
  it('convert to a PDF of plausible length in LibreOffice and open in python-docx', async () => {
    world = makeWorld({ live: false });
    const drillId = runDemo(world.services.drills, world.clock, world.services.scenarios.get('transfer-failure'));
    const saved = await world.services.exportMinutes(drillId);
    expect(saved.path).toMatch(/\.docx$/);
    expect(saved.bytes).toBeGreaterThan(10_000);
    out = tempDir('drillroom-minutes-');
    const pdf = toPdf(saved.path!, out);
    const n = pages(pdf);
    expect(n).toBeGreaterThanOrEqual(8);
    expect(n).toBeLessThanOrEqual(60);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('转账失败投诉应急演练纪要');
    expect(text).toContain(`第 1 页 共 ${n} 页`);
    expect(text).toContain(world.services.drills.state(drillId).lastHash);

    // The sign-off page's QR code, read by a real scanner (zbarimg) off the rendered page, names the drill, its entry count and final hash.
    const state = world.services.drills.state(drillId);
    const signPage = text.split('\f').findIndex((page) => page.includes('签字页凭据')) + 1;
    expect(signPage).toBeGreaterThan(0);
    expect(text.split('\f')[signPage - 1]).toContain('记录人');
    const png = join(out, 'signoff');
    execFileSync('pdftoppm', ['-r', '150', '-f', String(signPage), '-l', String(signPage), '-png', '-singlefile', pdf, png]);
    const scanned = execFileSync('zbarimg', ['--raw', '-q', `${png}.png`], { encoding: 'utf8' }).trim();
    const count = world.services.drills.entries(drillId).length;
    expect(scanned).toBe(anchorText(drillId, count, state.lastHash));

    const counts = execFileSync('/usr/bin/python3', ['-c', 'import sys, docx; d = docx.Document(sys.argv[1]); print(len(d.paragraphs), len(d.tables))', saved.path!], {
      encoding: 'utf8',
    });
    const [paragraphs, tables] = counts.trim().split(' ').map(Number);
    expect(paragraphs).toBeGreaterThan(30);
    expect(tables).toBeGreaterThan(10);
  }, 180_000);

  it('mark the minutes of a running drill as a draft', async () => {
    world = makeWorld({ live: false });
    const pack = world.services.scenarios.get('anonymous-email');
    const drillId = world.services.drills.create({ pack, facts: { name: '进行中的演练' }, language: 'zh-CN' });
    world.services.drills.start(drillId);
    world.services.drills.record(drillId, { kind: 'observation', roleId: 'monitoring', text: '发现匿名邮件', data: {} });
    const saved = await world.services.exportMinutes(drillId);
    out = tempDir('drillroom-minutes-');
    const text = execFileSync('pdftotext', [toPdf(saved.path!, out), '-'], { encoding: 'utf8' });
    expect(text).toContain('草稿');
    expect(text).toContain('发现匿名邮件');
  }, 180_000);
});
