// The hash chain: compute an entry's hash and walk a drill's chain to find the first bad entry.
import { canonicalJson } from './canonical';
import { GENESIS_HASH, hashedFields, type Entry } from './entry';

/** SHA-256 hex of a UTF-8 string; injected so shared/ stays free of Node and DOM. */
export type Sha256 = (text: string) => string;

export function entryHash(e: Omit<Entry, 'hash'>, sha256: Sha256): string {
  return sha256(canonicalJson(hashedFields(e)));
}

/** Why an entry broke the chain. */
export type ChainFault = 'edited' | 'missing' | 'link' | 'truncated' | 'foreign' | 'time';

export interface ChainBreak {
  drillId: string;
  seq: number;
  fault: ChainFault;
}

export type ChainCheck = { ok: true; count: number; finalHash: string } | ({ ok: false } & ChainBreak);

/**
 * Walk one drill's entries in stored order. `head` is the last (seq, hash) recorded beside the chain,
 * when the store keeps one, so a cut-off tail is found too.
 */
export function checkChain(
  drillId: string,
  entries: readonly Entry[],
  sha256: Sha256,
  head?: { seq: number; hash: string } | null,
): ChainCheck {
  let prev = GENESIS_HASH;
  let expected = 1;
  for (const e of entries) {
    if (e.drillId !== drillId) return { ok: false, drillId, seq: e.seq, fault: 'foreign' };
    if (e.seq > expected) return { ok: false, drillId, seq: expected, fault: 'missing' };
    if (e.seq < expected) return { ok: false, drillId, seq: e.seq, fault: 'link' };
    const { hash, ...rest } = e;
    if (entryHash(rest, sha256) !== hash) return { ok: false, drillId, seq: e.seq, fault: 'edited' };
    if (e.prevHash !== prev) return { ok: false, drillId, seq: e.seq, fault: 'link' };
    prev = hash;
    expected++;
  }
  if (head && (head.seq !== expected - 1 || head.hash !== prev)) {
    return { ok: false, drillId, seq: Math.min(head.seq, expected), fault: head.seq >= expected ? 'truncated' : 'link' };
  }
  return { ok: true, count: expected - 1, finalHash: prev };
}

export const FAULT_TEXT: Record<ChainFault, { zh: string; en: string }> = {
  edited: { zh: '内容被修改(哈希不符)', en: 'was edited (hash mismatch)' },
  missing: { zh: '缺失(被删除)', en: 'is missing (deleted)' },
  link: { zh: '与前一条的链接断裂(被插入或调换顺序)', en: 'does not link to the one before (inserted or reordered)' },
  truncated: { zh: '之后的记录缺失(被截断)', en: 'is followed by missing entries (truncated)' },
  foreign: { zh: '属于其他演练', en: 'belongs to another drill' },
  time: { zh: '的时间早于前一条(墙钟或演练时钟倒退,且没有时钟异常记录)', en: 'is timed before the entry before it (wall clock or drill clock went back with no clock-anomaly entry)' },
};

/** Where time runs backwards along a chain: the wall time or the drill clock of an entry is earlier than the one before. */
export type TimeFault = { ok: true } | { ok: false; seq: number; which: 'wall' | 'clock'; before: number; after: number };

/**
 * Wall times and drill-clock values never decrease along a chain, except at a recorded clock anomaly (clock.jump),
 * which carries both readings. A decrease anywhere else is an edit, or a journal written before the clock rules.
 */
export function checkTimeOrder(entries: readonly Pick<Entry, 'seq' | 'kind' | 'at' | 'clockMs'>[]): TimeFault {
  for (let i = 1; i < entries.length; i++) {
    const [a, b] = [entries[i - 1]!, entries[i]!];
    if (b.kind === 'clock.jump') continue;
    if (b.at < a.at) return { ok: false, seq: b.seq, which: 'wall', before: a.at, after: b.at };
    if (b.clockMs < a.clockMs) return { ok: false, seq: b.seq, which: 'clock', before: a.clockMs, after: b.clockMs };
  }
  return { ok: true };
}

