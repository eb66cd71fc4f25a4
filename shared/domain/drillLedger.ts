// 演练台账: one row per drill (date, branch, scenario, type, indicators met, ratings, actions on time, improvements,
// anchors), a year filter, and per year / per branch the share of indicators met and the average time per indicator.
import { filingCodeOf, witnessMarks } from './anchors';
import type { Sha256 } from './chain';
import { formatWallDate } from './clock';
import { effectiveJournal } from './effective';
import type { AnyEntry, Entry, Rating } from './entry';
import { evaluateActions, summarise } from './evaluation';
import { DrillFactsSchema, type DrillFacts, type DrillType, type DrillNotice } from './facts';
import { fold, type DrillState, type DrillStatus } from './fold';
import { indicators, type IndicatorStatus } from './indicators';
import { isOverdue, reviewRecord, scoreKey } from './review';
import { scenarioVersion } from './scenarioVersion';

export interface LedgerDrill {
  drillId: string;
  entries: readonly AnyEntry[];
  /** fold(entries), when the caller holds it already (main's drill service keeps every drill's state). */
  state?: DrillState;
}

export interface LedgerIndicator {
  id: string;
  label: string;
  labelEn: string | undefined;
  targetMs: number;
  actualMs: number | null;
  status: IndicatorStatus;
}

export interface LedgerRating {
  objectiveId: string;
  text: string;
  textEn: string | undefined;
  /** The latest live score for the objective (a later one replaces an earlier one), or null when not scored. */
  rating: Rating | null;
}

export interface DrillLedgerRow {
  drillId: string;
  name: string;
  /** 机构/网点 from the facts; '' when the drill did not name one. */
  branch: string;
  /** The drill's start (else its creation), ms since epoch, and as the drill's own local date YYYY-MM-DD. */
  at: number;
  dateYmd: string;
  year: number;
  tzOffsetMin: number;
  status: DrillStatus;
  scenarioTitle: string;
  scenarioTitleEn: string | undefined;
  /** The approved scenario's version hash (plan.approved freezes it), else the hash of the pack the drill ran. */
  scenarioVersion: string;
  drillType: DrillType;
  notice: DrillNotice;
  /** People who checked in (distinct names); without check-ins, the names the facts list by role. */
  participants: number;
  indicators: LedgerIndicator[];
  indicatorsMet: number;
  indicatorsTotal: number;
  ratings: LedgerRating[];
  verdict: Rating | null;
  /** Expected actions of released injects: answered by their deadline, and all of them (unreleased contingencies not counted). */
  actionsOnTime: number;
  actionsTotal: number;
  /** Improvement measures: open = 待整改/整改中, closed = 已完成/已验收; overdue is among the open ones. */
  improvementsOpen: number;
  improvementsClosed: number;
  improvementsOverdue: number;
  entryCount: number;
  finalHash: string;
  witnessCodes: string[];
  filingCode: string | null;
}

const NAME_SPLIT = /[、,，;；/\s]+/;

function factsOf(raw: unknown): DrillFacts {
  const parsed = DrillFactsSchema.safeParse(raw);
  return parsed.success ? parsed.data : DrillFactsSchema.parse({ name: String((raw as { name?: unknown })?.name ?? '—') || '—' });
}

function participantsOf(entries: readonly AnyEntry[], facts: DrillFacts): number {
  const checkedIn = new Set<string>();
  for (const x of effectiveJournal(entries).live) if (x.entry.kind === 'attendance') checkedIn.add((x.entry as Entry<'attendance'>).data.name);
  if (checkedIn.size) return checkedIn.size;
  const named = new Set<string>();
  for (const names of Object.values(facts.participants)) for (const n of names.split(NAME_SPLIT)) if (n.trim()) named.add(n.trim());
  return named.size;
}

