// Anchors outside the file: witness codes (见证码) read aloud from the projector, and the filing code (备案码) sent to head office.

/** Crockford's base 32: no I, L, O or U, so a code read aloud or copied by hand cannot be misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** `bits` bits of a hex string, as Crockford base-32 characters (5 bits each). */
function base32OfHex(hex: string, chars: number): string {
  if (!/^[0-9a-f]{64}$/i.test(hex)) throw new Error('anchor: not a SHA-256 hex digest');
  let bits = '';
  for (const c of hex) bits += parseInt(c, 16).toString(2).padStart(4, '0');
  let out = '';
  for (let i = 0; i < chars; i++) out += ALPHABET[parseInt(bits.slice(i * 5, i * 5 + 5), 2)];
  return out;
}

const groups = (s: string) => s.match(/.{1,4}/g)!.join('-');

/**
 * The witness code of a chain head: 8 characters in two groups (`K7Q2-9XHD`), 40 bits of the hash. Shown on the
 * projector at each phase change and at finish; anyone in the room can later check a record against a photo of it.
 */
export function witnessCode(chainHead: string): string {
  return groups(base32OfHex(chainHead, 8));
}

/**
 * The filing code of a finished drill: 16 characters in four groups, 80 bits of the chain head that the finish entry
 * seals. Every entry's hash covers its drill id, sequence number and the hash before it, so the code binds the drill,
 * its entry count and every entry up to finish. It is sent to head office or compliance by their own channel.
 */
export function filingCode(chainHead: string): string {
  return groups(base32OfHex(chainHead, 16));
}

/** A code as a user may type it (lower case, spaces, O for 0, I/L for 1, no dashes) in its canonical form, or null. */
export function normaliseCode(typed: string): string | null {
  const raw = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (!/^[0-9A-HJKMNP-TV-Z]+$/.test(raw) || (raw.length !== 8 && raw.length !== 16)) return null;
  return groups(raw);
}

/** A witness code as the room saw it: at a phase change or at finish, from the chain head recorded in that entry (its prevHash). */
export interface WitnessMark {
  seq: number;
  kind: 'phase' | 'finish';
  /** The phase the drill entered (phase change) or was in (finish). */
  phaseId: string | null;
  clockMs: number;
  at: number;
  code: string;
}

interface ChainedEntry {
  seq: number;
  kind: string;
  prevHash: string;
  hash: string;
  phaseId: string | null;
  clockMs: number;
  at: number;
  drillId: string;
}

/**
 * The witness codes of a chain, in order. A code is a pure function of the chain head the entry records (its
 * prevHash), so it is in the journal by construction and cannot disagree with it; a rewrite of any earlier entry
 * changes every later code.
 */
export function witnessMarks(entries: readonly ChainedEntry[]): WitnessMark[] {
  return entries
    .filter((e) => e.kind === 'phase.advance' || e.kind === 'clock.finish')
    .map((e) => ({ seq: e.seq, kind: e.kind === 'clock.finish' ? 'finish' : 'phase', phaseId: e.phaseId, clockMs: e.clockMs, at: e.at, code: witnessCode(e.prevHash) }));
}

/** The filing code of a finished drill: drill id, the entries before finish and the head the finish entry seals. */
export function filingCodeOf(entries: readonly ChainedEntry[]): string | null {
  const finish = entries.find((e) => e.kind === 'clock.finish');
  return finish ? filingCode(finish.prevHash) : null;
}

export type AnchorMatch =
  | { ok: true; kind: 'final'; seq: number }
  | { ok: true; kind: 'witness' | 'filing'; seq: number }
  | { ok: false; kind: 'final' | 'code'; reason: 'unknown_code' | 'final_differs'; actual: string };

/**
 * Does this chain match an anchor kept outside the file: a final hash (64 hex), a witness code (8 characters) or a
 * filing code (16)? The chain's codes are recomputed from its hashes, never read from entry data.
 */
export function matchAnchor(entries: readonly ChainedEntry[], expected: string): AnchorMatch {
  const last = entries[entries.length - 1];
  const finalHash = last?.hash ?? '';
  if (/^[0-9a-f]{64}$/i.test(expected.trim())) {
    const want = expected.trim().toLowerCase();
    if (want === finalHash) return { ok: true, kind: 'final', seq: last!.seq };
    // A hash recorded earlier (a witness's full head, a printed copy before later review entries) still anchors that entry.
    const earlier = entries.find((e) => e.hash === want);
    return earlier ? { ok: true, kind: 'final', seq: earlier.seq } : { ok: false, kind: 'final', reason: 'final_differs', actual: finalHash };
  }
  const code = normaliseCode(expected);
  if (code && code.length === 9) {
    const mark = witnessMarks(entries).find((m) => m.code === code);
    if (mark) return { ok: true, kind: 'witness', seq: mark.seq };
  }
  if (code && code.length === 19 && filingCodeOf(entries) === code) return { ok: true, kind: 'filing', seq: entries.find((e) => e.kind === 'clock.finish')!.seq };
  return { ok: false, kind: 'code', reason: 'unknown_code', actual: witnessMarks(entries).map((m) => m.code).join(' ') };
}

/** What the room is shown at drill time `clockMs`: the latest witness code, and the filing code once the drill finished. */
export function anchorsAt(entries: readonly ChainedEntry[], clockMs = Infinity): { witness: string; filing: string | null } | null {
  const marks = witnessMarks(entries).filter((m) => m.clockMs <= clockMs);
  const mark = marks[marks.length - 1];
  if (!mark) return null;
  return { witness: mark.code, filing: mark.kind === 'finish' ? filingCodeOf(entries) : null };
}
