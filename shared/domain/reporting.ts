// The team's severity grade against the pack's, and the pack's reporting clocks (phone / written report to the
// regulator) evaluated like timing indicators: met, late, missed, running or pending, from the journal.
import type { AnyEntry, Entry } from './entry';
import type { DrillState } from './fold';
import type { Milestone } from './milestones';
import { MINUTE } from './clock';
import { compareGrade, type GradeVerdict, type ReportForm, type SeverityGrade } from './severity';

export interface GradeRecord {
  /** The grade the pack expects, if it names one. */
  expected: SeverityGrade | null;
  /** The team's grade: its latest live decision that carries one (a re-grade replaces the first). */
  recorded: SeverityGrade | null;
  seq: number | null;
  clockMs: number | null;
  /** How many times the team graded the event (re-grades included). */
  times: number;
  verdict: GradeVerdict;
}

export function gradeRecord(state: DrillState, entries: readonly AnyEntry[]): GradeRecord {
  const voided = new Set(state.voided);
  const graded = entries.filter(
    (e): e is Entry<'decision'> => e.kind === 'decision' && !voided.has(e.seq) && (e as Entry<'decision'>).data.severity !== undefined,
  );
  const last = graded[graded.length - 1];
  const expected = (state.scenario.severity?.grade as SeverityGrade | undefined) ?? null;
  const recorded = (last?.data.severity as SeverityGrade | undefined) ?? null;
  return { expected, recorded, seq: last?.seq ?? null, clockMs: last?.clockMs ?? null, times: graded.length, verdict: compareGrade(expected, recorded) };
}

/** A live communication to the regulator: audience regulator, or marking the regulator-report milestone. */
export interface RegulatorReport {
  seq: number;
  clockMs: number;
  form: ReportForm | null;
  milestone: boolean;
}

export function regulatorReports(state: DrillState, entries: readonly AnyEntry[]): RegulatorReport[] {
  const voided = new Set(state.voided);
  const out: RegulatorReport[] = [];
  for (const e of entries) {
    if (e.kind !== 'communication' || voided.has(e.seq)) continue;
    const d = (e as Entry<'communication'>).data;
    const milestone = d.milestone === 'regulator_report';
    if (d.audience !== 'regulator' && !milestone) continue;
    out.push({ seq: e.seq, clockMs: e.clockMs, form: d.reportForm ?? null, milestone });
  }
  return out;
}

/**
 * Which reports answer a clock. A phone clock asks that the regulator hear first: any report does. A written clock
 * asks for the written report: one marked written, or, when the form was not said, the one that marks the
 * regulator-report milestone (the seed packs' formal report).
 */
export function answers(form: ReportForm, r: RegulatorReport): boolean {
  if (form === 'phone') return true;
  return r.form === 'written' || (r.form === null && r.milestone);
}

export type ReportingStatus = 'met' | 'late' | 'missed' | 'running' | 'pending';

export interface ReportingClockResult {
  id: string;
  label: string;
  labelEn: string | undefined;
  form: ReportForm;
  from: Milestone;
  recipient: string | undefined;
  withinMs: number;
  /** From the `from` milestone to the answering report, when both happened. */
  actualMs: number | null;
  /** Time since `from` while no report answers the clock. */
  runningMs: number | null;
  seq: number | null;
  status: ReportingStatus;
}

/**
 * met: reported within the clock; late: reported after it; missed: not reported and the clock ran out (or the
 * drill ended); running: not yet reported, still within; pending: the milestone it counts from is not reached.
 */
export function reportingClocks(state: DrillState, entries: readonly AnyEntry[], clockMs: number): ReportingClockResult[] {
  const reports = regulatorReports(state, entries);
  const now = clockMs;
  return (state.scenario.reportingClocks ?? []).map((c) => {
    const from = state.milestones[c.from as Milestone];
    const withinMs = c.withinMin * MINUTE;
    const base = { id: c.id, label: c.label, labelEn: c.labelEn, form: c.form, from: c.from as Milestone, recipient: c.recipient, withinMs };
    if (from === undefined) return { ...base, actualMs: null, runningMs: null, seq: null, status: 'pending' as const };
    const hit = reports.find((r) => answers(c.form, r));
    if (hit) {
      const actualMs = Math.max(0, hit.clockMs - from);
      return { ...base, actualMs, runningMs: null, seq: hit.seq, status: actualMs <= withinMs ? ('met' as const) : ('late' as const) };
    }
    const runningMs = Math.max(0, now - from);
    const over = runningMs > withinMs || state.status === 'finished';
    return { ...base, actualMs: null, runningMs, seq: null, status: over ? ('missed' as const) : ('running' as const) };
  });
}
