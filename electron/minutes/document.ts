// The Word rendering of any MinutesLayout: styles, page, header/footer, and each block as docx paragraphs; tables are markers.
import {
  Document,
  Footer,
  Header,
  HorizontalPositionAlign,
  HorizontalPositionRelativeFrom,
  ImageRun,
  Paragraph,
  TextRun,
  TextWrappingSide,
  TextWrappingType,
  VerticalPositionRelativeFrom,
  type FileChild,
} from 'docx';
import type { MinutesBlock, MinutesLayout, ParagraphStyle, SignoffBlock, TableBlock } from './blocks';
import { minutesText } from './catalogue';
import { minutesStyles, PAGE, STYLE } from './layout';
import { chunk, cleanText, tableMarker, tableXml, type TableSource } from './tables';
import { signoffLabels } from './signoffLabels';

/** Rows per table: office suites lay out many short tables far faster than one long one. */
export const ROWS_PER_TABLE = 100;

/** Footer placeholders the packer replaces by PAGE / NUMPAGES fields with a cached value (see fields.ts). */
export const PAGE_MARK = 'DRILLROOM-FIELD-PAGE';
export const NUMPAGES_MARK = 'DRILLROOM-FIELD-NUMPAGES';

export interface Skeleton {
  doc: Document;
  /** Table XML for marker n, in document order, written when spliced in. */
  tables: TableSource[];
}

const PARAGRAPH_STYLE: Record<ParagraphStyle, string> = {
  body: STYLE.body,
  note: STYLE.note,
  caption: STYLE.caption,
  hash: STYLE.hash,
  signoff: STYLE.signoff,
  warning: STYLE.warning,
};
const TABLE_STYLES = { header: STYLE.tableHead, cell: STYLE.tableText };
const SMALL_TABLE_STYLES = { header: STYLE.tableHeadSmall, cell: STYLE.tableTextSmall };
const DENSE_TABLE_STYLES = { header: STYLE.tableHeadDense, cell: STYLE.tableTextDense };

export function minutesSkeleton(layout: MinutesLayout): Skeleton {
  const T = minutesText(layout.language);
  const tables: TableSource[] = [];
  const body: FileChild[] = [];
  const para = (style: string, text: string, o: { keepNext?: boolean; pageBreakBefore?: boolean } = {}) =>
    body.push(new Paragraph({ style, ...(o.keepNext ? { keepNext: true } : {}), ...(o.pageBreakBefore ? { pageBreakBefore: true } : {}), children: [new TextRun(cleanText(text))] }));

  const table = (t: TableBlock) => {
    const styles = t.dense ? DENSE_TABLE_STYLES : t.small ? SMALL_TABLE_STYLES : TABLE_STYLES;
    chunk(t.rows, ROWS_PER_TABLE).forEach((part, i) => {
      // A paragraph between tables also stops Word merging them.
      if (i > 0) para(STYLE.caption, T.continued(t.caption ?? ''));
      body.push(new Paragraph({ style: styles.cell, ...(t.keepTogether ? { keepNext: true } : {}), children: [new TextRun(tableMarker(tables.length))] }));
      const opts = { header: t.header, ...(t.nowrap ? { nowrap: t.nowrap } : {}), ...(t.minRowHeight ? { minHeight: t.minRowHeight } : {}), ...(t.keepTogether ? { keepNext: true } : {}) };
      tables.push(() => tableXml(t.columns, part, styles, opts));
    });
  };

  const signoff = (s: SignoffBlock) => {
    const L = s.labels ?? signoffLabels(T);
    // Everything on the signed page keeps with what follows, so the signatures and the anchors share one page.
    const keep = { keepNext: true };
    if (L.intro) para(STYLE.note, L.intro, keep);
    const line = '____________';
    const gap = '\u3000';
    for (const who of s.signatories) para(STYLE.signoff, `${who.role}${L.colon}${who.name || line}${gap}${L.sign}${line}${gap}${L.date}${L.colon}${line}`, keep);
    // The QR code floats at the right of the anchor lines, so the whole signed page stays one page.
    const qr = s.qr
      ? [
          new ImageRun({
            type: 'png',
            data: s.qr,
            transformation: { width: 104, height: 104 },
            floating: {
              horizontalPosition: { relative: HorizontalPositionRelativeFrom.MARGIN, align: HorizontalPositionAlign.RIGHT },
              verticalPosition: { relative: VerticalPositionRelativeFrom.PARAGRAPH, offset: 0 },
              wrap: { type: TextWrappingType.SQUARE, side: TextWrappingSide.LEFT },
              margins: { left: 114300 },
            },
            // A fixed drawing id: docx numbers drawings from a process-wide counter, which would make the same journal give other bytes.
            altText: { id: '1', name: 'anchor', title: L.anchorIntro, description: `${s.drillId} ${s.entryCount} ${s.finalHash}` },
          }),
        ]
      : [];
    body.push(new Paragraph({ style: STYLE.note, keepNext: true, children: [...qr, new TextRun(cleanText(L.anchorIntro))] }));
    para(STYLE.note, `${L.drillId}${L.colon}${s.drillId}\u3000\u3000${L.entries}${L.colon}${s.entryCount}`, keep);
    para(STYLE.note, `${L.finalHash}${L.colon}`, keep);
    para(STYLE.hash, s.finalHash, keep);
    if (s.filing) para(STYLE.note, `${L.filing}${L.colon}${s.filing}`, keep);
    para(STYLE.note, s.exportedLine, s.witness ? keep : {});
    if (s.witness) {
      para(STYLE.note, L.witnessIntro, keep);
      table(s.witness);
    }
  };

  const block = (b: MinutesBlock) => {
    switch (b.type) {
      case 'title':
        return para(STYLE.title, b.text);
      case 'subtitle':
        return para(STYLE.subtitle, b.text);
      case 'heading':
        return para(b.level === 1 ? STYLE.h1 : STYLE.h2, b.text, { pageBreakBefore: b.pageBreakBefore ?? false });
      case 'paragraph':
        return para(PARAGRAPH_STYLE[b.style], b.text);
      case 'table':
        return table(b);
      case 'signoff':
        return signoff(b);
    }
  };
  for (const b of layout.blocks) block(b);

  const [before, middle, after] = layout.footer;
  const doc = new Document({
    creator: 'DrillRoom',
    lastModifiedBy: 'DrillRoom',
    title: layout.title,
    description: layout.description,
    styles: minutesStyles(),
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin } },
        headers: { default: new Header({ children: [new Paragraph({ style: STYLE.header, children: [new TextRun(cleanText(layout.header))] })] }) },
        footers: {
          default: new Footer({
            children: [new Paragraph({ style: STYLE.footer, children: [new TextRun(before), new TextRun(PAGE_MARK), new TextRun(middle), new TextRun(NUMPAGES_MARK), new TextRun(after)] })],
          }),
        },
        children: body,
      },
    ],
  });
  return { doc, tables };
}
