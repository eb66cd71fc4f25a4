// A table to CSV: UTF-8 with a BOM (so Excel reads Chinese), RFC 4180 quoting, CRLF lines, and a guard against formula injection.
import { wallText, type Column, type CellValue, type Table } from './table';

/** A text cell that a spreadsheet would run as a formula (= + - @, or a leading tab or CR) gets a leading apostrophe. */
export function guardFormula(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

/** RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled. */
export function csvField(s: string): string {
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function text(kind: Column['kind'], v: CellValue): string {
  if (v === null) return '';
  if (typeof v === 'object') return wallText(v);
  if (typeof v === 'number') return kind === 'percent' ? `${(v * 100).toFixed(1)}%` : String(v);
  return kind === 'text' ? guardFormula(v) : v;
}

export function csvText(t: Table): string {
  const lines = [t.columns.map((c) => csvField(c.header)), ...t.rows.map((r) => t.columns.map((c, i) => csvField(text(c.kind, r[i] ?? null))))];
  return `\uFEFF${lines.map((l) => l.join(',')).join('\r\n')}\r\n`;
}
