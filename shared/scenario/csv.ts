// RFC-4180 CSV as Excel/WPS write it: quoted fields with commas, doubled quotes and line breaks; physical line numbers kept.
// Hand-written rather than a CSV library on purpose: (1) every field keeps the physical line it starts on, so an MSEL
// error names the line a user sees in Excel even when a quoted cell holds line breaks; (2) it is lenient where Excel and
// WPS are (a stray quote inside an unquoted field, CRLF/LF/CR endings, a trailing empty line), strict nowhere a user
// cannot see; (3) it lives in shared/, which must stay pure (no Node streams or Buffers), and the renderer's editor
// parses the same way as main. Decoding (UTF-8/GBK/UTF-16) happens before, in electron/scenarios/mselFile.ts.

export interface CsvField {
  value: string;
  /** 1-based physical line on which the field starts. */
  line: number;
}

export interface CsvRecord {
  /** 1-based physical line on which the record starts. */
  line: number;
  fields: CsvField[];
}

export interface CsvProblem {
  line: number;
  reason: 'unclosed_quote' | 'text_after_quote';
}

export interface CsvParse {
  records: CsvRecord[];
  problems: CsvProblem[];
}

/**
 * Split CSV text into records. A leading BOM is dropped; CRLF, LF and lone CR all end a line.
 * Excel-style leniency: a stray quote inside an unquoted field is kept as text.
 */
export function parseCsv(text: string, delimiter = ','): CsvParse {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  let line = 1;
  let i = 0;
  const n = src.length;
  let fields: CsvField[] = [];
  let recordLine = 1;
  const endRecord = () => {
    records.push({ line: recordLine, fields });
    fields = [];
  };
  const newline = (): boolean => {
    const c = src[i];
    if (c === '\r') {
      i += src[i + 1] === '\n' ? 2 : 1;
      line++;
      return true;
    }
    if (c === '\n') {
      i++;
      line++;
      return true;
    }
    return false;
  };
  if (n === 0) return { records, problems };
  for (;;) {
    const fieldLine = line;
    let value = '';
    if (src[i] === '"') {
      i++;
      let closed = false;
      while (i < n) {
        const c = src[i]!;
        if (c === '"') {
          if (src[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          closed = true;
          break;
        }
        if (c === '\r' || c === '\n') {
          newline();
          value += '\n';
          continue;
        }
        value += c;
        i++;
      }
      if (!closed) {
        problems.push({ line: fieldLine, reason: 'unclosed_quote' });
        fields.push({ value, line: fieldLine });
        endRecord();
        break;
      }
      // Excel never writes text after a closing quote; keep it but say so.
      let tail = '';
      while (i < n && src[i] !== delimiter && src[i] !== '\r' && src[i] !== '\n') tail += src[i++];
      if (tail.trim() !== '') {
        problems.push({ line, reason: 'text_after_quote' });
        value += tail;
      }
    } else {
      while (i < n && src[i] !== delimiter && src[i] !== '\r' && src[i] !== '\n') value += src[i++];
    }
    fields.push({ value, line: fieldLine });
    if (i >= n) {
      endRecord();
      break;
    }
    if (src[i] === delimiter) {
      i++;
      continue;
    }
    newline();
    endRecord();
    recordLine = line;
    if (i >= n) break;
  }
  return { records, problems };
}

/** Excel writes tab-separated text as "Unicode text"; a header with tabs and no commas is read that way. */
export function guessDelimiter(text: string): ',' | '\t' {
  const first = text.split(/\r\n|\n|\r/, 1)[0] ?? '';
  return first.includes('\t') && !first.includes(',') ? '\t' : ',';
}
