// Cutting text between characters, and finding text SQLite cannot store exactly (pure, shared/domain/text.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clipText, isStorableText, unstorablePath } from '../../shared/domain/text';
import { own, withKey } from '../../shared/domain/records';

describe('clipText', () => {
  it('never cuts an emoji, a flag, a family or a letter with its accent in half', () => {
    expect(clipText(`${'a'.repeat(79)}😀tail`, 80)).toBe('a'.repeat(79));
    expect(clipText(`${'a'.repeat(78)}🇨🇳tail`, 80)).toBe(`${'a'.repeat(78)}`);
    expect(clipText(`ab👨‍👩‍👧xyz`, 6)).toBe('ab');
    expect(clipText('e\u0301'.repeat(4), 3)).toBe('e\u0301');
    expect(clipText('短文本', 80)).toBe('短文本');
  });

  it('falls back to code points when one grapheme is longer than the budget, and keeps the ellipsis inside it', () => {
    const zalgo = `a${'\u0301'.repeat(50)}`;
    expect(clipText(zalgo, 10)).toBe(zalgo.slice(0, 10));
    expect(clipText('一二三四五六', 4, '…')).toBe('一二三…');
  });

  it('any cut of any well-formed string is a well-formed prefix within the budget', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.nat(100), (text, max) => {
        const cut = clipText(text, max);
        return cut.length <= Math.max(max, 0) && text.startsWith(cut) && isStorableText(cut) && (text.length <= max ? cut === text : true);
      }),
    );
  });
});

describe('unstorable text', () => {
  it('names the path of the first lone surrogate, in values and in keys', () => {
    expect(isStorableText('正常😀')).toBe(true);
    expect(isStorableText('\uD83D')).toBe(false);
    expect(isStorableText('\uDE00x')).toBe(false);
    expect(unstorablePath({ text: 'ok', data: { list: ['ok', 'b\uD800'] } })).toEqual(['data', 'list', 1]);
    expect(unstorablePath({ participants: { ['\uDC00']: '张三' } })).toEqual(['participants', '\uDC00']);
    expect(unstorablePath({ a: [1, null, true, 'fine'] })).toBeNull();
  });
});

describe('records keyed by pack ids', () => {
  it('reads only own values and writes __proto__ as a plain key', () => {
    const rec = withKey(withKey({}, '__proto__', 1), 'toString', 2);
    expect(own(rec, '__proto__')).toBe(1);
    expect(own(rec, 'toString')).toBe(2);
    expect(own({} as Record<string, number>, 'constructor')).toBeUndefined();
    expect(own(JSON.parse(JSON.stringify(rec)) as Record<string, number>, '__proto__')).toBe(1);
    expect(Object.keys(rec)).toEqual(['__proto__', 'toString']);
  });
});
