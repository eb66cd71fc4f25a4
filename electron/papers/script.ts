// 导调脚本 (control script): every inject in time order with full content, sender, channel, targets, actions, triggers, note lines.
import { STYLE, TEXT_WIDTH, widths } from '../minutes/layout';
import { injectsInOrder } from '../../shared/domain/scenario';
import { BodyWriter, cols, packPaper, ruledLinesXml } from './docxKit';
import { deadlineText, injectLabel, injectTitle, phaseName, roleName, rolesText, channelText, type PaperInput, type PaperOptions } from './common';
import { PAPER_STYLE } from './styles';
import { offsetText } from './text';

/** Ruled lines under each inject for the facilitator's notes. */
export const NOTE_LINES = 3;

export async function buildScript(inp: PaperInput, opts: PaperOptions): Promise<Uint8Array> {
  const { T, pack, facts } = inp;
  const S = T.script;
  const c = T.colon;
  const w = new BodyWriter();
  const title = T.title(facts.name, T.paper.script);
  w.p(STYLE.title, title);
  w.p(STYLE.body, S.intro(pack.injects.length));
  const injects = injectsInOrder(pack);
  injects.forEach((inj, i) => {
    const phase = phaseName(inp, inj.phaseId);
    const head = [`${i + 1}. ${offsetText(inj.offsetMin)}`, phase ? `【${phase}】` : '', injectTitle(inp, inj), inj.contingency ? T.paren(S.contingency) : '']
      .filter(Boolean)
      .join(inp.lang === 'en' ? '  ' : '　');
    w.p(PAPER_STYLE.injectHead, head);
    if (inj.contingency || inj.afterInjectId) {
      const after = injects.find((x) => x.id === inj.afterInjectId);
      w.p(PAPER_STYLE.field, after ? S.trigger(injectLabel(inp, after)) : S.triggerNone, { bold: true });
    }
    w.runs(PAPER_STYLE.field, [
      { text: `${S.sender}${c}`, bold: true },
      { text: inj.sender },
      { text: inp.lang === 'en' ? '    ' : '　　' },
      { text: `${S.channel}${c}`, bold: true },
      { text: channelText(inp, inj.channel) },
    ]);
    w.runs(PAPER_STYLE.field, [{ text: `${S.targets}${c}`, bold: true }, { text: rolesText(inp, inj.targetRoles) }]);
    for (const para of inj.content.split(/\n+/)) w.p(STYLE.body, para);
    if (inj.expectedActions.length) {
      w.p(STYLE.caption, S.actions);
      w.table(
        cols([T.cols.no, T.cols.action, T.cols.role, T.cols.deadline], widths(600, TEXT_WIDTH - 600 - 1600 - 2500, 1600)),
        inj.expectedActions.map((a, k) => [String(k + 1), a.text, roleName(inp, a.roleId), deadlineText(inp, { inject: inj, action: a, deadlineAtMin: inj.offsetMin + a.deadlineMin })]),
      );
    } else w.p(STYLE.note, S.noActions);
    w.p(STYLE.caption, S.notes);
    w.raw(ruledLinesXml(NOTE_LINES, TEXT_WIDTH, PAPER_STYLE.ruled));
  });
  return packPaper(w, { title, header: T.header(facts.name, T.paper.script), footer: T.footer, exportedAt: opts.exportedAt, tzOffsetMin: inp.state.tzOffsetMin });
}
