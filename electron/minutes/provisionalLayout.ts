// Stand-in until build.ts exports minutesLayoutOf (branch feat/minutes): today's minutes content as a MinutesLayout,
// block for block what document.ts lays out for Word. Delete this file when layoutProvider.ts points at minutesLayoutOf.
import type { AnyEntry } from '../../shared/domain/entry';
import { anchorQrPng, anchorText } from './anchorQr';
import type { MinutesBlock, MinutesLayout, ParagraphStyle, TableBlock } from './blocks';
import { minutesContent } from './content';
import { TEXT_WIDTH, widths } from './layout';
import type { Cell } from './tables';

export async function provisionalMinutesLayout(entries: readonly AnyEntry[], opts: { exportedAt: number; draft: boolean }): Promise<MinutesLayout> {
  const c = minutesContent(entries, opts);
  const T = c.text;
  const blocks: MinutesBlock[] = [];
  const p = (style: ParagraphStyle, text: string) => blocks.push({ type: 'paragraph', style, text });
  const table = (titles: string[], w: number[], rows: Cell[][], caption: string | null, extra: Partial<TableBlock> = {}) => {
    if (rows.length === 0) return p('body', T.none);
    blocks.push({ type: 'table', columns: titles.map((title, i) => ({ title, width: w[i]! })), rows, caption, header: true, ...extra });
  };
  let section = 0;
  const h1 = (title: string) => blocks.push({ type: 'heading', level: 1, text: T.sectionNo(++section) + title });
  const paras = (lines: string[]) => (lines.length ? lines.forEach((l) => p('body', l)) : p('body', T.none));

  blocks.push({ type: 'title', text: c.title });
  if (c.draft) blocks.push({ type: 'subtitle', text: T.draftNote });
  p('body', c.intro);
  h1(T.sections.basic);
  table(['', ''], widths(2000), c.basic, T.sections.basic, { header: false });
  h1(T.sections.objectives);
  paras(c.objectives);
  h1(T.sections.scenario);
  paras(c.scenario);
  h1(T.sections.process);
  table([T.cols.phaseName, T.cols.targetMin, T.cols.actual, T.cols.result], widths(2300, 1500, 2200), c.phaseTable, null);
  p('note', c.processNote);
  c.timeline.forEach((g, i) => {
    blocks.push({ type: 'heading', level: 2, text: T.subNo(section, i + 1) + g.title });
    if (g.line) p('note', g.line);
    table([T.cols.when, T.cols.phase, T.cols.role, T.cols.entry], widths(1500, 1550, 1250), g.rows, g.title, { nowrap: [0] });
  });
  h1(T.sections.decisions);
  table([T.cols.when, T.cols.role, T.cols.kind, T.cols.entry], widths(1500, 1300, 1300), c.decisions, T.sections.decisions, { nowrap: [0] });
  h1(T.sections.indicators);
  table([T.cols.indicator, T.cols.span, T.cols.target, T.cols.actual, T.cols.result], widths(1700, 2300, 1200, 2200), c.indicators, T.sections.indicators);
  if (c.severity) {
    const S = c.severity.text;
    h1(S.section);
    paras(c.severity.lines);
    if (c.severity.clocks.length)
      table([S.cols.clock, S.cols.form, S.cols.recipient, S.cols.within, S.cols.actual, S.cols.result], widths(1500, 1100, 1900, 1700, 1500), c.severity.clocks, S.section);
  }
  h1(T.sections.evaluation);
  if (c.scores.length) p('note', T.ratingLegend);
  table([T.cols.objectOrRole, T.cols.rating, T.cols.remark], widths(3600, 1700), c.scores, T.sections.evaluation);
  h1(T.sections.problems);
  paras(c.problems);
  h1(T.sections.lessons);
  paras(c.lessons);
  h1(T.sections.improvements);
  table([T.cols.no, T.cols.measure, T.cols.owner, T.cols.start, T.cols.due], [700, TEXT_WIDTH - 700 - 1700 - 1300 - 1300, 1700, 1300, 1300], c.improvements, T.sections.improvements, { nowrap: [3, 4] });
  h1(T.sections.evidence);
  table([T.cols.wallTime, T.cols.role, T.cols.entry, T.cols.source, T.cols.attachments], [1100, 1300, TEXT_WIDTH - 1100 - 1300 - 1300 - 2300, 1300, 2300], c.evidence, T.sections.evidence, { nowrap: [0] });
  h1(T.sections.conclusion);
  paras(c.conclusion);
  h1(T.sections.signoff);
  blocks.push({
    type: 'signoff',
    signatories: [
      { role: T.signoff.scribe, name: c.signoff.scribe },
      { role: T.signoff.reviewer, name: c.signoff.reviewer },
    ],
    drillId: c.drillId,
    entryCount: c.entryCount,
    finalHash: c.finalHash,
    qr: await anchorQrPng(anchorText(c.drillId, c.entryCount, c.finalHash)),
    witness: c.anchors.witness.length
      ? { type: 'table', columns: [T.cols.seq, T.cols.phase, T.cols.clock, T.anchor.witness].map((title, i) => ({ title, width: widths(900, 3800, 1900)[i]! })), rows: c.anchors.witness, caption: null, header: true, small: true, nowrap: [0, 2, 3] }
      : null,
    filing: c.anchors.filing,
    exportedLine: c.exportedLine,
  });
  blocks.push({ type: 'heading', level: 1, text: T.sections.appendix, pageBreakBefore: true });
  p('body', c.appendixIntro);
  table([T.cols.seq, T.cols.when, T.cols.kind, T.cols.role, T.cols.entry], widths(620, 1350, 1000, 1100), c.appendix, T.sections.appendix, { small: true, nowrap: [0, 1] });
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
