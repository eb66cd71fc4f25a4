// The two built-in scenario packs (匿名邮件举报, 转账失败投诉) are complete drills a branch can run as shipped.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkPack, PUBLIC_CHANNELS, type ScenarioPack } from '../../shared/domain/scenario';
import { MARKABLE_MILESTONES } from '../../shared/domain/milestones';

const SCENARIO_DIR = fileURLToPath(new URL('../../resources/scenarios/', import.meta.url));
const BUILT_IN = [
  { id: 'anonymous-email', title: '匿名邮件举报' },
  { id: 'transfer-failure', title: '转账失败投诉' },
] as const;

const DEFAULT_PHASES = ['discovery', 'verification', 'evidence', 'plan', 'execution', 'tracking', 'review'];
const DEFAULT_ROLES: Record<string, string> = {
  commander: '总指挥',
  monitoring: '舆情监测',
  spokesperson: '新闻发言',
  customer_service: '客户服务',
  technology: '技术保障',
  compliance: '合规与法律',
  regulator_liaison: '监管联络',
  scribe: '记录员',
  evaluator: '评估员',
};
const REQUIRED_CHANNELS = ['email', 'hotline', 'weibo', 'journalist', 'regulator', 'internal'];
const STANDARD_TARGETS: Record<string, [string, string]> = {
  discover_report: ['discovered', 'reported'],
  verify: ['discovered', 'verified'],
  first_response: ['discovered', 'first_response'],
  regulator_report: ['discovered', 'regulator_report'],
};

function rawPack(id: string): Record<string, unknown> {
  return JSON.parse(readFileSync(`${SCENARIO_DIR}${id}.json`, 'utf8')) as Record<string, unknown>;
}

function loadPack(id: string): ScenarioPack {
  const res = checkPack(rawPack(id));
  if (!res.ok) throw new Error(`${id}: ${res.problems.map((p) => `${p.field}: ${p.reason}`).join('; ')}`);
  return res.pack;
}

/** Planned window [start, end) of each phase on the drill clock, from the phase targets. */
function phaseWindows(pack: ScenarioPack): { id: string; start: number; end: number }[] {
  let t = 0;
  return pack.phases.map((p) => {
    const w = { id: p.id, start: t, end: t + p.targetMin };
    t += p.targetMin;
    return w;
  });
}

