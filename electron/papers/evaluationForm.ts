// 评估表 (evaluator form): expected actions with deadlines, observed time, P/S/M/U boxes and remarks; blank or filled.
import { formatDrillClock, formatDuration } from '../../shared/domain/clock';
import { RATINGS, type Rating } from '../../shared/domain/entry';
import { reviewRecord, scoreKey } from '../../shared/domain/review';
import { STYLE } from '../minutes/layout';
import type { Cell } from '../minutes/tables';
import { evaluateActions, type ActionEvaluation } from '../../shared/domain/evaluation';
import { BodyWriter, cols, packPaper, withRowHeight, type PageSetup } from './docxKit';
import { offsetText } from './text';
import { deadlineText, phaseName, plannedActions, roleName, splitNames, type PaperInput, type PaperOptions } from './common';
import { tableXml } from '../minutes/tables';

const mm = (n: number) => Math.round((n * 1440) / 25.4);
/** The form is filled by hand at a table: A4 landscape gives every column room. */
export const FORM_PAGE: PageSetup = { width: 16838, height: 11906, margin: { top: mm(20), bottom: mm(18), left: mm(20), right: mm(20), header: mm(10), footer: mm(9) } };
const FORM_WIDTH = FORM_PAGE.width - FORM_PAGE.margin.left - FORM_PAGE.margin.right;

const BOX = '☐';
const TICK = '☑';

/** The four boxes, the given rating ticked: '☐P ☐S ☑M ☐U'. */
export function boxes(rating: Rating | null): string {
  return RATINGS.map((r) => `${r === rating ? TICK : BOX}${r}`).join(' ');
}

export async function buildEvaluation(inp: PaperInput, opts: PaperOptions & { filled: boolean }): Promise<Uint8Array> {
  const { T, pack, facts } = inp;
  const E = T.evaluation;
  const c = T.colon;
  const w = new BodyWriter();
  const title = T.title(facts.name, T.paper.evaluation) + (opts.filled ? T.filledMark : '');
  const review = opts.filled ? reviewRecord(inp.entries) : null;
  const outcomes = opts.filled ? new Map(evaluateActions(inp.entries).map((o) => [`${o.injectId}/${o.actionId}`, o])) : null;
  const evaluators = splitNames(facts.evaluators);
  // Blank: one form per evaluator (each fills their own); filled: one form, the journal is the same for all.
  const copies = opts.filled || evaluators.length === 0 ? [opts.filled ? evaluators.join(T.sep) : ''] : evaluators;
  const small = { header: STYLE.tableHeadSmall, cell: STYLE.tableTextSmall };
  const actionCols = cols([T.cols.no, T.cols.action, T.cols.role, T.cols.deadline, T.cols.observed, T.cols.rating, T.cols.remarks], [680, 5000, 1500, 1900, 1300, 1700, FORM_WIDTH - 680 - 5000 - 1500 - 1900 - 1300 - 1700]);
  const objectiveCols = cols([T.cols.no, T.cols.objective, T.cols.rating, T.cols.remarks], [680, 7400, 1700, FORM_WIDTH - 680 - 7400 - 1700]);
  const gap = inp.lang === 'en' ? '    ' : '　　';
  const blank = '____________';

  copies.forEach((who, i) => {
    w.p(STYLE.title, title, { pageBreakBefore: i > 0 });
    w.p(STYLE.note, `${E.evaluator}${c}${who || blank}${gap}${T.cols.phase}${c}${blank}`);
    w.p(STYLE.body, opts.filled ? E.filledIntro : E.intro);
    w.p(STYLE.note, E.legend);
    w.p(STYLE.caption, E.actionsHead);
    const actions = plannedActions(pack);
    const rows: Cell[][] = actions.map((a, k) => {
      const role = roleName(inp, a.action.roleId);
      const what = `${a.action.text}${T.paren(`${offsetText(a.inject.offsetMin)} ${phaseName(inp, a.inject.phaseId)}`.trim())}`;
      const o = outcomes?.get(`${a.inject.id}/${a.action.id}`);
      if (!o || !review) return [String(k + 1), what, role, deadlineText(inp, a), '', boxes(null), ''];
      const rated = pack.evaluateRoles ? (review.latest.get(scoreKey('role', a.action.roleId))?.rating ?? null) : null;
      return [String(k + 1), what, role, deadlineCell(inp, o, deadlineText(inp, a)), o.doneMs === null ? '' : formatDrillClock(o.doneMs), boxes(rated), remark(inp, o)];
    });
    w.raw(() => withRowHeight(tableXml(actionCols, rows, small), 600));
    w.p(STYLE.caption, E.objectivesHead);
    const objRows: Cell[][] = pack.objectives.map((ob, k) => {
      const latest = review?.latest.get(scoreKey('objective', ob.id)) ?? null;
      return [String(k + 1), inp.lang === 'en' ? (ob.textEn ?? ob.text) : ob.text, boxes(latest?.rating ?? null), latest && latest.text !== latest.rating ? latest.text : ''];
    });
    if (objRows.length) w.raw(() => withRowHeight(tableXml(objectiveCols, objRows, small), 600));
    else w.p(STYLE.body, T.none);
    w.p(STYLE.signoff, `${E.overall}${c}${boxes(review?.verdict?.rating ?? null)}`);
    w.p(STYLE.signoff, `${E.signature}${c}${blank}${gap}${T.plan.date}${c}${blank}`);
  });
  return packPaper(w, { title, header: T.header(facts.name, T.paper.evaluation), footer: T.footer, exportedAt: opts.exportedAt, tzOffsetMin: inp.state.tzOffsetMin, page: FORM_PAGE });
}

/** Filled: the actual deadline (from the release) when the inject went out, else the planned one. */
function deadlineCell(inp: PaperInput, o: ActionEvaluation, planned: string): string {
  return o.deadlineMs === null ? planned : formatDrillClock(o.deadlineMs);
}

function remark(inp: PaperInput, o: ActionEvaluation): string {
  const E = inp.T.evaluation;
  const parts = [E.outcome[o.outcome]];
  if (o.outcome === 'late') parts.push(E.lateBy(formatDuration(o.lateByMs, inp.lang)));
  if (o.byRoleId && o.byRoleId !== o.roleId) parts.push(E.by(roleName(inp, o.byRoleId)));
  if (o.bySeq !== null) parts.push(E.entryRef(o.bySeq));
  return parts.join(inp.T.sep);
}