/** One drill's ledger row, a pure function of its journal (sha256 is injected so shared/ stays free of Node). */
export function drillLedgerRow(d: LedgerDrill, sha256: Sha256, todayYmd: string): DrillLedgerRow {
  const { entries } = d;
  const state = d.state ?? fold(entries);
  const facts = factsOf(state.facts);
  const last = entries[entries.length - 1]!;
  const inds = indicators(state, last.clockMs).map(
    (i): LedgerIndicator => ({ id: i.id, label: i.label, labelEn: i.labelEn, targetMs: i.targetMs, actualMs: i.actualMs, status: i.status }),
  );
  const record = reviewRecord(entries);
  const actions = summarise(evaluateActions(entries));
  const approved = effectiveJournal(entries).live.filter((x) => x.entry.kind === 'plan.approved').pop();
  const at = state.startedAt ?? state.createdAt;
  const dateYmd = formatWallDate(at, state.tzOffsetMin);
  const open = record.improvements.filter((m) => m.status === 'open' || m.status === 'in_progress');
  return {
    drillId: d.drillId,
    name: facts.name,
    branch: facts.branch,
    at,
    dateYmd,
    year: Number(dateYmd.slice(0, 4)),
    tzOffsetMin: state.tzOffsetMin,
    status: state.status,
    scenarioTitle: state.scenario.title,
    scenarioTitleEn: state.scenario.titleEn,
    scenarioVersion: approved ? (approved.entry as Entry<'plan.approved'>).data.scenarioHash : scenarioVersion(state.scenario, sha256),
    drillType: facts.drillType,
    notice: facts.notice,
    participants: participantsOf(entries, facts),
    indicators: inds,
    indicatorsMet: inds.filter((i) => i.status === 'met').length,
    indicatorsTotal: inds.length,
    ratings: state.scenario.objectives.map((o) => ({
      objectiveId: o.id,
      text: o.text,
      textEn: o.textEn,
      rating: record.latest.get(scoreKey('objective', o.id))?.rating ?? null,
    })),
    verdict: record.verdict?.rating ?? null,
    actionsOnTime: actions.on_time,
    actionsTotal: actions.total - actions.not_released,
    improvementsOpen: open.length,
    improvementsClosed: record.improvements.length - open.length,
    improvementsOverdue: open.filter((m) => isOverdue(m, todayYmd)).length,
    entryCount: entries.length,
    finalHash: last.hash,
    witnessCodes: witnessMarks(entries).map((m) => m.code),
    filingCode: filingCodeOf(entries),
  };
}

/** Average actual time of one timing indicator over the drills that reached it. */
export interface IndicatorAverage {
  id: string;
  label: string;
  labelEn: string | undefined;
  /** Drills whose indicator has an actual time (both milestones marked). */
  count: number;
  averageMs: number;
  targetMs: number;
}

/** A group of rows (a year, or a branch): how many drills, the share of indicators met, actions on time, average times. */
export interface LedgerGroup {
  key: string;
  drills: number;
  indicatorsMet: number;
  indicatorsTotal: number;
  /** indicatorsMet / indicatorsTotal, or null when the group has no indicator at all. */
  shareMet: number | null;
  actionsOnTime: number;
  actionsTotal: number;
  improvementsOpen: number;
  averages: IndicatorAverage[];
}

export function groupRows(key: string, rows: readonly DrillLedgerRow[]): LedgerGroup {
  const sum = (f: (r: DrillLedgerRow) => number) => rows.reduce((n, r) => n + f(r), 0);
  const byId = new Map<string, { label: string; labelEn: string | undefined; total: number; count: number; targetMs: number }>();
  for (const r of rows)
    for (const i of r.indicators) {
      if (i.actualMs === null) continue;
      const a = byId.get(i.id) ?? { label: i.label, labelEn: i.labelEn, total: 0, count: 0, targetMs: i.targetMs };
      a.total += i.actualMs;
      a.count += 1;
      byId.set(i.id, a);
    }
  const indicatorsMet = sum((r) => r.indicatorsMet);
  const indicatorsTotal = sum((r) => r.indicatorsTotal);
  return {
    key,
    drills: rows.length,
    indicatorsMet,
    indicatorsTotal,
    shareMet: indicatorsTotal ? indicatorsMet / indicatorsTotal : null,
    actionsOnTime: sum((r) => r.actionsOnTime),
    actionsTotal: sum((r) => r.actionsTotal),
    improvementsOpen: sum((r) => r.improvementsOpen),
    averages: [...byId].map(([id, a]) => ({ id, label: a.label, labelEn: a.labelEn, count: a.count, averageMs: a.total / a.count, targetMs: a.targetMs })),
  };
}

function groupBy(rows: readonly DrillLedgerRow[], keyOf: (r: DrillLedgerRow) => string): LedgerGroup[] {
  const groups = new Map<string, DrillLedgerRow[]>();
  for (const r of rows) groups.set(keyOf(r), [...(groups.get(keyOf(r)) ?? []), r]);
  return [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([k, rs]) => groupRows(k, rs));
}

export interface DrillLedger {
  /** The rows of the chosen year (all years when none), newest first. */
  rows: DrillLedgerRow[];
  /** Every year that has a drill, newest first (what the year filter offers). */
  years: number[];
  /** Per year, over all rows (the trend is shown whatever year is picked). */
  byYear: LedgerGroup[];
  /** Per branch, over the rows of the chosen year: the head office comparison ('' is a drill that names no branch). */
  byBranch: LedgerGroup[];
}

export function drillLedger(drills: readonly LedgerDrill[], opts: { sha256: Sha256; todayYmd: string; year?: number | null }): DrillLedger {
  const all = drills.map((d) => drillLedgerRow(d, opts.sha256, opts.todayYmd)).sort((a, b) => b.at - a.at || a.drillId.localeCompare(b.drillId));
  const rows = opts.year == null ? all : all.filter((r) => r.year === opts.year);
  return {
    rows,
    years: [...new Set(all.map((r) => r.year))].sort((a, b) => b - a),
    byYear: groupBy(all, (r) => String(r.year)),
    byBranch: groupBy(rows, (r) => r.branch),
  };
}
