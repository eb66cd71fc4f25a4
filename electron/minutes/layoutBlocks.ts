// MinutesContent -> MinutesLayout: the report's sections in order, as blocks with column widths sized for Chinese office fonts.
import type { MinutesContent } from './content';
import type { MinutesBlock, MinutesLayout, ParagraphStyle, TableBlock } from './blocks';
import { TEXT_WIDTH } from './layout';
import type { Cell, Column } from './tables';
import { signoffLabels } from './signoffLabels';

/**
 * Widths in twips. A drill clock "T+00:00:00" is about 1000 twips in 五号 (10.5 pt) Times New Roman / SimSun
 * half-width digits, a wall time "00:00:00" about 850, a date "2026-12-01" about 1050; each column adds 170 of cell
 * margins, and the widths leave room for wider stand-in fonts. The last column takes what is left.
 */
const W = {
  clock: 1400,
  date: 1350,
  wall: 1150,
  smallWall: 950,
  smallClock: 1150,
  smallHash: 980,
};

const rest = (...fixed: number[]) => [...fixed, TEXT_WIDTH - fixed.reduce((a, b) => a + b, 0)];
const restAt = (at: number, ...fixed: number[]) => {
  const w = [...fixed];
  w.splice(at, 0, TEXT_WIDTH - fixed.reduce((a, b) => a + b, 0));
  return w;
};

export interface LayoutExtras {
  /** PNG of the anchor QR code for the sign-off page. */
  qr?: Uint8Array;
}

