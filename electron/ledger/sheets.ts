// Tables to .xlsx bytes (write-excel-file): bold header row frozen, column widths, dates as dates, numbers as numbers, text as text.
import writeExcelFile, { type Cell, type SheetData } from 'write-excel-file/node';
import { wallDate, type Column, type CellValue, type Table } from './table';

const FORMAT: Partial<Record<Column['kind'], string>> = {
  int: '0',
  number: '0.0',
  percent: '0.0%',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm:ss',
};

function cell(kind: Column['kind'], v: CellValue): Cell {
  if (v === null || v === '') return null;
  switch (kind) {
    case 'date':
      return typeof v === 'string' ? { value: new Date(`${v}T00:00:00Z`), type: Date, format: FORMAT.date } : null;
    case 'datetime':
      return typeof v === 'object' ? { value: wallDate(v.at, v.tzOffsetMin), type: Date, format: FORMAT.datetime } : null;
    case 'int':
    case 'number':
    case 'percent':
      return typeof v === 'number' && Number.isFinite(v) ? { value: v, type: Number, format: FORMAT[kind] } : null;
    case 'text':
      // Always a string cell: a hash of digits, a code or a "=…" text is never read as a number or a formula.
      return { value: typeof v === 'object' ? '' : String(v), type: String };
  }
}

const SHEET_NAME_BAD = /[:\\/?*[\]]/g;

/** The workbook's bytes: one sheet per table. */
export async function xlsxBytes(tables: readonly Table[]): Promise<Buffer> {
  const sheets = tables.map((t) => {
    const data: SheetData = [
      t.columns.map((c) => ({ value: c.header, type: String, fontWeight: 'bold' as const, wrap: true })),
      ...t.rows.map((r) => t.columns.map((c, i) => cell(c.kind, r[i] ?? null))),
    ];
    return { data, sheet: t.sheet.replace(SHEET_NAME_BAD, ' ').slice(0, 31), columns: t.columns.map((c) => ({ width: c.width })), stickyRowsCount: 1 };
  });
  return (await writeExcelFile(sheets, { fontFamily: 'Microsoft YaHei', fontSize: 11 }).toBuffer()) as Buffer;
}
