// What the review has recorded so far, folded from the journal: scores, lessons, improvement measures.
// From the effective journal (shared/domain/effective.ts): a voided entry drops out, a corrected one shows its
// latest correction's text.
import { effectiveJournal, type EffectiveEntry } from '../../../shared/domain/effective';
import type { AnyEntry, Entry, Rating } from '../../../shared/domain/entry';
import { LESSON_CATEGORIES } from '../../../shared/domain/entry';

export type LessonCategory = (typeof LESSON_CATEGORIES)[number];

interface Recorded {
  seq: number;
  at: number;
  clockMs: number;
  roleId: string | null;
  text: string;
  corrected: boolean;
}

export interface RecordedScore extends Recorded {
  target: 'objective' | 'role';
  targetId: string;
  rating: Rating;
}
export interface RecordedLesson extends Recorded {
  category: LessonCategory;
}
export interface RecordedImprovement extends Recorded {
  owner: string;
  due: string;
  start: string | undefined;
  capability: string | undefined;
}

export interface ReviewRecord {
  scores: RecordedScore[];
  /** `${target}:${targetId}` -> the latest live score for it. */
  latest: Map<string, RecordedScore>;
  lessons: RecordedLesson[];
  improvements: RecordedImprovement[];
}

export const scoreKey = (target: string, targetId: string) => `${target}:${targetId}`;

export function reviewRecord(entries: readonly AnyEntry[]): ReviewRecord {
  const base = ({ entry: e, text, corrections }: EffectiveEntry): Recorded => ({
    seq: e.seq,
    at: e.at,
    clockMs: e.clockMs,
    roleId: e.roleId,
    text,
    corrected: corrections.some((c) => !c.data.void),
  });
  const out: ReviewRecord = { scores: [], latest: new Map(), lessons: [], improvements: [] };
  for (const x of effectiveJournal(entries).live) {
    const e = x.entry;
    if (e.kind === 'score') {
      const d = (e as Entry<'score'>).data;
      const s: RecordedScore = { ...base(x), target: d.target, targetId: d.targetId, rating: d.rating };
      out.scores.push(s);
      out.latest.set(scoreKey(d.target, d.targetId), s);
    } else if (e.kind === 'lesson') {
      out.lessons.push({ ...base(x), category: (e as Entry<'lesson'>).data.category });
    } else if (e.kind === 'improvement') {
      const d = (e as Entry<'improvement'>).data;
      out.improvements.push({ ...base(x), owner: d.owner, due: d.due, start: d.start, capability: d.capability });
    }
  }
  return out;
}