export function minutesLayout(c: MinutesContent, extras: LayoutExtras = {}): MinutesLayout {
  const T = c.text;
  const R = T.report;
  const blocks: MinutesBlock[] = [];
  const p = (style: ParagraphStyle, text: string) => blocks.push({ type: 'paragraph', style, text });
  const paras = (lines: string[], style: ParagraphStyle = 'body') => (lines.length ? lines.forEach((l) => p(style, l)) : p('body', T.none));
  const cols = (titles: string[], w: number[]): Column[] => titles.map((title, i) => ({ title, width: w[i]! }));
  const table = (columns: Column[], rows: Cell[][], caption: string | null, opts: Omit<TableBlock, 'type' | 'columns' | 'rows' | 'caption' | 'header'> & { header?: boolean } = {}) => {
    if (rows.length === 0) return p('body', T.none);
    blocks.push({ type: 'table', columns, rows, caption, header: opts.header ?? true, ...opts });
  };
  let section = 0;
  const h1 = (title: string, pageBreakBefore = false) => blocks.push({ type: 'heading', level: 1, text: T.sectionNo(++section) + title, ...(pageBreakBefore ? { pageBreakBefore } : {}) });
  let sub = 0;
  const h2 = (title: string) => blocks.push({ type: 'heading', level: 2, text: T.subNo(section, ++sub) + title });
  const startSection = (title: string, pageBreakBefore = false) => {
    sub = 0;
    h1(title, pageBreakBefore);
  };

  blocks.push({ type: 'title', text: c.title });
  if (c.draft) blocks.push({ type: 'subtitle', text: T.draftNote });
  p('body', c.intro);

  startSection(T.sections.basic);
  table(cols(['', ''], rest(2000)), c.basic, T.sections.basic, { header: false });
  h2(T.sections.objectives);
  paras(c.objectives);

  startSection(T.sections.scenario);
  paras(c.scenario);
  p('note', c.injectIntro);
  table(cols([R.injectCols.no, R.injectCols.released, R.injectCols.content], rest(560, W.smallClock + 100)), c.injects, T.sections.scenario, { nowrap: [1], small: true });

  startSection(T.sections.process);
  table(cols([T.cols.phaseName, T.cols.targetMin, T.cols.actual, T.cols.result], rest(2300, 1500, 2200)), c.phaseTable, null);
  p('note', c.processNote);
  const timelineCols = cols([T.cols.wallAndClock, T.cols.seq, T.cols.role, T.cols.entry], rest(W.smallWall + W.smallClock - 150, 600, 1100));
  for (const g of c.timeline) {
    p('caption', g.line ? `${g.title}${T.paren(g.line.replace(/[。.]$/, ''))}` : g.title);
    table(timelineCols, g.rows, g.title, { nowrap: [0, 1], small: true });
  }

  startSection(T.sections.evaluation);
  h2(T.evaluationParts.objectives);
  if (c.objectiveScores.length) p('note', `${R.objectivesIntro}${T.ratingLegend}`);
  table(cols([T.cols.objectOrRole, T.cols.rating, T.cols.remark], restAt(0, 1950, 2900)), c.objectiveScores, T.evaluationParts.objectives);
  h2(T.evaluationParts.actions);
  p('note', c.actionIntro);
  const A = R.actionCols;
  const actionCols = cols([A.action, A.role, A.times, A.result], restAt(0, 1100, W.smallClock, 1700));
  for (const g of c.actions) {
    p('caption', g.title);
    table(actionCols, g.rows, g.title, { nowrap: [2], small: true });
  }

  startSection(T.sections.indicators);
  table(cols([T.cols.indicator, T.cols.span, T.cols.target, T.cols.actual, T.cols.result], rest(1700, 2500, 1200, 2100)), c.indicators, T.sections.indicators);
  if (c.severity) {
    const S = c.severity.text;
    h2(S.section);
    paras(c.severity.lines);
    if (c.severity.clocks.length)
      table(cols([S.cols.clock, S.cols.form, S.cols.recipient, S.cols.within, S.cols.actual, S.cols.result], rest(1500, 1100, 1900, 1700, 1500)), c.severity.clocks, S.section);
  }

  startSection(T.sections.performance);
  const P = R.perfCols;
  table(cols([P.role, P.people, P.tasks, P.actions, P.rating, P.remark], rest(1250, 950, 750, 2550, 1650)), c.performance, T.sections.performance, { nowrap: [2] });

  startSection(T.sections.problems);
  paras(c.problems);
  startSection(T.sections.lessons);
  paras(c.lessons);

  startSection(T.sections.improvements);
  const I = R.improvementCols;
  table(cols([I.no, I.measure, I.owner, I.dates, I.status, I.acceptance, I.capability], restAt(1, 520, 1300, W.date, 950, 1700, 1000)), c.improvements, T.sections.improvements, { nowrap: [3] });

  startSection(T.sections.evidence);
  table(cols([T.cols.wallTime, T.cols.role, T.cols.entry, T.cols.source, T.cols.attachments], restAt(2, W.wall, 1300, 1300, 2300)), c.evidence, T.sections.evidence, { nowrap: [0] });

  startSection(T.sections.conclusion);
  blocks.push({ type: 'heading', level: 2, text: R.verdictTitle });
  paras(c.verdict);
  if (c.mismatch) p('warning', c.mismatch);
  blocks.push({ type: 'heading', level: 2, text: R.derivedTitle });
  paras(c.conclusion);

  // The signed page: signatures and the anchors together, on a page of their own.
  startSection(T.sections.signoff, true);
  blocks.push({
    type: 'signoff',
    signatories: c.signatories,
    drillId: c.drillId,
    entryCount: c.entryCount,
    finalHash: c.finalHash,
    ...(extras.qr ? { qr: extras.qr } : {}),
    witness: c.anchors.witness.length
      ? { type: 'table', columns: cols([T.cols.seq, T.cols.phase, T.cols.clock, T.anchor.witness], rest(900, 3600, W.smallClock + 200)), rows: c.anchors.witness, caption: null, header: true, small: true, nowrap: [2, 3], keepTogether: true }
      : null,
    filing: c.anchors.filing,
    exportedLine: c.exportedLine,
    labels: signoffLabels(T, R.signIntro),
  });

  blocks.push({ type: 'heading', level: 1, text: T.sections.signIn, pageBreakBefore: true });
  p('note', R.signInIntro);
  const G = R.signInCols;
  table(cols([G.role, G.name, G.department, G.time, G.sign], rest(1800, 1500, 1900, W.wall + 150)), c.signIn, T.sections.signIn, { nowrap: [3], minRowHeight: 520 });

  blocks.push({ type: 'heading', level: 1, text: T.sections.appendix, pageBreakBefore: true });
  p('body', c.appendixIntro);
  const J = R.appendixCols;
  table(cols([J.seq, J.time, J.kind, J.entry, J.hash], restAt(3, 500, 1700, 1650, 820)), c.appendix, T.sections.appendix, {
    dense: true,
    nowrap: [0, 1, 4],
  });
  p('note', T.finalHash);
  p('hash', c.finalHash);
  p('body', T.verifyHow);

  return {
    language: c.language,
    title: c.title,
    header: c.header,
    footer: T.footer,
    description: `drill ${c.drillId}; ${c.entryCount} entries; final hash ${c.finalHash}`,
    blocks,
  };
}
