// What the minutes say, as plain data: the journal folded into sections, rows and sentences (no layout here).
import { formatDrillClock, formatWallDate, formatWallTime, MINUTE } from '../../shared/domain/clock';
import { LOG_KINDS, SYSTEM_KINDS, type AnyEntry, type Entry, type EntryKind } from '../../shared/domain/entry';
import { effectiveJournal, type EffectiveEntry } from '../../shared/domain/effective';
import { fold, type DrillState } from '../../shared/domain/fold';
import { answersBeforeInject, byOccurred, lateMinutes } from '../../shared/domain/occurred';
import { indicators } from '../../shared/domain/indicators';
import { filingCodeOf, witnessMarks } from '../../shared/domain/anchors';
import { own } from '../../shared/domain/records';
import { clipText } from '../../shared/domain/text';
import { gradeRecord, reportingClocks } from '../../shared/domain/reporting';
import type { SeverityGrade } from '../../shared/domain/severity';
import { injectOf } from '../../shared/domain/adhoc';
import { channelLabel } from '../../shared/scenario/channels';
import { severityText, type SeverityText } from './severityText';
import { minutesText, type MinutesText } from './catalogue';
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
  phaseTable: Cell[][];
  processNote: string;
  timeline: PhaseGroup[];
  decisions: Cell[][];
  indicators: Cell[][];
  /** The grade compared with the pack's, and the reporting clocks; null when the pack names neither. */
  severity: { text: SeverityText; lines: string[]; clocks: Cell[][] } | null;
  scores: Cell[][];
  problems: string[];
  lessons: string[];
  improvements: Cell[][];
  evidence: Cell[][];
  conclusion: string[];
  signoff: { scribe: string; reviewer: string };
  appendixIntro: string;
  appendix: Cell[][];
  finalHash: string;
  entryCount: number;
  drillId: string;
  /** Witness codes by phase change and finish (#seq, phase, drill time, code), and the filing code once finished. */
  anchors: { witness: Cell[][]; filing: string | null };
}

/** Kinds shown in the process timeline when nothing is starred (reviews have their own sections). */
const TIMELINE_KINDS: ReadonlySet<EntryKind> = new Set([
  ...SYSTEM_KINDS.filter((k) => !k.startsWith('drill.')),
  ...LOG_KINDS,
  'task.done',
]);

