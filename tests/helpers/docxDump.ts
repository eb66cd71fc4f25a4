// A .docx read back by python-docx (a second, independent reader): its paragraphs and tables as plain text.
import { execFileSync } from 'node:child_process';
import { basename, join } from 'node:path';
import { existsSync } from 'node:fs';

export interface DocxDump {
  paragraphs: string[];
  /** Top-level tables: rows of cell texts. */
  tables: string[][][];
  /** Page orientation and size of the first section (twips). */
  page: { width: number; height: number };
}

const SCRIPT = `
import sys, json, docx
d = docx.Document(sys.argv[1])
s = d.sections[0]
print(json.dumps({
  "paragraphs": [p.text for p in d.paragraphs],
  "tables": [[[c.text for c in r.cells] for r in t.rows] for t in d.tables],
  "page": {"width": round(s.page_width.twips), "height": round(s.page_height.twips)},
}, ensure_ascii=False))
`;

export function dumpDocx(path: string): DocxDump {
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', SCRIPT, path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as DocxDump;
}

/** Convert .docx files to PDF with LibreOffice headless (one run for all), fonts mapped as a Chinese office PC has them. */
export function docxToPdf(paths: string[], outDir: string, fontconfig: string): string[] {
  execFileSync('soffice', [`-env:UserInstallation=file://${join(outDir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...paths], {
    env: { ...process.env, FONTCONFIG_FILE: fontconfig },
    stdio: 'pipe',
    timeout: 300_000,
  });
  return paths.map((p) => {
    const pdf = join(outDir, basename(p).replace(/\.docx$/, '.pdf'));
    if (!existsSync(pdf)) throw new Error(`LibreOffice made no PDF of ${p}`);
    return pdf;
  });
}

export const pdfPages = (pdf: string): number => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);

/** The text of each page (pdftotext splits pages with form feeds). */
export const pdfPageTexts = (pdf: string): string[] => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').slice(0, pdfPages(pdf));
