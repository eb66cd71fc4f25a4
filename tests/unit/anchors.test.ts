// Witness and filing codes: short, readable aloud, one per chain head, and a typed code is read back the way it was meant.
import { describe, it, expect } from 'vitest';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { anchorsAt, filingCode, normaliseCode, witnessCode } from '../../shared/domain/anchors';

const sha256 = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');

describe('witness codes', () => {
  it('are 8 Crockford characters in two groups, from the first 40 bits of the head', () => {
    expect(witnessCode('0'.repeat(64))).toBe('0000-0000');
    expect(witnessCode('f'.repeat(64))).toBe('ZZZZ-ZZZZ');
    expect(witnessCode(sha256('a'))).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('change when any bit of the first 40 changes', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 0, max: 39 }), (s, bit) => {
        const h = sha256(s);
        const nibble = Math.floor(bit / 4);
        const flipped = h.slice(0, nibble) + (parseInt(h[nibble]!, 16) ^ (8 >> bit % 4)).toString(16) + h.slice(nibble + 1);
        return witnessCode(flipped) !== witnessCode(h);
      }),
    );
  });

  it('refuse anything that is not a SHA-256 digest', () => {
    expect(() => witnessCode('abc')).toThrow();
  });
});

describe('filing codes', () => {
  it('are 16 characters in four groups, and begin with the witness code of the same head', () => {
    const head = sha256('head');
    expect(filingCode(head)).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){3}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(filingCode(head).startsWith(witnessCode(head))).toBe(true);
    expect(filingCode(sha256('other'))).not.toBe(filingCode(head));
  });
});

describe('a code typed by hand', () => {
  it('is read in canonical form, forgiving case, spaces, O/0 and I/L/1', () => {
    expect(normaliseCode('k7q2 9xhd')).toBe('K7Q2-9XHD');
    expect(normaliseCode('K7Q2-9XHO')).toBe('K7Q2-9XH0');
    expect(normaliseCode('1lI0-0000')).toBe('1110-0000');
    expect(normaliseCode('K7Q2-9XH')).toBeNull();
    expect(normaliseCode('K7Q2-9XHU')).toBeNull();
  });
});

describe('the anchors shown to the room', () => {
  const entry = (seq: number, kind: string, clockMs: number, prevHash: string) => ({ seq, kind, clockMs, prevHash, hash: sha256(`h${seq}`), phaseId: null, at: 0, drillId: 'd' });
  const entries = [entry(1, 'clock.start', 0, sha256('a')), entry(2, 'phase.advance', 60_000, sha256('b')), entry(3, 'clock.finish', 120_000, sha256('c'))];

  it('are nothing before the first phase change, the latest witness code after it, and the filing code from finish', () => {
    expect(anchorsAt(entries, 30_000)).toBeNull();
    expect(anchorsAt(entries, 90_000)).toEqual({ witness: witnessCode(sha256('b')), filing: null });
    expect(anchorsAt(entries)).toEqual({ witness: witnessCode(sha256('c')), filing: filingCode(sha256('c')) });
  });
});
