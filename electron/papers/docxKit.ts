// Shared plumbing of the papers: a body writer (paragraphs, tables, raw WordprocessingML blocks) and the .docx packer.
import { Document, Footer, Header, PageOrientation, Packer, PageNumber, Paragraph, TextRun, type FileChild } from 'docx';
import { PAGE, STYLE } from '../minutes/layout';
import { fixCoreDates } from '../minutes/build';
import { cleanText, escapeXml, spliceTables, tableMarker, tableXml, type Cell, type Column, type TableSource } from '../minutes/tables';
import { dosDateTime, readZip, writeZip } from '../minutes/zip';
import { paperStyles } from './styles';

const TABLE_STYLES = { header: STYLE.tableHead, cell: STYLE.tableText };

export interface PageSetup {
  /** Width and height as the paper lies (landscape: width > height). */
  width: number;
  height: number;
  margin: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
}

/** Collects a paper's body in order; tables and raw blocks stand as markers until packed. */
export class BodyWriter {
  readonly body: FileChild[] = [];
  readonly blocks: TableSource[] = [];

  p(style: string, text: string, opts: { bold?: boolean; pageBreakBefore?: boolean } = {}): void {
    this.body.push(new Paragraph({ style, pageBreakBefore: opts.pageBreakBefore, children: [new TextRun({ text: cleanText(text), bold: opts.bold })] }));
  }

  /** A paragraph of runs, some bold. */
  runs(style: string, runs: { text: string; bold?: boolean }[]): void {
    this.body.push(new Paragraph({ style, children: runs.map((r) => new TextRun({ text: cleanText(r.text), bold: r.bold })) }));
  }

  /** A raw block of WordprocessingML (tables, cards) put where a marker paragraph stands. */
  raw(xml: TableSource): void {
    this.body.push(new Paragraph({ style: STYLE.tableText, children: [new TextRun(tableMarker(this.blocks.length))] }));
    this.blocks.push(xml);
  }

  table(columns: Column[], rows: Cell[][], opts: { header?: boolean; styles?: { header: string; cell: string } } = {}): void {
    this.raw(() => tableXml(columns, rows, opts.styles ?? TABLE_STYLES, opts));
  }
}

export const cols = (titles: string[], widths: number[]): Column[] => titles.map((title, i) => ({ title, width: widths[i]! }));

/** A paragraph in raw XML: style, optional alignment, runs with optional size (half-points) and bold. */
export function paraXml(style: string, runs: { text: string; bold?: boolean; size?: number; font?: string }[], opts: { pageBreak?: boolean } = {}): string {
  const body = runs
    .map((r) => {
      const props =
        (r.font ? `<w:rFonts w:ascii="${r.font}" w:hAnsi="${r.font}" w:eastAsia="${r.font}" w:cs="${r.font}"/>` : '') +
        (r.bold ? '<w:b/><w:bCs/>' : '') +
        (r.size ? `<w:sz w:val="${r.size}"/><w:szCs w:val="${r.size}"/>` : '');
      const text = cleanText(r.text)
        .split('\n')
        .map((line) => `<w:t xml:space="preserve">${escapeXml(line)}</w:t>`)
        .join('<w:br/>');
      return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${text}</w:r>`;
    })
    .join('');
  return `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr>${body}${opts.pageBreak ? '<w:r><w:br w:type="page"/></w:r>' : ''}</w:p>`;
}

/** Blank ruled lines to write on: a borderless table whose rows are separated by thin rules. */
export function ruledLinesXml(n: number, width: number, style: string, heightTwips = 440): string {
  const rule = (side: string, val: string) => `<w:${side} w:val="${val}" w:sz="4" w:space="0" w:color="808080"/>`;
  const row = `<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="${heightTwips}" w:hRule="exact"/></w:trPr><w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr></w:p></w:tc></w:tr>`;
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${width}" w:type="dxa"/><w:jc w:val="center"/>` +
    `<w:tblBorders>${rule('top', 'nil')}${rule('left', 'nil')}${rule('bottom', 'single')}${rule('right', 'nil')}${rule('insideH', 'single')}${rule('insideV', 'nil')}</w:tblBorders>` +
    `<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid><w:gridCol w:w="${width}"/></w:tblGrid>${row.repeat(Math.max(1, n))}</w:tbl>`
  );
}

export interface PackOptions {
  title: string;
  header: string;
  footer: [string, string, string];
  /** Export time (ms since epoch) stamped in the package; the only time the bytes depend on besides the journal. */
  exportedAt: number;
  tzOffsetMin: number;
  page?: PageSetup;
  description?: string;
}

/** The body packed as a .docx: same input, same bytes. */
export async function packPaper(w: BodyWriter, o: PackOptions): Promise<Uint8Array> {
  const page = o.page ?? PAGE;
  const [before, middle, after] = o.footer;
  const doc = new Document({
    creator: 'DrillRoom',
    lastModifiedBy: 'DrillRoom',
    title: o.title,
    description: o.description ?? o.title,
    styles: paperStyles(),
    sections: [
      {
        properties: {
          page: {
            // docx writes a landscape page by swapping the portrait sizes it is given.
            size: page.width > page.height ? { width: page.height, height: page.width, orientation: PageOrientation.LANDSCAPE } : { width: page.width, height: page.height },
            margin: page.margin,
          },
        },
        headers: { default: new Header({ children: [new Paragraph({ style: STYLE.header, children: [new TextRun(cleanText(o.header))] })] }) },
        footers: {
          default: new Footer({
            children: [new Paragraph({ style: STYLE.footer, children: [new TextRun({ children: [before, PageNumber.CURRENT, middle, PageNumber.TOTAL_PAGES, after] })] })],
          }),
        },
        children: w.body,
      },
    ],
  });
  const files = readZip(new Uint8Array(await Packer.toBuffer(doc)));
  const documentXml = new TextDecoder().decode(files.get('word/document.xml'));
  files.set('word/document.xml', spliceTables(documentXml, w.blocks));
  const core = files.get('docProps/core.xml');
  const iso = new Date(o.exportedAt).toISOString().replace(/\.\d{3}Z$/, 'Z');
  if (core) files.set('docProps/core.xml', new TextEncoder().encode(fixCoreDates(new TextDecoder().decode(core), iso)));
  const local = new Date(o.exportedAt - o.tzOffsetMin * 60_000);
  const stamp = dosDateTime(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate(), local.getUTCHours(), local.getUTCMinutes(), local.getUTCSeconds());
  return writeZip(files, stamp);
}

/** Give every data row of a table at least this height (twips): room to sign by hand. */
export function withRowHeight(xml: string, twips: number): string {
  return xml.replace(/<w:trPr><w:cantSplit\/><\/w:trPr>/g, `<w:trPr><w:cantSplit/><w:trHeight w:val="${twips}" w:hRule="atLeast"/></w:trPr>`);
}
