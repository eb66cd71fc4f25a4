// Text the journal can keep exactly: cut only between characters, and find strings SQLite cannot store as UTF-8.
import type { z } from 'zod';

/** Half of a surrogate pair with no other half: UTF-8 has no bytes for it, so SQLite would store U+FFFD instead. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The reason a contract or pack check gives for such a string (translated in shared/i18n/problems.ts). */
export const BROKEN_TEXT_REASON = 'contains a broken character (half of a surrogate pair)';

export function isStorableText(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/**
 * The path of the first string (or object key) inside `value` that cannot be stored as it is, or null when
 * every one can. Paths are the zod kind: ['data', 'attachments', 0, 'name'].
 */
export function unstorablePath(value: unknown, path: (string | number)[] = []): (string | number)[] | null {
  if (typeof value === 'string') return isStorableText(value) ? null : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = unstorablePath(value[i], [...path, i]);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (!isStorableText(key)) return [...path, key];
      const found = unstorablePath((value as Record<string, unknown>)[key], [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

let graphemes: Intl.Segmenter | null | undefined;
function segmenter(): Intl.Segmenter | null {
  if (graphemes === undefined) graphemes = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;
  return graphemes;
}

/**
 * At most `max` UTF-16 units of `text`, cut between two graphemes (an emoji, a flag or a letter with its accents
 * stays whole), or between code points when a single grapheme is longer than `max`. `ellipsis` is added when
 * something was cut, within the same budget.
 */
export function clipText(text: string, max: number, ellipsis = ''): string {
  if (text.length <= max) return text;
  const budget = Math.max(0, max - ellipsis.length);
  let end = 0;
  const seg = segmenter();
  if (seg) {
    for (const { index, segment } of seg.segment(text)) {
      if (index + segment.length > budget) break;
      end = index + segment.length;
    }
  }
  if (end === 0) {
    for (const ch of text) {
      if (end + ch.length > budget) break;
      end += ch.length;
    }
  }
  return text.slice(0, end) + ellipsis;
}

/** A zod refinement for any input: the first string that cannot be stored becomes an issue at its path. */
export function refuseUnstorableText(value: unknown, ctx: z.RefinementCtx): void {
  const path = unstorablePath(value);
  if (path) ctx.addIssue({ code: 'custom', path, message: BROKEN_TEXT_REASON, input: value });
}
