// What the minutes say, as plain data: the journal folded into sections, rows and sentences (no layout here).
import { formatDrillClock, formatWallDate, formatWallTime, MINUTE } from '../../shared/domain/clock';
import { LOG_KINDS, SYSTEM_KINDS, type AnyEntry, type Entry, type EntryKind } from '../../shared/domain/entry';
import { effectiveJournal, type EffectiveEntry } from '../../shared/domain/effective';
import type { ActionEvaluation } from '../../shared/domain/evaluation';
import { DrillFactsSchema } from '../../shared/domain/facts';
import { findings as findingsOf, verdictClaimsAllMet } from '../../shared/domain/findings';
import type { DrillState } from '../../shared/domain/fold';
import { answersBeforeInject, byOccurred, lateMinutes } from '../../shared/domain/occurred';
import { filingCodeOf, witnessMarks } from '../../shared/domain/anchors';
import { own } from '../../shared/domain/records';
import { clipText } from '../../shared/domain/text';
import { gradeRecord } from '../../shared/domain/reporting';
import { isOverdue } from '../../shared/domain/review';
import { scenarioVersion, shortVersion } from '../../shared/domain/scenarioVersion';
import type { SeverityGrade } from '../../shared/domain/severity';
import { CHANNEL_LABELS, isKnownChannel } from '../../shared/scenario/channels';
import { sha256 } from '../journal/sha256';
import { recordCount } from '../../shared/domain/entryCount';
import { injectOf } from '../../shared/domain/adhoc';
import { channelLabel } from '../../shared/scenario/channels';
import { joinList } from '../../shared/domain/listJoin';
import { severityText, type SeverityText } from './severityText';
import { minutesText, type MinutesText } from './catalogue';
import type { Signatory } from './blocks';
import type { Cell, Run } from './tables';

export interface PhaseGroup {
  title: string;
  line: string | null;
  rows: Cell[][];
}

export interface MinutesContent {
  text: MinutesText;
  language: 'zh-CN' | 'en';
  draft: boolean;
  title: string;
  header: string;
  intro: string;
  exportedLine: string;
  basic: Cell[][];
  objectives: string[];
  scenario: string[];
  /** 情景与注入: every inject with its full text, when it was released and to whom. */
  injectIntro: string;
  injects: Cell[][];
  phaseTable: Cell[][];
  processNote: string;
  timeline: PhaseGroup[];
  /** 目标实现: the latest score of each objective. */
  objectiveScores: Cell[][];
  /** 关键任务评估: every expected action, grouped by phase (the rows carry the evaluation, the evaluations the data). */
  actionIntro: string;
  actions: PhaseGroup[];
  evaluations: ActionEvaluation[];
  indicators: Cell[][];
  /** The grade compared with the pack's, and the reporting clocks; null when the pack names neither. */
  severity: { text: SeverityText; lines: string[]; clocks: Cell[][] } | null;
  /** 参演人员表现: per role, its tasks, actions, latest score and remark. */
  performance: Cell[][];
  problems: string[];
  lessons: string[];
  improvements: Cell[][];
  evidence: Cell[][];
  /** The evaluators' verdict (or that there is none), the derived summary, and a note when they disagree. */
  verdict: string[];
  conclusion: string[];
  mismatch: string | null;
  /** True when the record holds nothing missed, late or rated M/U. */
  allMet: boolean;
  signatories: Signatory[];
  signIn: Cell[][];
  appendixIntro: string;
  appendix: Cell[][];
  finalHash: string;
  entryCount: number;
  drillId: string;
  /** Witness codes by phase change and finish (#seq, phase, drill time, code), and the filing code once finished. */
  anchors: { witness: Cell[][]; filing: string | null };
}

/**
 * Kinds shown in the process timeline when nothing is starred: what people logged and what the clock did. Injects
 * have their own section (with release time and #), reviews theirs; ticked tasks are counted per role.
 */
const TIMELINE_KINDS: ReadonlySet<EntryKind> = new Set([...SYSTEM_KINDS.filter((k) => !k.startsWith('drill.') && k !== 'spotlight' && k !== 'inject.released'), ...LOG_KINDS]);
/** Blank lines on the sign-in sheet for people who come without being named in the facts. */
export const WALK_IN_LINES = 5;
/** The appendix is a compact index of the journal: each entry's words clipped to this many characters. */
const APPENDIX_TEXT = 25;

