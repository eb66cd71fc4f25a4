// One table model for the spreadsheet exports: typed columns and cells, written to .xlsx (sheets.ts) or CSV (csv.ts).

/** What a column holds: text (hashes, names), whole numbers, decimals, a share 0..1, a calendar date, or a local date-time. */
export type ColumnKind = 'text' | 'int' | 'number' | 'percent' | 'date' | 'datetime';

export interface Column {
  header: string;
  /** Width in characters (a CJK character counts about two). */
  width: number;
  kind: ColumnKind;
}

/**
 * A cell: text or a number as given; a date as 'YYYY-MM-DD'; a date-time as epoch ms with the drill's time-zone offset
 * (Date#getTimezoneOffset convention, so UTC+8 is -480), shown as the wall time the drill saw. null is an empty cell.
 */
export type CellValue = string | number | { at: number; tzOffsetMin: number } | null;

export interface Table {
  /** The sheet's name (at most 31 characters, none of : \ / ? * [ ]). */
  sheet: string;
  columns: Column[];
  rows: CellValue[][];
}

/** The wall time of `at` in its zone as a Date whose UTC fields are that wall time (what a zoneless spreadsheet stores). */
export const wallDate = (at: number, tzOffsetMin: number) => new Date(at - tzOffsetMin * 60_000);

export const pad2 = (n: number) => String(n).padStart(2, '0');

/** 'YYYY-MM-DD HH:mm:ss' of a date-time cell, for CSV. */
export function wallText(v: { at: number; tzOffsetMin: number }): string {
  const d = wallDate(v.at, v.tzOffsetMin);
  return `${d.toISOString().slice(0, 10)} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
}
