// The picker's search and filters over library items, and the duration a pack plans.
import { describe, expect, it } from 'vitest';
import { durationBandOf, durationMinOf, searchLibrary, type LibraryItem } from '../../shared/domain/library';

const item = (id: string, over: Partial<LibraryItem>): LibraryItem => ({
  id,
  title: id,
  summary: '',
  category: undefined,
  difficulty: undefined,
  durationMin: 140,
  stressedRoles: [],
  channels: [],
  ...over,
});

const ITEMS = [
  item('run', { title: '挤兑谣言', titleEn: 'Bank-run rumour', summary: '微信群流传谣言', category: 'rumour', difficulty: 'advanced', stressedRoles: ['monitoring'] }),
  item('app', { title: '手机银行故障', summaryEn: 'The app shows zero BALANCES', category: 'system_fault', difficulty: 'intermediate', durationMin: 110, stressedRoles: ['technology'] }),
  item('old', { title: '老年客户服务冲突', category: 'service_conflict', difficulty: 'basic', durationMin: 200, stressedRoles: ['customer_service', 'monitoring'] }),
];
const ids = (q: Parameters<typeof searchLibrary>[1]) => searchLibrary(ITEMS, q).map((i) => i.id);

describe('the scenario library search', () => {
  it('matches every word in titles and summaries of either language, case-blind', () => {
    expect(ids({ text: '谣言' })).toEqual(['run']);
    expect(ids({ text: 'zero balances' })).toEqual(['app']);
    expect(ids({ text: 'bank-RUN 微信群' })).toEqual(['run']);
    expect(ids({ text: '谣言 zero' })).toEqual([]);
    expect(ids({ text: '  ' })).toEqual(['run', 'app', 'old']);
  });

  it('filters by type, difficulty, duration band and role stressed, all together', () => {
    expect(ids({ category: 'system_fault' })).toEqual(['app']);
    expect(ids({ difficulty: 'basic' })).toEqual(['old']);
    expect(ids({ duration: 'short' })).toEqual(['app']);
    expect(ids({ duration: 'medium' })).toEqual(['run']);
    expect(ids({ duration: 'long' })).toEqual(['old']);
    expect(ids({ role: 'monitoring' })).toEqual(['run', 'old']);
    expect(ids({ role: 'monitoring', difficulty: 'basic', text: '老年' })).toEqual(['old']);
    expect(ids({ role: 'monitoring', category: 'system_fault' })).toEqual([]);
  });

  it('derives a pack duration from its phase targets, and bands it at two and three hours', () => {
    expect(durationMinOf({ phases: [{ targetMin: 10 }, { targetMin: 20.5 }] } as never)).toBe(30.5);
    expect([120, 121, 180, 181].map(durationBandOf)).toEqual(['short', 'medium', 'medium', 'long']);
  });
});

describe('a pack with bad library and severity fields', () => {
  it('is refused by field, in Chinese: unknown grade, unknown stressed role, a clock of no form', async () => {
    const { checkPack } = await import('../../shared/domain/scenario');
    const { describeProblem } = await import('../../shared/i18n/problems');
    const { seedPack } = await import('../helpers/entries');
    const pack = {
      ...seedPack('transfer-failure'),
      severity: { grade: 'V' },
      stressedRoles: ['night_watchman'],
      reportingClocks: [{ id: 'p', label: '电话', form: 'fax', withinMin: 30 }],
    };
    const res = checkPack(pack);
    expect(res.ok).toBe(false);
    const problems = res.ok ? [] : res.problems;
    expect(problems.map((p) => p.field).sort()).toEqual(['reportingClocks[0].form', 'severity.grade', 'stressedRoles[0]']);
    expect(problems.map((p) => describeProblem(p, 'zh-CN').field).sort()).toEqual(['报告时限第 1 项 · 报告方式', '重点检验角色第 1 项', '预期等级 · 等级'].sort());
  });
});
