// Chinese text may break between any two characters, but a number or a Latin word must not be torn from the Chinese
// word it belongs to ("1小时", "XX支行"): a word joiner (U+2060, invisible) between them forbids that one break.
const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
// Only the seam after the number or word: a line may still end before it ("发布 | 1小时"), never inside "1|小时".
const SEAM = new RegExp(`([0-9A-Za-z%])(?=[${CJK}])`, 'g');

export const WORD_JOINER = '\u2060';

export function keepTogether(text: string): string {
  return text.replace(SEAM, `$1${WORD_JOINER}`);
}