export function minutesContent(entries: readonly AnyEntry[], opts: { exportedAt: number; draft: boolean }): MinutesContent {
  const state = fold(entries);
  const T = minutesText(state.language);
  const en = state.language === 'en';
  const tz = state.tzOffsetMin;
  const time = (at: number) => formatWallTime(at, tz);
  /** Wall time over drill clock over #seq, in one cell (the appendix: as recorded). */
  const when = (e: AnyEntry) => `${time(e.at)}\n${formatDrillClock(e.clockMs)}`;
  // Every section reads the one effective journal, in the order things happened (补记 entries where they happened).
  const journal = effectiveJournal(entries);
  const happened = journal.all.slice().sort((a, b) => byOccurred(a.entry, b.entry));
  /** When it happened: a live entry's wall time and drill clock, a backdated one's drill clock; and the #seq the indicators cite. */
  const whenHappened = (x: EffectiveEntry) => `${x.lateMs > 0 ? T.backdated : time(x.entry.at)}\n${formatDrillClock(x.occurredMs)}\n#${x.entry.seq}`;
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
  /** The text that counts after corrections (effective.ts decides it). */
  const latest = (e: AnyEntry): string => journal.bySeq.get(e.seq)?.text ?? e.text;
  // The seal: after the finish entry only review entries are accepted; each says it came after, and when.
  const finishSeq = entries.find((e) => e.kind === 'clock.finish')?.seq ?? Infinity;
  const reviewText = (e: AnyEntry): string => (e.seq > finishSeq ? `${latest(e)}${T.afterFinish(`${formatWallDate(e.at, tz)} ${time(e.at)}`)}` : latest(e));
  /** Live entries of these kinds, in the order they happened. */
  const live = (kinds: EntryKind[]) => happened.filter((x) => x.voidedBy === null && kinds.includes(x.entry.kind));
  /** The original, struck through when corrected or voided, with each correction beside it; then 补记 and 时序存疑 notes. */
  const withCorrections = (x: EffectiveEntry): Run[] => {
    const e = x.entry;
    const runs: Run[] = [{ text: describe(e), ...(x.corrections.length ? { strike: true } : {}) }];
    for (const c of x.corrections) runs.push({ text: '\n' + (c.data.void ? `${T.voided(c.seq, time(c.at))}${c.text}` : T.corrected(c.seq, time(c.at), c.text)) });
    if (x.lateMs > 0) runs.push({ text: '\n' + T.late(lateMinutes(e), time(e.at), formatDrillClock(e.clockMs)) });
    if (answersBeforeInject(state.released, e)) {
      const injectId = (e.data as { injectId?: string }).injectId;
      const r = state.released.find((q) => q.injectId === injectId);
      runs.push({ text: '\n' + T.timingDoubt(r ? formatDrillClock(r.clockMs) : null) });
    }
    return runs;
  };
  /** The phase an entry happened in: the recorded one, or for a backdated entry the phase running at its occurred time. */
  const phaseOf = (x: EffectiveEntry): string | null => {
    if (x.lateMs === 0) return x.entry.phaseId;
    const run = state.phaseRuns.filter((r) => r.startClockMs <= x.occurredMs).pop();
    return run?.phaseId ?? x.entry.phaseId;
  };

  const facts = state.facts;
  const date = T.date(formatWallDate(state.startedAt ?? state.createdAt, tz));
  const dur = T.duration;
  const finishClock = entries.find((e) => e.kind === 'clock.finish')?.clockMs ?? null;
  const pausedMs = pausedWallMs(entries, opts.exportedAt);
  const nameOf = facts.name;
  const title = T.titleSuffix(nameOf) + (opts.draft ? T.draftMark : '');

  const startLine = state.startedAt === null ? T.basic.notStarted : `${time(state.startedAt)} — ${state.finishedAt !== null ? time(state.finishedAt) : T.basic.notFinished}`;
  const durationLine =
    state.startedAt === null
      ? '—'
      : dur((state.finishedAt ?? opts.exportedAt) - state.startedAt) +
        (finishClock !== null ? T.paren(`${T.cols.clock} ${formatDrillClock(finishClock)}`) : '') +
        (state.pauses ? T.basic.pauses(state.pauses, dur(pausedMs)) : '');
  const participants = state.scenario.roles
    .map((r) => ({ role: en ? (r.nameEn ?? r.name) : r.name, who: own(facts.participants, r.id) ?? '' }))
    .filter((p) => p.who)
    .map((p) => `${p.role}${T.colon}${p.who}`)
    .join('\n');
  const dash = (s: string) => (s.trim() ? s : '—');
  const basic: Cell[][] = [
    [T.basic.name, nameOf],
    [T.basic.scenario, en ? (state.scenario.titleEn ?? state.scenario.title) : state.scenario.title],
    [T.basic.date, date],
    [T.basic.time, startLine],
    [T.basic.duration, durationLine],
    [T.basic.place, dash(facts.place)],
    [T.basic.organiser, dash(facts.organiser)],
    [T.basic.facilitator, dash(facts.facilitator)],
    [T.basic.scribe, dash(facts.scribe)],
    [T.basic.reviewer, dash(facts.reviewer)],
    [T.basic.participants, dash(participants)],
    [T.basic.drillId, state.drillId],
  ];

  const objectives = state.scenario.objectives.map((o, i) => `${i + 1}. ${en ? (o.textEn ?? o.text) : o.text}`);
  const summary = en ? (state.scenario.summaryEn ?? state.scenario.summary) : state.scenario.summary;
  const scenario = summary.split(/\n+/).filter((s) => s.trim());

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
    g.rows.push([whenHappened(x), key, roleName(e.roleId), withCorrections(x)]);
  }
  const processNote = starred.size > 0 ? T.starredNote(shown.length, entries.length) : T.allNote(shown.length);

  const decisions: Cell[][] = live(['decision', 'communication']).map((x) => {
    const e = x.entry;
    const aud = e.kind === 'communication' && e.data.audience ? T.paren(T.audience[e.data.audience]) : '';
    return [whenHappened(x), roleName(e.roleId), T.kinds[e.kind] + aud, withCorrections(x)];
  });

  // The journal's own last drill time, so the minutes stay a pure function of the journal.
  const inds = indicators(state, entries[entries.length - 1]?.clockMs ?? 0);
  const indicatorRows: Cell[][] = inds.map((i) => [
    en ? (i.labelEn ?? i.label) : i.label,
    `${T.cite(T.milestones[i.from], i.fromSeq, i.fromClockMs === null ? null : formatDrillClock(i.fromClockMs))} → ${T.cite(T.milestones[i.to], i.toSeq, i.toClockMs === null ? null : formatDrillClock(i.toClockMs))}`,
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
    const clocks: Cell[][] = reportingClocks(state, entries, entries[entries.length - 1]?.clockMs ?? 0).map((c) => [
      en ? (c.labelEn ?? c.label) : c.label,
      S.form[c.form],
      c.recipient ?? '—',
      `${T.milestones[c.from]} + ${T.minutes(c.withinMs / MINUTE)}`,
      c.actualMs !== null ? dur(c.actualMs) : c.runningMs !== null ? dur(c.runningMs) + T.paren(T.status.notReached) : '—',
      S.status[c.status] + (c.status === 'late' && c.actualMs !== null ? T.paren(`+${dur(c.actualMs - c.withinMs)}`) : ''),
    ]);
    severity = { text: S, lines, clocks };
  }

  const scores: Cell[][] = (live(['score']).map((x) => x.entry) as Entry<'score'>[]).map((e) => {
    const list = e.data.target === 'role' ? state.scenario.roles : state.scenario.objectives;
    const t = list.find((x) => x.id === e.data.targetId);
    const name = !t ? e.data.targetId : 'text' in t ? (en ? (t.textEn ?? t.text) : t.text) : en ? (t.nameEn ?? t.name) : t.name;
    return [`${T.target[e.data.target]}${T.colon}${name}`, T.ratings[e.data.rating], reviewText(e)];
  });

  const lessonsOf = (cats: string[], prefix: boolean) =>
    (live(['lesson']).map((x) => x.entry) as Entry<'lesson'>[])
      .filter((e) => cats.includes(e.data.category))
      .map((e, i) => `${i + 1}. ${prefix ? T.describe.lesson(T.lessonCategory[e.data.category], reviewText(e)) : reviewText(e)}`);

  const improvements: Cell[][] = (live(['improvement']).map((x) => x.entry) as Entry<'improvement'>[]).map((e, i) => [
    String(i + 1),
    reviewText(e),
    e.data.owner,
    e.data.start ?? '—',
    e.data.due,
  ]);

  const evidence: Cell[][] = live(['evidence']).map((x) => [x, x.entry as Entry<'evidence'>] as const).map(([x, e]) => [
    time(e.at),
    roleName(e.roleId),
    withCorrections(x),
    e.data.source ?? '—',
    e.data.attachments?.length ? e.data.attachments.map((a) => `${a.name}\n${a.sha256}`).join('\n') : '—',
  ]);

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
    missed: inds.filter((i) => i.status === 'missed').map((i) => (en ? (i.labelEn ?? i.label) : i.label)),
    entries: entries.length,
    measures: improvements.length,
    draft: opts.draft,
  });

  const appendix: Cell[][] = journal.all.map((x) => {
    const e = x.entry;
    return [String(e.seq), when(e), T.kinds[e.kind] ?? e.kind, roleName(e.roleId), describe(e) + (x.lateMs > 0 ? `\n${T.happened(formatDrillClock(x.occurredMs))}` : '')];
  });

  const witness: Cell[][] = witnessMarks(entries).map((m) => [
    `#${m.seq}`,
    m.kind === 'finish' ? T.kinds['clock.finish'] ?? 'finish' : phaseName(m.phaseId),
    formatDrillClock(m.clockMs),
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
    phaseTable,
    processNote,
    timeline,
    decisions,
    indicators: indicatorRows,
    severity,
    scores,
    problems: lessonsOf(['problem', 'to_improve'], false),
    lessons: lessonsOf(['went_well', 'root_cause'], true),
    improvements,
    evidence,
    conclusion,
    signoff: { scribe: facts.scribe, reviewer: facts.reviewer },
    appendixIntro: T.appendixIntro(entries.length, state.drillId),
    appendix,
    finalHash: state.lastHash,
    entryCount: entries.length,
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
    // 导演组: where and as whom it posted, and to whom a live inject went.
    case 'feed.post':
      return `${T.paren(`${channelLabel(e.data.channel, n.state.language)} @${e.data.author}`).trim()}${e.text}`;
    case 'inject.adhoc':
      return `${T.paren(e.data.targetRoles.map((r) => n.roleName(r)).join(n.state.language === 'en' ? ', ' : '、')).trim()}${e.data.title ? `${e.data.title}: ` : ''}${e.text}`;
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
