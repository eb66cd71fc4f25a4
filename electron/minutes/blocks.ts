// The minutes as an ordered list of layout-free blocks: the one model both the Word and the PDF renderers lay out.
import type { Cell, Column } from './tables';

/** Paragraph styles both renderers know (Word style ids in layout.ts; CSS classes in the print page). */
export type ParagraphStyle = 'body' | 'note' | 'caption' | 'hash' | 'signoff' | 'warning';

export interface TableBlock {
  type: 'table';
  /** Widths in twips summing to the text width; the print page scales them to percentages. */
  columns: Column[];
  rows: Cell[][];
  /** Repeated as "（续）" when a long table is split; null for none. */
  caption: string | null;
  /** false: a two-column facts table without a header row. */
  header: boolean;
  /** Smaller type (appendices). */
  small?: boolean;
  /** Smallest type, 六号 7.5 pt: a one-line-per-entry index (the journal appendix); wins over `small`. */
  dense?: boolean;
  /** Column indexes whose cells must never wrap (times, dates, drill clocks, hashes). */
  nowrap?: number[];
  /** Minimum row height in twips (the sign-in sheet: room to sign by hand). */
  minRowHeight?: number;
  /** Keep the whole table on one page with what follows (the sign-off page). */
  keepTogether?: boolean;
}

/** The words of the sign-off block, so a renderer needs no catalogue of its own. */
export interface SignoffLabels {
  intro: string;
  sign: string;
  date: string;
  anchorIntro: string;
  drillId: string;
  entries: string;
  finalHash: string;
  witnessIntro: string;
  filing: string;
  colon: string;
}

/** One person who signs: the role (总指挥, 主持人, 评估组, 记录人, 审核人) and the name from the drill facts, or blank. */
export interface Signatory {
  role: string;
  name: string;
}

/** What the signed page carries beside the signatures, so the paper binds the file. */
export interface SignoffBlock {
  type: 'signoff';
  signatories: Signatory[];
  drillId: string;
  entryCount: number;
  finalHash: string;
  /** PNG bytes of the QR code (drill id, entry count, final hash); absent when not drawn. */
  qr?: Uint8Array;
  /** Witness codes by phase change and finish (#seq, phase, drill time, code). */
  witness: TableBlock | null;
  filing: string | null;
  exportedLine: string;
  /** Labels in the drill's language (added with issue 12). */
  labels?: SignoffLabels;
}

export type MinutesBlock =
  | { type: 'title'; text: string }
  | { type: 'subtitle'; text: string }
  /** Numbering ("一、", "（一）") is part of the text. pageBreakBefore: starts a new page (appendices). */
  | { type: 'heading'; level: 1 | 2; text: string; pageBreakBefore?: boolean }
  | { type: 'paragraph'; style: ParagraphStyle; text: string }
  | TableBlock
  | SignoffBlock;

/** The whole document: header line, footer pattern ([before, between page and total, after]) and the body. */
export interface MinutesLayout {
  language: 'zh-CN' | 'en';
  title: string;
  header: string;
  footer: [string, string, string];
  /** Document properties: drill id, entry count, final hash. */
  description: string;
  blocks: MinutesBlock[];
}
