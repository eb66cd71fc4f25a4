// Shared checks for the clock fault tests: a journal's drill clocks and wall times never run backwards.
import { expect } from 'vitest';
import type { AnyEntry } from '../../../shared/domain/entry';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** Every entry's drill clock and wall time is at or after the one before it. */
export function expectNeverBackwards(entries: readonly AnyEntry[]): void {
  for (let i = 1; i < entries.length; i++) {
    const [a, b] = [entries[i - 1]!, entries[i]!];
    expect(b.clockMs, `drill clock of #${b.seq} (${b.kind}) after #${a.seq} (${a.kind})`).toBeGreaterThanOrEqual(a.clockMs);
    expect(b.at, `wall time of #${b.seq} (${b.kind}) after #${a.seq} (${a.kind})`).toBeGreaterThanOrEqual(a.at);
  }
}

export const kinds = (entries: readonly AnyEntry[], kind: string) => entries.filter((e) => e.kind === kind);
