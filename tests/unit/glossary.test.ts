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

describe('one count with a stated meaning', () => {
  const zhCount = [zhCN['status.entries'], zhCN['journal.count'], zhCN['list.col.entries'], zhCN['count.recordsTitle'], ZH.anchor.entries];
  const enCount = [en['status.entries'], en['journal.count'], en['list.col.entries'], en['count.recordsTitle'], EN.anchor.entries];

  it('names the count of entries 记录 / entries on the console, in the drill list and in the minutes', () => {
    for (const s of zhCount) expect(s).toContain('记录');
    for (const s of enCount) expect(s.toLowerCase()).toContain('entries');
  });

  it('states what the count includes beside it: system entries too, the same number as the minutes and verify', () => {
    expect(zhCN['status.entries']).toContain('含系统记录');
    expect(en['status.entries']).toContain('system entries included');
    expect(zhCN['count.recordsTitle']).toMatch(/标记.*更正.*作废/);
    expect(zhCN['count.recordsTitle']).toContain('纪要');
    expect(en['count.recordsTitle']).toMatch(/stars.*corrections.*voids/);
    expect(en['count.recordsTitle']).toContain('minutes');
  });

  it('the journal panel says how many of the entries it lists, out of the one count', () => {
    expect(zhCN['journal.count']).toMatch(/\{shown\}.*\{n\}/);
    expect(en['journal.count']).toMatch(/\{shown\}.*\{n\}/);
  });

  it('never calls an entry by another word (条目 / records) in either catalogue', () => {
    expect(JSON.stringify([zhCN, ZH.anchor])).not.toContain('条目');
    expect(JSON.stringify(en)).not.toMatch(/\{\w+\} records\b/i);
  });
});