export function minutesContent(entries: readonly AnyEntry[], opts: { exportedAt: number; draft: boolean }): MinutesContent {
  const found = findingsOf(entries);
  const state = found.state;
  const T = minutesText(state.language);
  const R = T.report;
  const en = state.language === 'en';
  const tz = state.tzOffsetMin;
  const time = (at: number) => formatWallTime(at, tz);
  const clock = formatDrillClock;
  /** Wall time over drill clock over #seq, in one cell (the appendix: as recorded). */
  const when = (e: AnyEntry) => `${time(e.at)}\n${clock(e.clockMs)}`;
  // Every section reads the one effective journal, in the order things happened (补记 entries where they happened).
  const journal = effectiveJournal(entries);
  const happened = journal.all.slice().sort((a, b) => byOccurred(a.entry, b.entry));
  const roleName = (id: string | null) => {
    if (!id) return '—';
    const r = state.scenario.roles.find((x) => x.id === id);
    return r ? (en ? (r.nameEn ?? r.name) : r.name) : id;
  };
  const phaseName = (id: string | null) => {
    if (!id) return T.beforeStart;
    const p = state.scenario.phases.find((x) => x.id === id);
    return p ? (en ? (p.nameEn ?? p.name) : p.name) : id;
  };
  const injectTitle = (id: string) => {
    const j = injectOf(state, id);
    return j ? (j.title ?? clipText(j.content, 80)) : id;
  };
  const describe = (e: AnyEntry): string => describeEntry(e, T, { phaseName, injectTitle, roleName, state });
  // The seal: after the finish entry only review entries are accepted; each says it came after, and when.
  const finishSeq = entries.find((e) => e.kind === 'clock.finish')?.seq ?? Infinity;
  const reviewText = (e: { seq: number; at: number }): string => {
    const t = journal.bySeq.get(e.seq)?.text ?? '';
    return e.seq > finishSeq ? `${t}${T.afterFinish(`${formatWallDate(e.at, tz)} ${time(e.at)}`)}` : t;
  };
  /** Live entries of these kinds, in the order they happened. */
  const live = (kinds: EntryKind[]) => happened.filter((x) => x.voidedBy === null && kinds.includes(x.entry.kind));
  /** The original, struck through when corrected or voided, with each correction beside it; then 补记 and 时序存疑 notes. */
  const withCorrections = (x: EffectiveEntry): Run[] => {
    const e = x.entry;
    const runs: Run[] = [{ text: describe(e), ...(x.corrections.length ? { strike: true } : {}) }];
    for (const c of x.corrections) runs.push({ text: '\n' + (c.data.void ? `${T.voided(c.seq, time(c.at))}${c.text}` : T.corrected(c.seq, time(c.at), c.text)) });
    if (x.lateMs > 0) runs.push({ text: '\n' + T.late(lateMinutes(e), time(e.at), clock(e.clockMs)) });
    if (answersBeforeInject(state.released, e)) {
      const injectId = (e.data as { injectId?: string }).injectId;
      const r = state.released.find((q) => q.injectId === injectId);
      runs.push({ text: '\n' + T.timingDoubt(r ? clock(r.clockMs) : null) });
    }
    return runs;
  };
  /** The phase an entry happened in: the recorded one, or for a backdated entry the phase running at its occurred time. */
  const phaseOf = (x: EffectiveEntry): string | null => {
    if (x.lateMs === 0) return x.entry.phaseId;
    const run = state.phaseRuns.filter((r) => r.startClockMs <= x.occurredMs).pop();
    return run?.phaseId ?? x.entry.phaseId;
  };
  const dash = (s: string | undefined | null) => (s && s.trim() ? s : '—');
  const dur = T.duration;

  // Old journals lack the facts fields of the report issue: read them through the schema (defaults).
  const facts = DrillFactsSchema.parse(state.facts);
  const date = T.date(formatWallDate(state.startedAt ?? state.createdAt, tz));
  const finishClock = entries.find((e) => e.kind === 'clock.finish')?.clockMs ?? null;
  const pausedMs = pausedWallMs(entries, opts.exportedAt);
  const nameOf = facts.name;
  const title = T.titleSuffix(nameOf) + (opts.draft ? T.draftMark : '');

  const actualLine =
    state.startedAt === null
      ? T.basic.notStarted
      : `${T.date(formatWallDate(state.startedAt, tz))} ${time(state.startedAt)} — ${state.finishedAt !== null ? time(state.finishedAt) : T.basic.notFinished}`;
  const durationLine =
    state.startedAt === null
      ? '—'
      : dur((state.finishedAt ?? opts.exportedAt) - state.startedAt) +
        (finishClock !== null ? T.paren(`${T.cols.clock} ${clock(finishClock)}`) : '') +
        (state.pauses ? T.basic.pauses(state.pauses, dur(pausedMs)) : '');
  const planned = (ymdhm: string) => (ymdhm ? `${T.date(ymdhm.slice(0, 10))} ${ymdhm.slice(11)}` : '');
  const plannedLine =
    facts.plannedStart || facts.plannedEnd
      ? `${planned(facts.plannedStart) || '—'} — ${facts.plannedEnd.slice(0, 10) === facts.plannedStart.slice(0, 10) ? facts.plannedEnd.slice(11) : planned(facts.plannedEnd) || '—'}`
      : '—';
  const participantCount = state.scenario.roles.filter((r) => (own(facts.participants, r.id) ?? '').trim()).length;
  const version = scenarioVersion(state.scenario, sha256);
  const approvals = live(['plan.approved']).map((x) => x.entry as Entry<'plan.approved'>);
  const approval = approvals.length ? approvals[approvals.length - 1]! : null;
  const scenarioTitle = en ? (state.scenario.titleEn ?? state.scenario.title) : state.scenario.title;
  const basic: Cell[][] = [
    [T.basic.name, nameOf],
    [R.basic.type, `${R.drillType[facts.drillType]}${T.paren(R.notice[facts.notice])}`],
    [T.basic.scenario, R.scenarioLine(scenarioTitle, shortVersion(version), approval ? { approver: approval.data.approver, same: approval.data.scenarioHash === version, approvedVersion: shortVersion(approval.data.scenarioHash) } : null)],
    [R.basic.planned, plannedLine],
    [R.basic.actual, actualLine],
    [T.basic.duration, durationLine],
    [T.basic.place, dash(facts.place)],
    [T.basic.organiser, dash(facts.organiser)],
    [R.basic.branch, dash(facts.branch)],
    [R.basic.commander, dash(facts.commander)],
    [T.basic.facilitator, dash(facts.facilitator)],
    [R.basic.evaluators, dash(facts.evaluators)],
    [T.basic.scribe, dash(facts.scribe)],
    [T.basic.reviewer, dash(facts.reviewer)],
    [T.basic.participants, R.participantsSeeAppendix(participantCount)],
    [T.basic.drillId, state.drillId],
  ];

  const objectives = state.scenario.objectives.map((o, i) => `${i + 1}. ${en ? (o.textEn ?? o.text) : o.text}`);
  const summary = en ? (state.scenario.summaryEn ?? state.scenario.summary) : state.scenario.summary;
  const scenario = summary.split(/\n+/).filter((s) => s.trim());

  // 情景与注入: released injects in release order, then those never released (in pack order).
  const releasedOrder = state.released.map((r) => r.injectId);
  const packInjects = state.scenario.injects;
  const injectOrder = [...releasedOrder.map((id) => packInjects.find((j) => j.id === id)!).filter(Boolean), ...packInjects.filter((j) => !releasedOrder.includes(j.id))];
  const channelName = (c: string) => (isKnownChannel(c) ? (en ? CHANNEL_LABELS[c].en : CHANNEL_LABELS[c].zh) : c);
  const injectNo = new Map(injectOrder.map((j, i) => [j.id, i + 1]));
  const injects: Cell[][] = injectOrder.map((j, i) => {
    const r = state.released.find((x) => x.injectId === j.id);
    const whenCell = r ? `${time(r.at)}\n${clock(r.clockMs)}\n#${r.seq}` : R.notReleased;
    const from = `${channelName(j.channel)}${T.colon}${j.sender} → ${j.targetRoles.map(roleName).join(en ? ', ' : '、')}`;
    const heading = (j.title ?? '') + (j.contingency ? R.contingency : '');
    const content: Run[] = [...(heading.trim() ? [{ text: heading.trim(), bold: true }, { text: '\n' }] : []), { text: `${from}\n` }, { text: j.content }];
    return [String(i + 1), whenCell, content];
  });

  const runs = state.phaseRuns;
  const phaseTable: Cell[][] = state.scenario.phases.map((p) => {
    const run = runs.find((r) => r.phaseId === p.id);
    const target = p.targetMin * MINUTE;
    if (!run) return [phaseName(p.id), T.minutes(p.targetMin), '—', T.status.notRun];
    const actual = (run.endClockMs ?? state.clock.clockMs) - run.startClockMs;
    const verdict = run.endClockMs === null ? T.status.current : actual <= target ? T.status.within : T.status.over;
    return [phaseName(p.id), T.minutes(p.targetMin), dur(actual), verdict];
  });

  const starred = new Set(state.starred);
  const shown = starred.size > 0 ? happened.filter((x) => starred.has(x.entry.seq)) : happened.filter((x) => TIMELINE_KINDS.has(x.entry.kind));
  const timeline: PhaseGroup[] = [];
  for (const x of shown) {
    const e = x.entry;
    const phaseId = phaseOf(x);
    let g = timeline[timeline.length - 1];
    const key = phaseName(phaseId);
    if (!g || g.title !== key) {
      const run = runs.find((r) => r.phaseId === phaseId);
      const p = state.scenario.phases.find((q) => q.id === phaseId);
      let line: string | null = null;
      if (run && p) {
        const actual = (run.endClockMs ?? state.clock.clockMs) - run.startClockMs;
        const verdict = run.endClockMs === null ? T.status.current : actual <= p.targetMin * MINUTE ? T.status.within : T.status.over;
        line = T.phaseLine(T.minutes(p.targetMin), dur(actual), verdict);
      }
      g = { title: key, line, rows: [] };
      timeline.push(g);
    }
    // Wall time and drill clock in one cell (a no-break space between): few cells per row keep LibreOffice fast.
    g.rows.push([`${x.lateMs > 0 ? T.backdated : time(e.at)}\u00A0${clock(x.occurredMs)}`, `#${e.seq}`, roleName(e.roleId), withCorrections(x)]);
  }
  const processNote = starred.size > 0 ? T.starredNote(shown.length, entries.length) : T.allNote(shown.length);

  // 目标实现: only the latest score of each target counts (superseded ones are in the appendix only).
  const rev = found.review;
  const objectiveScores: Cell[][] = state.scenario.objectives.map((o) => {
    const s = rev.latest.get(`objective:${o.id}`);
    return [en ? (o.textEn ?? o.text) : o.text, s ? T.ratings[s.rating] : R.notRated, s ? reviewText(s) : '—'];
  });

  // 关键任务评估: every expected action, grouped by the phase of its inject (pack order of phases).
  const evaluations = found.actions;
  const outcomeText = (a: ActionEvaluation) => (a.outcome === 'late' ? R.outcome.late(dur(a.lateByMs)) : R.outcome[a.outcome]);
  const actions: PhaseGroup[] = [];
  const phaseIds = [...state.scenario.phases.map((p) => p.id as string | null), null];
  for (const pid of phaseIds) {
    const list = evaluations.filter((a) => a.phaseId === pid);
    if (!list.length) continue;
    actions.push({
      title: pid === null ? R.noPhase : phaseName(pid),
      line: null,
      rows: list.map((a): Cell[] => {
        const result: Run[] = [{ text: outcomeText(a), ...(a.outcome === 'late' || a.outcome === 'missed' ? { bold: true } : {}) }];
        if (a.bySeq !== null) result.push({ text: `\n#${a.bySeq} ${roleName(a.byRoleId)}` });
        return [
          `${R.injectRef(injectNo.get(a.injectId) ?? 0)}${a.text}`,
          roleName(a.roleId),
          `${a.deadlineMs === null ? '—' : clock(a.deadlineMs)}\n${a.doneMs === null ? '—' : clock(a.doneMs)}`,
          result,
        ];
      }),
    });
  }

  const inds = found.indicators;
  const indicatorRows: Cell[][] = inds.map((i) => [
    en ? (i.labelEn ?? i.label) : i.label,
    `${T.cite(T.milestones[i.from], i.fromSeq, i.fromClockMs === null ? null : clock(i.fromClockMs))} → ${T.cite(T.milestones[i.to], i.toSeq, i.toClockMs === null ? null : clock(i.toClockMs))}`,
    T.minutes(i.targetMs / MINUTE),
    i.actualMs !== null ? dur(i.actualMs) : i.runningMs !== null ? dur(i.runningMs) + T.paren(T.status.notReached) : '—',
    T.status[i.status],
  ]);

  const S = severityText(state.language);
  const pack = state.scenario;
  let severity: MinutesContent['severity'] = null;
  if (pack.severity || pack.reportingClocks?.length) {
    const g = gradeRecord(state, entries);
    const gradeEntry = g.seq !== null ? journal.bySeq.get(g.seq)?.entry : undefined;
    const basis = pack.severity ? ((en ? pack.severity.basisEn : pack.severity.basis) ?? pack.severity.basis ?? null) : null;
    const lines = [
      pack.severity ? S.expected(S.grade[pack.severity.grade as SeverityGrade], basis) : S.noExpectation,
      g.recorded && gradeEntry ? S.recorded(S.grade[g.recorded], when(gradeEntry).replace('\n', ' '), roleName(gradeEntry.roleId), g.times) : S.notRecorded,
      S.verdict[g.verdict],
    ];
    const clocks: Cell[][] = found.clocks.map((c) => [
      en ? (c.labelEn ?? c.label) : c.label,
      S.form[c.form],
      c.recipient ?? '—',
      `${T.milestones[c.from]} + ${T.minutes(c.withinMs / MINUTE)}`,
      c.actualMs !== null ? dur(c.actualMs) : c.runningMs !== null ? dur(c.runningMs) + T.paren(T.status.notReached) : '—',
      S.status[c.status] + (c.status === 'late' && c.actualMs !== null ? T.paren(`+${dur(c.actualMs - c.withinMs)}`) : ''),
    ]);
    severity = { text: S, lines, clocks };
  }

  // 参演人员表现: per role, who, tasks ticked, expected actions, the latest score and its remark.
  const performance: Cell[][] = state.scenario.roles.map((r) => {
    const done = Object.keys(own(state.tasksDone, r.id) ?? {}).filter((t) => r.tasks.some((x) => x.id === t)).length;
    const mine = evaluations.filter((a) => a.roleId === r.id && a.outcome !== 'not_released');
    const count = (o: ActionEvaluation['outcome']) => mine.filter((a) => a.outcome === o).length;
    const s = rev.latest.get(`role:${r.id}`);
    return [
      roleName(r.id),
      dash(own(facts.participants, r.id)),
      r.tasks.length ? `${done}/${r.tasks.length}` : '—',
      R.perfActions({ on_time: count('on_time'), late: count('late'), missed: count('missed'), total: mine.length }),
      s ? T.ratings[s.rating] : R.notRated,
      s ? reviewText(s) : '—',
    ];
  });

  // 暴露问题: derived from the record, then what the evaluators recorded as problems.
  const phaseOfAction = (a: ActionEvaluation) => (a.phaseId === null ? R.noPhase : phaseName(a.phaseId));
  const targetName = (target: 'objective' | 'role', id: string) => {
    if (target === 'role') return `${T.target.role}${T.colon}${roleName(id)}`;
    const o = state.scenario.objectives.find((x) => x.id === id);
    return `${T.target.objective}${T.colon}${o ? (en ? (o.textEn ?? o.text) : o.text) : id}`;
  };
  const derivedProblems = [
    ...found.missed.map((a) => R.problem.missed(phaseOfAction(a), a.text, roleName(a.roleId), a.deadlineMs === null ? '—' : clock(a.deadlineMs))),
    ...found.late.map((a) => R.problem.late(phaseOfAction(a), a.text, roleName(a.roleId), dur(a.lateByMs), a.bySeq!)),
    ...found.missedIndicators.map((i) =>
      R.problem.indicator(en ? (i.labelEn ?? i.label) : i.label, T.minutes(i.targetMs / MINUTE), i.actualMs !== null ? dur(i.actualMs) : i.runningMs !== null ? dur(i.runningMs) + T.paren(T.status.notReached) : '—'),
    ),
    ...found.lateClocks.map((c) => R.problem.clock(en ? (c.labelEn ?? c.label) : c.label, S.status[c.status])),
    ...found.poorScores.map((s) => R.problem.rating(targetName(s.target, s.targetId), s.rating, reviewText(s), s.seq)),
  ];
  const recordedProblems = rev.lessons.filter((l) => l.category === 'problem').map((l) => R.problem.lesson(reviewText(l)));
  const problemList = [...derivedProblems, ...recordedProblems];
  const problems = problemList.length ? [R.problem.intro, ...problemList.map((p, i) => `${i + 1}. ${p}`)] : [R.problem.none];

  const lessons = rev.lessons
    .filter((l) => l.category !== 'problem')
    .map((l, i) => `${i + 1}. ${T.describe.lesson(T.lessonCategory[l.category], reviewText(l))}`);

  const today = formatWallDate(opts.exportedAt, tz);
  const improvements: Cell[][] = rev.improvements.map((m, i) => [
    String(i + 1),
    reviewText(m),
    m.department ? `${m.owner}\n${T.paren(m.department).trim()}` : m.owner,
    `${m.start ?? '—'}\n${m.due}`,
    R.status[m.status] + (isOverdue(m, today) ? R.overdue.trim() : ''),
    dash(m.acceptance),
    dash(m.capability),
  ]);

  const evidence: Cell[][] = live(['evidence']).map((x) => [x, x.entry as Entry<'evidence'>] as const).map(([x, e]) => [
    time(e.at),
    roleName(e.roleId),
    withCorrections(x),
    e.data.source ?? '—',
    e.data.attachments?.length ? e.data.attachments.map((a) => `${a.name}\n${a.sha256}`).join('\n') : '—',
  ]);

  // 演练结论: the evaluators' verdict, the summary derived from the record beside it, and a note when they disagree.
  const sum = found.summary;
  const parts = [
    ...(found.missed.length ? [R.parts.missed(found.missed.length)] : []),
    ...(found.late.length ? [R.parts.late(found.late.length)] : []),
    ...(found.missedIndicators.length ? [R.parts.indicators(found.missedIndicators.map((i) => (en ? (i.labelEn ?? i.label) : i.label)))] : []),
    ...(found.lateClocks.length ? [R.parts.clocks(found.lateClocks.length)] : []),
    ...(found.poorScores.length ? [R.parts.ratings(found.poorScores.length)] : []),
  ];
  const findingLines = [...(sum.total ? [R.actionsLine(sum)] : []), found.allMet ? R.allMet : R.notAllMet(parts)];
  const phasesDone = runs.filter((r) => r.endClockMs !== null).length;
  const conclusion = T.conclusion({
    date,
    start: state.startedAt !== null ? time(state.startedAt) : null,
    end: state.finishedAt !== null ? time(state.finishedAt) : null,
    duration: state.startedAt !== null && state.finishedAt !== null ? dur(state.finishedAt - state.startedAt) : null,
    pauses: state.pauses,
    phasesDone,
    phases: state.scenario.phases.length,
    released: state.released.length,
    injects: state.scenario.injects.length,
    met: inds.filter((i) => i.status === 'met').length,
    indicators: inds.length,
    findings: findingLines,
    entries: recordCount(entries),
    measures: improvements.length,
    draft: opts.draft,
  });
  const v = rev.verdict;
  const verdict = v ? [R.verdict(T.ratings[v.rating], reviewText(v))] : [R.noVerdict];
  const mismatch = v && verdictClaimsAllMet(v.rating, v.text) && !found.allMet ? R.mismatch(problemList.length - recordedProblems.length) : null;

  const signatories: Signatory[] = [
    { role: R.signatories.commander, name: facts.commander },
    { role: R.signatories.facilitator, name: facts.facilitator },
    { role: R.signatories.evaluators, name: facts.evaluators },
    { role: R.signatories.scribe, name: facts.scribe },
    { role: R.signatories.reviewer, name: facts.reviewer },
  ];

  // 签到表: the people named in the facts by role, each sign-in entry beside its name (or as a row of its own), blank lines.
  const signIns = live(['attendance']).map((x) => x.entry as Entry<'attendance'>);
  const used = new Set<number>();
  const names = (s: string) => s.split(/[、，,；;/\n]+/).map((n) => n.trim()).filter(Boolean);
  const signInRow = (role: string, roleId: string | null, name: string): Cell[] => {
    const hit = signIns.find((a) => !used.has(a.seq) && a.data.name === name && (a.roleId === roleId || roleId === null));
    if (hit) used.add(hit.seq);
    return [role, name, dash(hit?.data.department), hit ? `${time(hit.at)}${hit.data.late ? R.lateMark : ''}` : '', ''];
  };
  const signIn: Cell[][] = [];
  const staff: [string, string][] = [
    [R.signatories.commander, facts.commander],
    [R.signatories.facilitator, facts.facilitator],
    ...names(facts.evaluators).map((n): [string, string] => [R.signatories.evaluators, n]),
    [R.signatories.scribe, facts.scribe],
    [R.signatories.reviewer, facts.reviewer],
  ];
  for (const [role, name] of staff) if (name.trim()) signIn.push(signInRow(role, null, name.trim()));
  for (const r of state.scenario.roles) for (const n of names(own(facts.participants, r.id) ?? '')) signIn.push(signInRow(roleName(r.id), r.id, n));
  for (const a of signIns)
    if (!used.has(a.seq)) signIn.push([a.roleId ? roleName(a.roleId) : R.staff, a.data.name, dash(a.data.department), `${time(a.at)}${a.data.late ? R.lateMark : ''}`, '']);
  for (let i = 0; i < WALK_IN_LINES; i++) signIn.push(['', '', '', '', '']);

  // The appendix: every entry, one compact row, its words clipped, with the first 8 hex of its hash.
  const supersededBy = new Map<number, number>();
  const lastOf = new Map<string, number>();
  for (const sc of rev.scores) {
    const key = `${sc.target}:${sc.targetId}`;
    const before = lastOf.get(key);
    if (before !== undefined) supersededBy.set(before, sc.seq);
    lastOf.set(key, sc.seq);
  }
  const appendix: Cell[][] = journal.all.map((x) => {
    const e = x.entry;
    const marks = [
      ...(x.voidedBy ? [R.voidedMark] : x.corrections.some((c) => !c.data.void) ? [R.correctedMark] : []),
      ...(supersededBy.has(e.seq) ? [R.supersededBy(supersededBy.get(e.seq)!)] : []),
      ...(x.lateMs > 0 ? [T.happened(clock(x.occurredMs))] : []),
    ].join('');
    // Few cells per row: LibreOffice lays a table out cell by cell, and this one has a row per entry.
    const who = e.roleId ? `${T.kinds[e.kind] ?? e.kind}·${roleName(e.roleId)}` : (T.kinds[e.kind] ?? e.kind);
    return [String(e.seq), `${time(e.at)}\u00A0${clock(e.clockMs)}`, who, marks + clipText(describe(e).replace(/\s*\n\s*/g, ' '), APPENDIX_TEXT, '…'), e.hash.slice(0, 8)];
  });
  const correctedCount = journal.all.filter((x) => !x.voidedBy && x.corrections.some((c) => !c.data.void)).length;

  const witness: Cell[][] = witnessMarks(entries).map((m) => [
    `#${m.seq}`,
    m.kind === 'finish' ? T.kinds['clock.finish'] ?? 'finish' : phaseName(m.phaseId),
    clock(m.clockMs),
    m.code,
  ]);

  const exported = `${formatWallDate(opts.exportedAt, tz)} ${formatWallTime(opts.exportedAt, tz)}`;
  return {
    text: T,
    language: state.language,
    draft: opts.draft,
    title,
    header: title,
    intro: T.intro({ name: nameOf, date }),
    exportedLine: T.exportedAt(exported),
    basic,
    objectives,
    scenario,
    injectIntro: R.injectIntro(state.released.length, packInjects.length),
    injects,
    phaseTable,
    processNote,
    timeline,
    objectiveScores,
    actionIntro: R.actionIntro(sum),
    actions,
    evaluations,
    indicators: indicatorRows,
    severity,
    performance,
    problems,
    lessons,
    improvements,
    evidence,
    verdict,
    conclusion,
    mismatch,
    allMet: found.allMet,
    signatories,
    signIn,
    appendixIntro: R.appendixIntro({ count: entries.length, drillId: state.drillId, voided: journal.voided.size, corrected: correctedCount, superseded: supersededBy.size, body: shown.length }),
    appendix,
    finalHash: state.lastHash,
    entryCount: recordCount(entries),
    drillId: state.drillId,
    anchors: { witness, filing: filingCodeOf(entries) },
  };
}

