// Line breaks on the projector: a number or Latin word stays with the Chinese word it belongs to.
import { describe, expect, it } from 'vitest';
import { keepTogether, WORD_JOINER as J } from '../../renderer/ui/keepTogether';

describe('keeping numbers with their Chinese words', () => {
  it('joins a number to the unit after it and a Latin word to the Chinese word after it', () => {
    expect(keepTogether('文章发布1小时')).toBe(`文章发布1${J}小时`);
    expect(keepTogether('某银行XX支行')).toBe(`某银行XX${J}支行`);
  });
  it('leaves Chinese alone, leaves English alone, and changes nothing but the seams', () => {
    expect(keepTogether('客户反映网点排队时间过长')).toBe('客户反映网点排队时间过长');
    expect(keepTogether('Opinion monitoring at 10 min')).toBe('Opinion monitoring at 10 min');
    expect(keepTogether('阅读量已超过1万，留言').replaceAll(J, '')).toBe('阅读量已超过1万，留言');
  });
});