describe.each(BUILT_IN)('built-in scenario $id', ({ id, title }) => {
  it('passes the pack check, with its own id, title and summary', () => {
    const res = checkPack(rawPack(id));
    expect(res.ok ? [] : res.problems).toEqual([]);
    const pack = loadPack(id);
    expect(pack.id).toBe(id);
    expect(pack.title).toBe(title);
    expect(pack.language).toBe('zh-CN');
    expect(pack.titleEn).toBeTruthy();
    expect(pack.summaryEn).toBeTruthy();
    expect(pack.objectives.length).toBeGreaterThanOrEqual(4);
    expect(pack.objectives.length).toBeLessThanOrEqual(6);
  });

  it('runs through the seven standard phases, 2–3 hours in all', () => {
    const pack = loadPack(id);
    expect(pack.phases.map((p) => p.id)).toEqual(DEFAULT_PHASES);
    expect(pack.phases.map((p) => p.name)).toEqual(['事件发现与报告', '核实研判', '搜集证据', '制定应对方案', '实施应对', '跟踪反馈', '总结评估']);
    const total = pack.phases.reduce((s, p) => s + p.targetMin, 0);
    expect(total).toBeGreaterThanOrEqual(120);
    expect(total).toBeLessThanOrEqual(180);
    for (const p of pack.phases) expect(p.goal, p.id).toBeTruthy();
  });

  it('staffs the nine default roles, each with at least two tasks of its own', () => {
    const pack = loadPack(id);
    expect(Object.fromEntries(pack.roles.map((r) => [r.id, r.name]))).toEqual(DEFAULT_ROLES);
    for (const role of pack.roles) {
      expect(role.tasks.length, role.id).toBeGreaterThanOrEqual(2);
      expect(role.tasks.length, role.id).toBeLessThanOrEqual(5);
      expect(new Set(role.tasks.map((t) => t.id)).size, `${role.id} task ids`).toBe(role.tasks.length);
      expect(role.duty, role.id).toBeTruthy();
    }
  });

  it('feeds at least eight timed injects across six channels: email, hotline, weibo, journalist, regulator, internal', () => {
    const pack = loadPack(id);
    const timed = pack.injects.filter((j) => !j.contingency);
    expect(timed.length).toBeGreaterThanOrEqual(8);
    const channels = new Set(timed.map((j) => j.channel));
    expect(channels.size).toBeGreaterThanOrEqual(6);
    for (const c of REQUIRED_CHANNELS) expect([...channels], c).toContain(c);
  });

  it('gives every phase at least one timed inject inside its planned window', () => {
    const pack = loadPack(id);
    const windows = phaseWindows(pack);
    for (const w of windows) {
      const inside = pack.injects.filter((j) => !j.contingency && j.offsetMin >= w.start && j.offsetMin < w.end);
      expect(inside.length, w.id).toBeGreaterThan(0);
      for (const j of inside) if (j.phaseId) expect(j.phaseId, j.id).toBe(w.id);
    }
  });

  it('opens the incident with the first timed inject, which marks "discovered"', () => {
    const pack = loadPack(id);
    const first = [...pack.injects].filter((j) => !j.contingency).sort((a, b) => a.offsetMin - b.offsetMin)[0];
    expect(first?.milestone).toBe('discovered');
    expect(pack.injects.filter((j) => j.milestone === 'discovered')).toHaveLength(1);
  });

  it('asks every expected action of a role that exists and is addressed by the inject', () => {
    const pack = loadPack(id);
    const roles = new Set(pack.roles.map((r) => r.id));
    for (const j of pack.injects) {
      expect(j.expectedActions.length, j.id).toBeGreaterThanOrEqual(1);
      expect(j.expectedActions.length, j.id).toBeLessThanOrEqual(3);
      expect(new Set(j.expectedActions.map((a) => a.id)).size, `${j.id} action ids`).toBe(j.expectedActions.length);
      for (const r of j.targetRoles) expect(roles.has(r), `${j.id} targets ${r}`).toBe(true);
      for (const a of j.expectedActions) {
        expect(roles.has(a.roleId), `${j.id}/${a.id} role ${a.roleId}`).toBe(true);
        expect(j.targetRoles, `${j.id}/${a.id}`).toContain(a.roleId);
      }
    }
  });

  it('can reach every timing milestone: discovered, reported, verified, first response, regulator report', () => {
    const pack = loadPack(id);
    const marked = new Set<string>();
    for (const j of pack.injects) {
      if (j.milestone) marked.add(j.milestone);
      for (const a of j.expectedActions) if (a.milestone) marked.add(a.milestone);
    }
    expect([...marked].sort()).toEqual([...MARKABLE_MILESTONES].sort());
    // Reachable in a normal run: the timed injects alone mark them all.
    const timedMarks = new Set<string>();
    for (const j of pack.injects.filter((i) => !i.contingency)) {
      if (j.milestone) timedMarks.add(j.milestone);
      for (const a of j.expectedActions) if (a.milestone) timedMarks.add(a.milestone);
    }
    expect([...timedMarks].sort()).toEqual([...MARKABLE_MILESTONES].sort());
  });

  it('measures the four standard timing indicators plus one of its own, each achievable on plan', () => {
    const pack = loadPack(id);
    const ids = pack.timingTargets.map((t) => t.id);
    expect(ids).toHaveLength(5);
    for (const [tid, [from, to]] of Object.entries(STANDARD_TARGETS)) {
      const t = pack.timingTargets.find((x) => x.id === tid);
      expect(t, tid).toBeDefined();
      expect([t?.from, t?.to], tid).toEqual([from, to]);
    }
    expect(pack.timingTargets.find((t) => t.id === 'discover_report')?.label).toBe('发现→上报');
    expect(pack.timingTargets.find((t) => t.id === 'verify')?.label).toBe('核实研判');
    expect(pack.timingTargets.find((t) => t.id === 'first_response')?.label).toBe('首次回应');
    expect(pack.timingTargets.find((t) => t.id === 'regulator_report')?.label).toBe('监管报告');
    for (const t of pack.timingTargets) expect(t.labelEn, t.id).toBeTruthy();

    // A team that does each marking action by its deadline meets every target.
    const due: Record<string, number> = {};
    for (const j of pack.injects.filter((i) => !i.contingency)) {
      if (j.milestone) due[j.milestone] = Math.min(due[j.milestone] ?? Infinity, j.offsetMin);
      for (const a of j.expectedActions)
        if (a.milestone) due[a.milestone] = Math.min(due[a.milestone] ?? Infinity, j.offsetMin + a.deadlineMin);
    }
    due.start = 0;
    for (const t of pack.timingTargets) {
      const span = (due[t.to] ?? Infinity) - (due[t.from] ?? Infinity);
      expect(span, t.id).toBeGreaterThanOrEqual(0);
      expect(span, t.id).toBeLessThanOrEqual(t.targetMin);
    }
  });

  it('puts heat on public posts and keeps two contingency injects in reserve, one following a timed inject', () => {
    const pack = loadPack(id);
    for (const j of pack.injects.filter((i) => PUBLIC_CHANNELS.includes(i.channel))) expect(j.heat, j.id).toBeGreaterThan(0);
    const reserve = pack.injects.filter((j) => j.contingency);
    expect(reserve.length).toBeGreaterThanOrEqual(2);
    const timedIds = new Set(pack.injects.filter((j) => !j.contingency).map((j) => j.id));
    expect(reserve.some((j) => j.afterInjectId !== undefined && timedIds.has(j.afterInjectId))).toBe(true);
  });
});

