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
 * The filing code of a finished drill: 16 characters in four groups, 80 bits of SHA-256 over the drill id, entry
 * count and final hash, to be sent to head office or compliance by their own channel.
 */
export function filingCode(drillId: string, entryCount: number, finalHash: string, sha256: (text: string) => string): string {
  return groups(base32OfHex(sha256(`drillroom-filing/1\n${drillId}\n${entryCount}\n${finalHash}`), 16));
}

/** A code as a user may type it (lower case, spaces, O for 0, I/L for 1, no dashes) in its canonical form, or null. */
export function normaliseCode(typed: string): string | null {
  const raw = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (!/^[0-9A-HJKMNP-TV-Z]+$/.test(raw) || (raw.length !== 8 && raw.length !== 16)) return null;
  return groups(raw);
}
