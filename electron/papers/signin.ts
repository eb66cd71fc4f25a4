// 签到表 (sign-in sheet): the people of facts.participants by role, with blank lines for walk-ins, and the control cell.
import { STYLE, TEXT_WIDTH } from '../minutes/layout';
import { BodyWriter, cols, packPaper, withRowHeight } from './docxKit';
import { roleName, splitNames, type PaperInput, type PaperOptions } from './common';
import { tableXml, type Cell, type Column } from '../minutes/tables';

/** Blank lines under each role for people who were not on the list. */
export const WALK_IN_LINES = 2;

export async function buildSignin(inp: PaperInput, opts: PaperOptions): Promise<Uint8Array> {
  const { T, pack, facts } = inp;
  const S = T.signin;
  const w = new BodyWriter();
  const title = T.title(facts.name, T.paper.signin);
  w.p(STYLE.title, title);
  const c = T.colon;
  w.p(STYLE.note, `${T.plan.plannedTime}${c}${facts.plannedStart ? facts.plannedStart.replace('T', ' ') : T.blank}${inp.lang === 'en' ? '    ' : '　　'}${T.plan.place}${c}${facts.place || T.blank}`);
  w.p(STYLE.body, S.intro);
  const columns = cols([T.cols.no, T.cols.name, T.cols.department, T.cols.post, T.cols.signTime, T.cols.signature], [600, 1700, 1800, 1900, 1200, TEXT_WIDTH - 600 - 1700 - 1800 - 1900 - 1200]);
  const rows: Cell[][] = [];
  let n = 0;
  for (const role of pack.roles) {
    const name = roleName(inp, role.id);
    for (const person of splitNames(facts.participants[role.id])) rows.push([String(++n), person, '', name, '', '']);
    for (let i = 0; i < WALK_IN_LINES; i++) rows.push([String(++n), '', '', name, '', '']);
  }
  w.raw(() => withRowHeight(tableXmlOf(columns, rows), 560));
  w.p(STYLE.caption, S.staff);
  const staff: Cell[][] = [];
  let k = 0;
  const R = S.staffRoles;
  if (facts.facilitator) staff.push([String(++k), facts.facilitator, '', R.facilitator, '', '']);
  if (facts.scribe) staff.push([String(++k), facts.scribe, '', R.scribe, '', '']);
  for (const e of splitNames(facts.evaluators)) staff.push([String(++k), e, '', R.evaluator, '', '']);
  for (let i = 0; i < 3; i++) staff.push([String(++k), '', '', '', '', '']);
  w.raw(() => withRowHeight(tableXmlOf(columns, staff), 560));
  return packPaper(w, { title, header: T.header(facts.name, T.paper.signin), footer: T.footer, exportedAt: opts.exportedAt, tzOffsetMin: inp.state.tzOffsetMin });
}

const tableXmlOf = (columns: Column[], rows: Cell[][]) => tableXml(columns, rows, { header: STYLE.tableHead, cell: STYLE.tableText });
