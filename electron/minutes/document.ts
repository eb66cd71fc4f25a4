// The docx skeleton of the minutes: styles, page, header/footer, headings and paragraphs; tables are markers.
import { Document, Footer, Header, ImageRun, PageNumber, Paragraph, TextRun, type FileChild } from 'docx';
import type { MinutesContent } from './content';
import { minutesStyles, PAGE, STYLE, TEXT_WIDTH, widths } from './layout';
import { chunk, cleanText, tableMarker, tableXml, type Cell, type Column, type TableSource } from './tables';

/** Rows per table: office suites lay out many short tables far faster than one long one. */
export const ROWS_PER_TABLE = 100;

export interface Skeleton {
  doc: Document;
  /** Table XML for marker n, in document order, written when spliced in. */
  tables: TableSource[];
}

const TABLE_STYLES = { header: STYLE.tableHead, cell: STYLE.tableText };
const SMALL_TABLE_STYLES = { header: STYLE.tableHeadSmall, cell: STYLE.tableTextSmall };

export interface SkeletonOptions {
  /** PNG of the anchor QR code (drill id, entry count, final hash) for the sign-off page. */
  anchorQr?: Uint8Array;
}

export function minutesSkeleton(c: MinutesContent, opts: SkeletonOptions = {}): Skeleton {
  const T = c.text;
  const tables: TableSource[] = [];
  const body: FileChild[] = [];
  const p = (style: string, text: string) => body.push(new Paragraph({ style, children: [new TextRun(cleanText(text))] }));
  const cols = (titles: string[], w: number[]): Column[] => titles.map((title, i) => ({ title, width: w[i]! }));
  const table = (columns: Column[], rows: Cell[][], caption: string | null, opts: { header?: boolean; styles?: { header: string; cell: string } } = {}) => {
    if (rows.length === 0) return p(STYLE.body, T.none);
    chunk(rows, ROWS_PER_TABLE).forEach((part, i) => {
      // A paragraph between tables also stops Word merging them.
      if (i > 0) p(STYLE.caption, T.continued(caption ?? ''));
      body.push(new Paragraph({ style: STYLE.tableText, children: [new TextRun(tableMarker(tables.length))] }));
      tables.push(() => tableXml(columns, part, opts.styles ?? TABLE_STYLES, opts));
    });
  };
  let section = 0;
  const h1 = (title: string) => p(STYLE.h1, T.sectionNo(++section) + title);
  const h2 = (i: number, title: string) => p(STYLE.h2, T.subNo(section, i) + title);
  const paras = (lines: string[], style: string = STYLE.body) => (lines.length ? lines.forEach((l) => p(style, l)) : p(STYLE.body, T.none));

  p(STYLE.title, c.title);
  if (c.draft) p(STYLE.subtitle, T.draftNote);
  p(STYLE.body, c.intro);

  h1(T.sections.basic);
  table(cols(['', ''], widths(2000)), c.basic, T.sections.basic, { header: false });
  h1(T.sections.objectives);
  paras(c.objectives);
  h1(T.sections.scenario);
  paras(c.scenario);

  h1(T.sections.process);
  table(cols([T.cols.phaseName, T.cols.targetMin, T.cols.actual, T.cols.result], widths(2300, 1500, 2200)), c.phaseTable, null);
  p(STYLE.note, c.processNote);
  // Time columns fit "T+00:00:00" on one line in 仿宋 and in the Latin fallback fonts of LibreOffice: a wrapped time is unreadable.
  const timelineCols = cols([T.cols.when, T.cols.phase, T.cols.role, T.cols.entry], widths(1500, 1550, 1250));
  c.timeline.forEach((g, i) => {
    h2(i + 1, g.title);
    if (g.line) p(STYLE.note, g.line);
    table(timelineCols, g.rows, g.title);
  });

  h1(T.sections.decisions);
  table(cols([T.cols.when, T.cols.role, T.cols.kind, T.cols.entry], widths(1500, 1300, 1300)), c.decisions, T.sections.decisions);
  h1(T.sections.indicators);
  table(cols([T.cols.indicator, T.cols.span, T.cols.target, T.cols.actual, T.cols.result], widths(1700, 2300, 1200, 2200)), c.indicators, T.sections.indicators);
  if (c.severity) {
    const S = c.severity.text;
    h1(S.section);
    paras(c.severity.lines);
    if (c.severity.clocks.length)
      table(cols([S.cols.clock, S.cols.form, S.cols.recipient, S.cols.within, S.cols.actual, S.cols.result], widths(1500, 1100, 1900, 1700, 1500)), c.severity.clocks, S.section);
  }
  h1(T.sections.evaluation);
  if (c.scores.length) p(STYLE.note, T.ratingLegend);
  table(cols([T.cols.objectOrRole, T.cols.rating, T.cols.remark], widths(3600, 1700)), c.scores, T.sections.evaluation);
  h1(T.sections.problems);
  paras(c.problems);
  h1(T.sections.lessons);
  paras(c.lessons);
  h1(T.sections.improvements);
  table(cols([T.cols.no, T.cols.measure, T.cols.owner, T.cols.start, T.cols.due], [700, TEXT_WIDTH - 700 - 1700 - 1300 - 1300, 1700, 1300, 1300]), c.improvements, T.sections.improvements);
  h1(T.sections.evidence);
  table(cols([T.cols.wallTime, T.cols.role, T.cols.entry, T.cols.source, T.cols.attachments], [1100, 1300, TEXT_WIDTH - 1100 - 1300 - 1300 - 2300, 1300, 2300]), c.evidence, T.sections.evidence);
  h1(T.sections.conclusion);
  paras(c.conclusion);

  h1(T.sections.signoff);
  // Blank lines to sign on paper; the names come from the drill's facts.
  const line = '____________';
  const colon = T.colon;
  const gap = '\u3000\u3000';
  for (const [who, name] of [[T.signoff.scribe, c.signoff.scribe], [T.signoff.reviewer, c.signoff.reviewer]] as const)
    p(STYLE.signoff, `${who}${colon}${name || line}${gap}${T.signoff.sign}${line}${gap}${T.signoff.date}${colon}${line}`);
  // The anchor beside the signatures: the signed paper copy carries what the file must match.
  p(STYLE.note, T.anchorIntro);
  p(STYLE.note, `${T.anchor.drillId}${colon}${c.drillId}${gap}${T.anchor.entries}${colon}${c.entryCount}`);
  p(STYLE.note, `${T.anchor.finalHash}${colon}`);
  p(STYLE.hash, c.finalHash);
  if (opts.anchorQr)
    body.push(
      new Paragraph({
        style: STYLE.note,
        // A fixed drawing id: docx numbers drawings from a process-wide counter, which would make the same journal give other bytes.
        children: [new ImageRun({ type: 'png', data: opts.anchorQr, transformation: { width: 120, height: 120 }, altText: { id: '1', name: 'anchor', title: T.anchorIntro, description: `${c.drillId} ${c.entryCount} ${c.finalHash}` } })],
      }),
    );
  if (c.anchors.witness.length) {
    p(STYLE.note, T.anchor.witnessIntro);
    table(cols([T.cols.seq, T.cols.phase, T.cols.clock, T.anchor.witness], widths(900, 3800, 1900)), c.anchors.witness, null, { styles: SMALL_TABLE_STYLES });
  }
  if (c.anchors.filing) p(STYLE.note, `${T.anchor.filing}${colon}${c.anchors.filing}`);
  p(STYLE.note, c.exportedLine);

  body.push(new Paragraph({ style: STYLE.h1, pageBreakBefore: true, children: [new TextRun(cleanText(T.sections.appendix))] }));
  p(STYLE.body, c.appendixIntro);
  // The appendix is the longest part: smaller type and few cells per row (office suites lay out cell by cell).
  const appendixCols = cols([T.cols.seq, T.cols.when, T.cols.kind, T.cols.role, T.cols.entry], widths(620, 1350, 1000, 1100));
  table(appendixCols, c.appendix, T.sections.appendix, { styles: SMALL_TABLE_STYLES });
  p(STYLE.note, T.finalHash);
  p(STYLE.hash, c.finalHash);
  p(STYLE.body, T.verifyHow);

  const [before, middle, after] = T.footer;
  const doc = new Document({
    creator: 'DrillRoom',
    lastModifiedBy: 'DrillRoom',
    title: c.title,
    description: `drill ${c.drillId}; ${c.entryCount} entries; final hash ${c.finalHash}`,
    styles: minutesStyles(),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: PAGE.margin,
          },
        },
        headers: { default: new Header({ children: [new Paragraph({ style: STYLE.header, children: [new TextRun(cleanText(c.header))] })] }) },
        footers: {
          default: new Footer({
            children: [new Paragraph({ style: STYLE.footer, children: [new TextRun({ children: [before, PageNumber.CURRENT, middle, PageNumber.TOTAL_PAGES, after] })] })],
          }),
        },
        children: body,
      },
    ],
  });
  return { doc, tables };
}
