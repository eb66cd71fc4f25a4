// One word per concept: the console and the minutes name every kind of entry alike, in both languages, and say 签收 (never 确认收悉).
import { describe, expect, it } from 'vitest';
import { EN, ZH } from '../../electron/minutes/catalogue';
import { en } from '../../renderer/i18n/en';
import { zhCN } from '../../renderer/i18n/zh-CN';
import { ENTRY_KINDS } from '../../shared/domain/entry';

const ui = (cat: Record<string, string>, kind: string) => cat[`kind.${kind}`];

describe('the glossary across the UI and the minutes', () => {
  it('names every entry kind with the same word on the console and in the minutes', () => {
    for (const kind of ENTRY_KINDS) {
      expect(ui(zhCN, kind), `zh ${kind}`).toBe((ZH.kinds as Record<string, string>)[kind]);
      expect(ui(en, kind), `en ${kind}`).toBe((EN.kinds as Record<string, string>)[kind]);
    }
  });

  it('calls an acknowledgement 签收 everywhere', () => {
    const all = JSON.stringify([zhCN, ZH.kinds, ZH.describe.acknowledged('x')]);
    expect(all).not.toContain('确认收悉');
    expect(ZH.describe.acknowledged('X')).toContain('签收');
  });
});
