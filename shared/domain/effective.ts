// The effective journal: the one place where voids and corrections are applied; every view derives from it.
import type { AnyEntry, Entry } from './entry';
import { loggedLateMs, occurredMs } from './occurred';

export interface EffectiveEntry {
  /** The entry as recorded (its text is the original words). */
  entry: AnyEntry;
  /** The text that counts: the latest live text correction's, else the original. */
  text: string;
  /** Every correction pointing at this entry, in recording order, voids and voided ones included (the history). */
  corrections: Entry<'correction'>[];
  /** The void that took this entry out of the record, if any. */
  voidedBy: Entry<'correction'> | null;
  /** Drill time it happened (see occurred.ts) and how late it was recorded. */
  occurredMs: number;
  lateMs: number;
}

export interface EffectiveJournal {
  /** Every entry, in recording (chain) order. */
  all: EffectiveEntry[];
  /** The entries that count: not voided, in recording order. */
  live: EffectiveEntry[];
  bySeq: Map<number, EffectiveEntry>;
  voided: ReadonlySet<number>;
}

/**
 * Voids first (a void of a void is refused on append, so one pass in recording order decides them), then text:
 * a text correction counts unless it was itself voided. Which entries may be voided or corrected is admission's
 * business (admission.ts); this function applies whatever the journal holds.
 */
export function effectiveJournal(entries: readonly AnyEntry[]): EffectiveJournal {
  const voidedBy = new Map<number, Entry<'correction'>>();
  const corrections = new Map<number, Entry<'correction'>[]>();
  for (const e of entries) {
    if (e.kind !== 'correction') continue;
    const target = e.data.corrects;
    corrections.set(target, [...(corrections.get(target) ?? []), e]);
    if (e.data.void && !voidedBy.has(target) && !voidedBy.has(e.seq)) voidedBy.set(target, e);
  }
  const all = entries.map((entry): EffectiveEntry => {
    const fixes = corrections.get(entry.seq) ?? [];
    const text = fixes.filter((c) => !c.data.void && !voidedBy.has(c.seq)).pop()?.text ?? entry.text;
    return { entry, text, corrections: fixes, voidedBy: voidedBy.get(entry.seq) ?? null, occurredMs: occurredMs(entry), lateMs: loggedLateMs(entry) };
  });
  return {
    all,
    live: all.filter((x) => x.voidedBy === null),
    bySeq: new Map(all.map((x) => [x.entry.seq, x])),
    voided: new Set(voidedBy.keys()),
  };
}

/** The entries that count, as entries (for code that folds or filters by kind). */
export function liveEntries(entries: readonly AnyEntry[]): AnyEntry[] {
  return effectiveJournal(entries).live.map((x) => x.entry);
}
