// Tables of the minutes as WordprocessingML strings: fixed widths, repeated header row, rows that never split.
// Long journals give thousands of rows; writing them as strings keeps the docx object model (and memory) small.

export interface Column {
  title: string;
  /** Width in twips (DXA); a table's columns sum to the text width. */
  width: number;
}

export interface Run {
  text: string;
  strike?: boolean;
  bold?: boolean;
}

/** A cell is plain text or a list of runs; `\n` breaks the line. */
export type Cell = string | Run[];

export interface TableStyles {
  header: string;
  cell: string;
}

// Characters XML 1.0 forbids (C0 controls except tab/newline/CR, U+FFFE/FFFF, lone surrogates).
// eslint-disable-next-line no-control-regex -- these are the characters XML forbids
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe to put in XML: forbidden characters dropped, line ends made `\n`. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(INVALID_XML, '');
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** One run; newlines become <w:br/>, tabs <w:tab/>. */
export function runXml(run: Run): string {
  const props = (run.bold ? '<w:b/><w:bCs/>' : '') + (run.strike ? '<w:strike/>' : '');
  const body = cleanText(run.text)
    .split('\n')
    .map((line) =>
      line
        .split('\t')
        .map((part) => (part ? `<w:t xml:space="preserve">${escapeXml(part)}</w:t>` : ''))
        .join('<w:tab/>'),
    )
    .join('<w:br/>');
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${body}</w:r>`;
}

/** How a cell is written: never wrapping (times, dates, hashes), keeping its paragraph with the next (a table kept together). */
export interface CellOptions {
  noWrap?: boolean;
  keepNext?: boolean;
}

function cellXml(cell: Cell, width: number, style: string, shade: boolean, o: CellOptions = {}): string {
  const runs = typeof cell === 'string' ? [{ text: cell }] : cell;
  const shd = shade ? '<w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/>' : '';
  return (
    `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${shd}${o.noWrap ? '<w:noWrap/>' : ''}</w:tcPr>` +
    `<w:p><w:pPr><w:pStyle w:val="${style}"/>${o.keepNext ? '<w:keepNext/>' : ''}</w:pPr>${runs.map(runXml).join('')}</w:p></w:tc>`
  );
}

export interface RowOptions {
  /** Column indexes that never wrap. */
  nowrap?: readonly number[];
  /** Minimum row height (twips). */
  minHeight?: number;
  keepNext?: boolean;
}

/** A data row: it is kept on one page (cantSplit). */
export function rowXml(cells: readonly Cell[], columns: readonly Column[], style: string, o: RowOptions = {}): string {
  if (cells.length !== columns.length) throw new Error(`row has ${cells.length} cells for ${columns.length} columns`);
  const height = o.minHeight ? `<w:trHeight w:val="${o.minHeight}" w:hRule="atLeast"/>` : '';
  const cellOpts = (i: number): CellOptions => ({ noWrap: o.nowrap?.includes(i) ?? false, keepNext: o.keepNext ?? false });
  return `<w:tr><w:trPr><w:cantSplit/>${height}</w:trPr>${cells.map((c, i) => cellXml(c, columns[i]!.width, style, false, cellOpts(i))).join('')}</w:tr>`;
}

/** A whole table: fixed layout, width in DXA, a header row repeated on every page, black single borders. */
export function tableXml(columns: readonly Column[], rows: readonly (readonly Cell[])[], styles: TableStyles, opts: { header?: boolean } & RowOptions = {}): string {
  const total = columns.reduce((n, c) => n + c.width, 0);
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  const parts: string[] = [
    '<w:tbl><w:tblPr>',
    `<w:tblW w:w="${total}" w:type="dxa"/><w:jc w:val="center"/>`,
    `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>`,
    '<w:tblLayout w:type="fixed"/>',
    '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="85" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>',
    '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>',
    '</w:tblPr><w:tblGrid>',
    ...columns.map((c) => `<w:gridCol w:w="${c.width}"/>`),
    '</w:tblGrid>',
  ];
  if (opts.header !== false)
    parts.push(
      `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${columns.map((c) => cellXml(c.title, c.width, styles.header, true, { keepNext: true })).join('')}</w:tr>`,
    );
  for (const r of rows) parts.push(rowXml(r, columns, styles.cell, opts));
  parts.push('</w:tbl>');
  return parts.join('');
}

/** Split rows into chunks of at most `size` (office suites lay out many short tables far faster than one long one). */
export function chunk<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out.length ? out : [[]];
}

/** Marker paragraphs in the docx skeleton stand where tables go. */
export const tableMarker = (n: number) => `DRILLROOM-TABLE-${String(n).padStart(5, '0')}-MARK`;

/** A table, or a function that writes it when its turn comes (so thousands of rows are never all in memory as XML). */
export type TableSource = string | (() => string);

/**
 * Replace each marker paragraph of document.xml by its table, in order; every marker must be found.
 * Returns UTF-8 bytes, encoding piece by piece so only one table's XML is a string at a time.
 */
export function spliceTables(documentXml: string, tables: readonly TableSource[]): Uint8Array {
  const out: Buffer[] = [];
  let from = 0;
  tables.forEach((table, n) => {
    const at = documentXml.indexOf(tableMarker(n), from);
    if (at < 0) throw new Error(`table marker ${n} not found`);
    const open = Math.max(documentXml.lastIndexOf('<w:p>', at), documentXml.lastIndexOf('<w:p ', at));
    const close = documentXml.indexOf('</w:p>', at);
    if (open < from || close < 0) throw new Error(`table marker ${n} is not inside a paragraph`);
    out.push(Buffer.from(documentXml.slice(from, open), 'utf8'), Buffer.from(typeof table === 'string' ? table : table(), 'utf8'));
    from = close + '</w:p>'.length;
  });
  out.push(Buffer.from(documentXml.slice(from), 'utf8'));
  return new Uint8Array(Buffer.concat(out));
}