interface Names {
  phaseName: (id: string | null) => string;
  injectTitle: (id: string) => string;
  roleName: (id: string | null) => string;
  state: DrillState;
}

/** A readable line for any entry; a person's own words are kept as written. */
export function describeEntry(e: AnyEntry, T: MinutesText, n: Names): string {
  const d = T.describe;
  switch (e.kind) {
    case 'drill.setup':
      return d.setup;
    case 'drill.facts':
      return d.facts;
    case 'clock.start':
      return d.start;
    case 'clock.pause':
      return d.pause;
    case 'clock.resume':
      return d.resume;
    case 'clock.finish':
      return d.finish;
    case 'phase.advance':
      return d.advance(n.phaseName(e.data.to));
    case 'recovery':
      return d.recovery(T.duration(e.data.downMs));
    case 'clock.jump': {
      const wall = (ms: number) => `${formatWallDate(ms, n.state.tzOffsetMin)} ${formatWallTime(ms, n.state.tzOffsetMin)}`;
      return d.jump(T.duration(Math.abs(e.data.jumpMs)), e.data.jumpMs > 0, wall(e.data.wallBefore), wall(e.data.wallAfter));
    }
    case 'clock.gap':
      return d.gap(e.data.counts === 'running' ? T.duration(e.data.countedMs) : null);
    case 'inject.released':
      return d.released(e.text || n.injectTitle(e.data.injectId), e.data.manual, e.data.late ? T.duration(e.data.lateMs) : null);
    case 'inject.acknowledged':
      return d.acknowledged(n.injectTitle(e.data.injectId));
    case 'task.done':
      return d.taskDone(e.text);
    case 'score': {
      const list = e.data.target === 'role' ? n.state.scenario.roles : n.state.scenario.objectives;
      const t = list.find((x) => x.id === e.data.targetId);
      const name = !t ? e.data.targetId : 'name' in t ? t.name : t.text;
      return d.score(name, e.data.rating, e.text);
    }
    case 'lesson':
      return d.lesson(T.lessonCategory[e.data.category], e.text);
    case 'improvement':
      return d.improvement(e.text, e.data.owner, e.data.due);
    case 'correction':
      return d.correction(e.data.corrects, e.text, e.data.void);
    case 'star':
      return d.star(e.data.target, e.data.starred);
    case 'spotlight':
      return d.spotlight(e.data.injectId === null ? null : n.injectTitle(e.data.injectId));
    case 'decision': {
      const S = severityText(n.state.language);
      return e.data.severity ? `${S.gradeTag(S.grade[e.data.severity as SeverityGrade])}${e.text}` : e.text;
    }
    case 'communication': {
      const S = severityText(n.state.language);
      const form = e.data.reportForm ? S.formTag(S.form[e.data.reportForm]) : '';
      const statement = e.data.channel ? T.paren(channelLabel(e.data.channel, n.state.language)).trim() : '';
      return e.data.audience ? `${T.paren(T.audience[e.data.audience]).trim()}${statement}${form}${e.text}` : `${form}${e.text}`;
    }
    case 'verdict':
      return d.verdict(e.data.rating, e.text);
    case 'plan.approved':
      return d.approved(e.data.approver, shortVersion(e.data.scenarioHash));
    case 'attendance':
      return d.attendance(e.data.name, e.data.department, e.data.late);
    case 'role.handover':
      return d.handover(e.data.from, e.data.to);
    case 'improvement.followup':
      return d.followup(e.data.improvement, e.data.move, e.data.by, e.text);
    case 'drill.archived':
      return d.archived(e.data.archived);
    // 导演组: where and as whom it posted, and to whom a live inject went.
    case 'feed.post':
      return `${T.paren(`${channelLabel(e.data.channel, n.state.language)} @${e.data.author}`).trim()}${e.text}`;
    case 'inject.adhoc':
      return `${T.paren(joinList(e.data.targetRoles.map((r) => n.roleName(r)), n.state.language)).trim()}${e.data.title ? `${e.data.title}: ` : ''}${e.text}`;
    default:
      return e.text;
  }
}

/** Wall time spent paused (an open pause counts until export). */
function pausedWallMs(entries: readonly AnyEntry[], until: number): number {
  let total = 0;
  let since: number | null = null;
  for (const e of entries) {
    if (e.kind === 'clock.pause') since = e.at;
    else if ((e.kind === 'clock.resume' || e.kind === 'clock.finish') && since !== null) {
      total += e.at - since;
      since = null;
    }
  }
  return since !== null ? total + (until - since) : total;
}