describe('built-in scenarios together', () => {
  it('ask for role scores in exactly one of the two packs', () => {
    expect(BUILT_IN.map(({ id }) => loadPack(id).evaluateRoles).filter(Boolean)).toHaveLength(1);
  });
});

describe('a broken copy of a built-in pack', () => {
  function broken(): Record<string, unknown> {
    const pack = rawPack('anonymous-email') as {
      injects: Record<string, unknown>[];
      phases: Record<string, unknown>[];
    };
    delete pack.injects[0]!.channel;
    pack.injects[1]!.targetRoles = ['night_watchman'];
    pack.phases[0]!.targetMin = -1;
    return pack as unknown as Record<string, unknown>;
  }

  // Cross-references are checked even while the structure is broken: an author sees every problem at once.
  it('is refused, and the problems name exactly the three broken fields', () => {
    const res = checkPack(broken());
    expect(res.ok).toBe(false);
    const fields = res.ok ? [] : res.problems.map((p) => p.field).sort();
    expect(fields).toEqual(['injects[0].channel', 'injects[1].targetRoles[0]', 'phases[0].targetMin']);
  });

  it('names each broken field on its own, with a reason', () => {
    const cases: [string, (p: { injects: Record<string, unknown>[]; phases: Record<string, unknown>[] }) => void][] = [
      ['injects[0].channel', (p) => void delete p.injects[0]!.channel],
      ['injects[1].targetRoles[0]', (p) => void (p.injects[1]!.targetRoles = ['night_watchman'])],
      ['phases[0].targetMin', (p) => void (p.phases[0]!.targetMin = -1)],
    ];
    for (const [field, breakIt] of cases) {
      const pack = rawPack('transfer-failure') as { injects: Record<string, unknown>[]; phases: Record<string, unknown>[] };
      breakIt(pack);
      const res = checkPack(pack);
      expect(res.ok, field).toBe(false);
      const problems = res.ok ? [] : res.problems;
      expect(problems.map((p) => p.field), field).toEqual([field]);
      expect(problems[0]?.reason, field).toBeTruthy();
    }
  });
});
