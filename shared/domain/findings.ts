// What the record says went wrong (暴露问题) and whether everything was met: one rule for the minutes' derived
// conclusion and for the review screen's summary beside the evaluators' verdict.
import { evaluateActions, summarise, type ActionEvaluation, type ActionSummary } from './evaluation';
import type { AnyEntry } from './entry';
import { fold, type DrillState } from './fold';
import { indicators, type Indicator } from './indicators';
import { reportingClocks, type ReportingClockResult } from './reporting';
import { reviewRecord, type RecordedScore, type ReviewRecord } from './review';

export interface Findings {
  state: DrillState;
  actions: ActionEvaluation[];
  summary: ActionSummary;
  indicators: Indicator[];
  clocks: ReportingClockResult[];
  review: ReviewRecord;
  /** Expected actions done after their deadline, and not done at all (after the finish, or past the deadline). */
  late: ActionEvaluation[];
  missed: ActionEvaluation[];
  missedIndicators: Indicator[];
  /** Reporting clocks reported late or not at all. */
  lateClocks: ReportingClockResult[];
  /** The latest scores rated M (major challenges) or U (unable to perform). */
  poorScores: RecordedScore[];
  /** Nothing missed, late or rated M/U: only then may a summary say all was met. */
  allMet: boolean;
}

/** `clockNowMs`: the drill clock now (default: the journal's last drill time, so a record stays a pure function of it). */
export function findings(entries: readonly AnyEntry[], clockNowMs?: number): Findings {
  const state = fold(entries);
  const now = clockNowMs ?? entries[entries.length - 1]?.clockMs ?? 0;
  const actions = evaluateActions(entries, now);
  const inds = indicators(state, now);
  const clocks = reportingClocks(state, entries, now);
  const review = reviewRecord(entries);
  const late = actions.filter((a) => a.outcome === 'late');
  const missed = actions.filter((a) => a.outcome === 'missed');
  const missedIndicators = inds.filter((i) => i.status === 'missed');
  const lateClocks = clocks.filter((c) => c.status === 'late' || c.status === 'missed');
  const poorScores = [...review.latest.values()].filter((s) => s.rating === 'M' || s.rating === 'U').sort((a, b) => a.seq - b.seq);
  const allMet = late.length + missed.length + missedIndicators.length + lateClocks.length + poorScores.length === 0;
  return { state, actions, summary: summarise(actions), indicators: inds, clocks, review, late, missed, missedIndicators, lateClocks, poorScores, allMet };
}

/** A verdict that claims everything was met: rated P, or words to that effect. */
export function verdictClaimsAllMet(rating: string, text: string): boolean {
  return rating === 'P' || /全部(达标|完成|达成)|均(已)?(在目标时限内|按时|达标)|各项.{0,8}(均|全部).{0,6}(完成|达标|达成)|all (targets |objectives )?(were )?met|fully met/i.test(text);
}
