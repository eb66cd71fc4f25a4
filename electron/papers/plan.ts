// 演练方案 (drill plan): background, form, time and place, organisation, scenario, timetable, evaluation, rules, approval.
import { STYLE, TEXT_WIDTH, widths } from '../minutes/layout';
import { minutesText } from '../minutes/catalogue';
import { severityText } from '../minutes/severityText';
import { sha256 } from '../journal/sha256';
import { scenarioVersion } from '../../shared/domain/scenarioVersion';
import { BodyWriter, cols, packPaper } from './docxKit';
import { deadlineText, phaseName, phaseStarts, plannedActions, plannedText, roleName, splitNames, wallText, injectLabel, type PaperInput, type PaperOptions } from './common';
import { offsetText } from './text';

export async function buildPlan(inp: PaperInput, opts: PaperOptions): Promise<Uint8Array> {
  const { T, pack, facts, lang } = inp;
  const P = T.plan;
  const M = minutesText(lang);
  const w = new BodyWriter();
  const c = T.colon;
  const en = lang === 'en';
  const title = T.title(facts.name, T.paper.plan);
  const version = scenarioVersion(pack, sha256);
  let n = 0;
  const h1 = (s: string) => w.p(STYLE.h1, T.sectionNo(++n) + s);
  let sub = 0;
  const h2 = (s: string) => w.p(STYLE.h2, T.subNo(++sub) + s);
  const body = (s: string) => w.p(STYLE.body, s);
  const line = (label: string, value: string) => w.p(STYLE.note, `${label}${c}${value || T.blank}`);

  w.p(STYLE.title, title);
  w.p(STYLE.subtitle, [facts.organiser, facts.branch].filter(Boolean).join(T.sep) || (en ? (pack.titleEn ?? pack.title) : pack.title));

  h1(P.sections.background);
  body(P.purpose(en ? (pack.titleEn ?? pack.title) : pack.title));
  if (pack.objectives.length) {
    w.p(STYLE.note, P.objectivesIntro);
    pack.objectives.forEach((o, i) => body(`${i + 1}. ${en ? (o.textEn ?? o.text) : o.text}`));
  }

  h1(P.sections.form);
  body(P.form(T.drillType[facts.drillType], T.notice[facts.notice]));
  body(P.formNote[facts.notice]);

  h1(P.sections.time);
  const total = pack.phases.reduce((a, p) => a + p.targetMin, 0);
  line(P.plannedTime, `${plannedText(inp)}${T.paren(P.plannedDuration(total))}`);
  line(P.place, facts.place);

  h1(P.sections.organisation);
  sub = 0;
  h2(P.org.leaders);
  line(P.commander, facts.commander);
  body(P.leadersDuty);
  h2(P.org.directors);
  line(P.facilitator, facts.facilitator);
  line(P.scribe, facts.scribe);
  body(P.directorsDuty);
  h2(P.org.evaluators);
  line(P.evaluatorNames, splitNames(facts.evaluators).join(T.sep));
  body(P.evaluatorsDuty);
  h2(P.org.roles);
  w.table(
    cols([T.cols.role, T.cols.duty, T.cols.people], widths(1700, TEXT_WIDTH - 1700 - 2400)),
    pack.roles.map((r) => [roleName(inp, r.id), r.duty ?? '', splitNames(facts.participants[r.id]).join(T.sep)]),
  );

  h1(P.sections.scenario);
  body(en ? (pack.summaryEn ?? pack.summary) : pack.summary);
  const contingency = pack.injects.filter((j) => j.contingency).length;
  body(P.scenarioCounts(pack.injects.length, contingency, pack.phases.length));
  if (pack.severity) body(P.expectedGrade(severityText(lang).grade[pack.severity.grade]));

  h1(P.sections.flow);
  w.p(STYLE.note, P.phasesIntro);
  const starts = phaseStarts(pack);
  w.table(
    cols([T.cols.phase, T.cols.start, T.cols.targetMin, T.cols.goal], widths(2000, 1200, 1300)),
    pack.phases.map((p, i) => [phaseName(inp, p.id), offsetText(starts[i]!), T.minutes(p.targetMin), p.goal ?? '']),
  );
  if (pack.timingTargets.length) {
    w.p(STYLE.note, P.targetsIntro);
    w.table(
      cols([T.cols.indicator, T.cols.span, T.cols.target], widths(2600, 3600)),
      pack.timingTargets.map((t) => [en ? (t.labelEn ?? t.label) : t.label, `${M.milestones[t.from as keyof typeof M.milestones]} → ${M.milestones[t.to as keyof typeof M.milestones]}`, T.minutes(t.targetMin)]),
    );
  }
  if (pack.reportingClocks?.length) {
    w.p(STYLE.note, P.clocksIntro);
    w.table(
      cols([T.cols.clock, T.cols.recipient, T.cols.target], widths(3000, 3200)),
      pack.reportingClocks.map((r) => [en ? (r.labelEn ?? r.label) : r.label, r.recipient ?? '', T.within(M.milestones[r.from as keyof typeof M.milestones], r.withinMin)]),
    );
  }

  h1(P.sections.evaluation);
  if (pack.objectives.length) {
    w.p(STYLE.note, P.objectivesIntro);
    pack.objectives.forEach((o, i) => body(`${i + 1}. ${en ? (o.textEn ?? o.text) : o.text}`));
  }
  const actions = plannedActions(pack);
  w.p(STYLE.note, P.actionsIntro(actions.length));
  w.table(
    cols([T.cols.no, T.cols.inject, T.cols.action, T.cols.role, T.cols.deadline], widths(600, 2100, TEXT_WIDTH - 600 - 2100 - 1500 - 1900, 1500)),
    actions.map((a, i) => [String(i + 1), injectLabel(inp, a.inject), a.action.text, roleName(inp, a.action.roleId), deadlineText(inp, a)]),
    { styles: { header: STYLE.tableHeadSmall, cell: STYLE.tableTextSmall } },
  );
  w.p(STYLE.note, P.scaleIntro);
  for (const k of ['P', 'S', 'M', 'U'] as const) body(P.scale[k]);

  h1(P.sections.support);
  P.support.forEach((s, i) => body(`${i + 1}. ${s}`));

  h1(P.sections.approval);
  const gap = en ? '    ' : '\u3000\u3000';
  const blank = '____________';
  for (const role of P.approvalLines) w.p(STYLE.signoff, `${role}${c}${blank}${gap}${P.sign}${c}${blank}${gap}${P.date}${c}${blank}`);
  if (inp.approval) {
    w.p(STYLE.note, P.approved(inp.approval.data.approver, wallText(inp, inp.approval.at)));
    w.p(STYLE.note, `${P.approvedHash}${c}`);
    w.p(STYLE.hash, inp.approval.data.scenarioHash);
  } else w.p(STYLE.note, P.notApproved);
  w.p(STYLE.note, `${T.version}${c}`);
  w.p(STYLE.hash, version);

  return packPaper(w, { title, header: T.header(facts.name, T.paper.plan), footer: T.footer, exportedAt: opts.exportedAt, tzOffsetMin: inp.state.tzOffsetMin, description: `plan; scenario ${version}` });
}
