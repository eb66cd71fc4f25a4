// What the review has recorded, folded from the effective journal: scores (latest counts), lessons, improvement
// measures with their status after follow-ups, and the evaluators' verdict. Both the review screen and the papers read it.
import { effectiveJournal, type EffectiveEntry } from './effective';
import type { AnyEntry, Attachment, Entry, ImprovementMove, Rating } from './entry';
import { LESSON_CATEGORIES } from './entry';

export type LessonCategory = (typeof LESSON_CATEGORIES)[number];

interface Recorded {
  seq: number;
  at: number;
  clockMs: number;
  roleId: string | null;
  /** The text that counts: the latest live correction's, else the original. */
  text: string;
  corrected: boolean;
}

export interface RecordedScore extends Recorded {
  target: 'objective' | 'role';
  targetId: string;
  rating: Rating;
  /** A later live score for the same target replaced this one (it goes to the journal appendix only). */
  superseded: boolean;
}
export interface RecordedLesson extends Recorded {
  category: LessonCategory;
}

/** 待整改 open, 整改中 in_progress, 已完成 done, 已验收 accepted; 逾期 is `overdue` on top of open/in_progress. */
export const IMPROVEMENT_STATUSES = ['open', 'in_progress', 'done', 'accepted'] as const;
export type ImprovementStatus = (typeof IMPROVEMENT_STATUSES)[number];

export interface ImprovementFollowUp {
  seq: number;
  at: number;
  move: ImprovementMove;
  by: string;
  text: string;
  attachments: Attachment[];
}
export interface RecordedImprovement extends Recorded {
  /** The person who owns the measure, and their department. */
  owner: string;
  department: string | undefined;
  due: string;
  start: string | undefined;
  capability: string | undefined;
  acceptance: string | undefined;
  status: ImprovementStatus;
  followUps: ImprovementFollowUp[];
}
export interface RecordedVerdict extends Recorded {
  rating: Rating;
}

export interface ReviewRecord {
  /** Every live score, superseded ones marked. */
  scores: RecordedScore[];
  /** `${target}:${targetId}` -> the latest live score for it (the one that counts). */
  latest: Map<string, RecordedScore>;
  lessons: RecordedLesson[];
  improvements: RecordedImprovement[];
  /** The latest live verdict, or null when the evaluators have not written one. */
  verdict: RecordedVerdict | null;
}

export const scoreKey = (target: string, targetId: string) => `${target}:${targetId}`;

/** The status a move leads to, or null when the move is not allowed from `status` (admission refuses it). */
export function afterMove(status: ImprovementStatus, move: ImprovementMove): ImprovementStatus | null {
  switch (move) {
    case 'in_progress':
      return status === 'open' ? 'in_progress' : null;
    case 'done':
      return status === 'open' || status === 'in_progress' ? 'done' : null;
    case 'accepted':
      return status === 'done' ? 'accepted' : null;
    case 'reopened':
      return status === 'done' || status === 'accepted' ? 'in_progress' : null;
  }
}

/** Past its due date (YYYY-MM-DD, compared with today's local date) and not yet done: 逾期. */
export function isOverdue(m: Pick<RecordedImprovement, 'status' | 'due'>, todayYmd: string): boolean {
  return (m.status === 'open' || m.status === 'in_progress') && m.due < todayYmd;
}

export function reviewRecord(entries: readonly AnyEntry[]): ReviewRecord {
  const base = ({ entry: e, text, corrections }: EffectiveEntry): Recorded => ({
    seq: e.seq,
    at: e.at,
    clockMs: e.clockMs,
    roleId: e.roleId,
    text,
    corrected: corrections.some((c) => !c.data.void),
  });
  const out: ReviewRecord = { scores: [], latest: new Map(), lessons: [], improvements: [], verdict: null };
  const bySeq = new Map<number, RecordedImprovement>();
  for (const x of effectiveJournal(entries).live) {
    const e = x.entry;
    if (e.kind === 'score') {
      const d = (e as Entry<'score'>).data;
      const s: RecordedScore = { ...base(x), target: d.target, targetId: d.targetId, rating: d.rating, superseded: false };
      const before = out.latest.get(scoreKey(d.target, d.targetId));
      if (before) before.superseded = true;
      out.scores.push(s);
      out.latest.set(scoreKey(d.target, d.targetId), s);
    } else if (e.kind === 'lesson') {
      out.lessons.push({ ...base(x), category: (e as Entry<'lesson'>).data.category });
    } else if (e.kind === 'improvement') {
      const d = (e as Entry<'improvement'>).data;
      const m: RecordedImprovement = {
        ...base(x),
        owner: d.owner,
        department: d.department,
        due: d.due,
        start: d.start,
        capability: d.capability,
        acceptance: d.acceptance,
        status: 'open',
        followUps: [],
      };
      out.improvements.push(m);
      bySeq.set(e.seq, m);
    } else if (e.kind === 'improvement.followup') {
      const d = (e as Entry<'improvement.followup'>).data;
      const m = bySeq.get(d.improvement);
      const next = m ? afterMove(m.status, d.move) : null;
      if (!m || !next) continue; // admission refuses these; an imported journal that holds one does not move the measure
      m.status = next;
      m.followUps.push({ seq: e.seq, at: e.at, move: d.move, by: d.by, text: x.text, attachments: d.attachments ?? [] });
    } else if (e.kind === 'verdict') {
      out.verdict = { ...base(x), rating: (e as Entry<'verdict'>).data.rating };
    }
  }
  return out;
}
