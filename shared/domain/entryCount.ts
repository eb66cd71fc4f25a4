// The one count of a drill's journal, wherever a number of entries is shown (status line, journal panel, drill list, minutes, archive, verify).
/** 记录数 / entry count: every entry of the journal (the hash chain), system entries — stars, corrections, voids,
 *  phase changes, the drill's creation — included. The minutes' anchor, the archive manifest and verify give the same number. */
export function recordCount(entries: readonly unknown[]): number {
  return entries.length;
}

/** Whether an entry is a row of the journal list: a star marks another row and is not a row of its own. */
export function isListedRow(e: { kind: string }): boolean {
  return e.kind !== 'star';
}
