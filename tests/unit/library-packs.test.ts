// The scenario library: every built-in pack beyond the two seeds is a complete drill, graded, with reporting clocks.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkPack, PUBLIC_CHANNELS, type ScenarioPack } from '../../shared/domain/scenario';
import { MARKABLE_MILESTONES } from '../../shared/domain/milestones';
import { DEFAULT_ROLES } from '../../shared/scenario/roles';
import { SCENARIO_CATEGORIES, DIFFICULTIES } from '../../shared/domain/library';
import { LIBRARY } from '../helpers/library';

const SCENARIO_DIR = fileURLToPath(new URL('../../resources/scenarios/', import.meta.url));

const raw = (id: string): unknown => JSON.parse(readFileSync(`${SCENARIO_DIR}${id}.json`, 'utf8'));
function loadPack(id: string): ScenarioPack {
  const res = checkPack(raw(id));
  if (!res.ok) throw new Error(`${id}: ${res.problems.map((p) => `${p.field}: ${p.reason}`).join('; ')}`);
  return res.pack;
}

/** When a team that does each action by its deadline reaches each milestone, on the drill clock. */
function dueOnPlan(pack: ScenarioPack): Record<string, number> {
  const due: Record<string, number> = { start: 0 };
  const mark = (m: string, t: number) => (due[m] = Math.min(due[m] ?? Infinity, t));
  for (const j of pack.injects.filter((i) => !i.contingency)) {
    if (j.milestone) mark(j.milestone, j.offsetMin);
    for (const a of j.expectedActions) {
      if (a.milestone) mark(a.milestone, j.offsetMin + a.deadlineMin);
      if (a.reportForm) mark(`report:${a.reportForm}`, j.offsetMin + a.deadlineMin);
    }
  }
  return due;
}

describe('the library holds ten packs: the two seeds and the eight cases', () => {
  it('ships exactly these files', () => {
    const files = readdirSync(SCENARIO_DIR).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort();
    expect(files).toEqual(['anonymous-email', 'transfer-failure', ...LIBRARY.map((p) => p.id)].sort());
  });
});

describe.each(LIBRARY)('library pack $id', ({ id, title }) => {
  it('passes the scenario check with no problems, in Chinese with English title and summary', () => {
    const res = checkPack(raw(id));
    expect(res.ok ? [] : res.problems).toEqual([]);
    const pack = loadPack(id);
    expect([pack.id, pack.title, pack.language]).toEqual([id, title, 'zh-CN']);
    expect(pack.titleEn).toBeTruthy();
    expect(pack.summaryEn!.length).toBeGreaterThan(200);
    expect(pack.summary.length).toBeGreaterThan(150);
    expect(pack.objectives.length).toBeGreaterThanOrEqual(4);
    for (const o of pack.objectives) expect(o.textEn, o.id).toBeTruthy();
  });

  it('carries its library facts: type, difficulty, stressed roles, 2–3 hours of phases with goals', () => {
    const pack = loadPack(id);
    expect(SCENARIO_CATEGORIES).toContain(pack.category);
    expect(DIFFICULTIES).toContain(pack.difficulty);
    expect(pack.stressedRoles!.length).toBeGreaterThanOrEqual(2);
    expect(pack.phases).toHaveLength(7);
    const total = pack.phases.reduce((s, p) => s + p.targetMin, 0);
    expect(total).toBeGreaterThanOrEqual(120);
    expect(total).toBeLessThanOrEqual(180);
    for (const p of pack.phases) expect([p.goal, p.nameEn], p.id).toEqual([expect.any(String), expect.any(String)]);
  });

  it('gives every default role a duty and two to five concrete tasks of its own', () => {
    const pack = loadPack(id);
    expect(pack.roles.map((r) => r.id)).toEqual(DEFAULT_ROLES.map((r) => r.id));
    for (const role of pack.roles) {
      expect(role.duty, role.id).toBeTruthy();
      expect(role.tasks.length, role.id).toBeGreaterThanOrEqual(2);
      expect(role.tasks.length, role.id).toBeLessThanOrEqual(5);
      for (const t of role.tasks) expect([t.phaseId, t.textEn], `${role.id}/${t.id}`).toEqual([expect.any(String), expect.any(String)]);
    }
  });

  it('feeds at least twelve timed injects across at least four channels, one phase window each at least', () => {
    const pack = loadPack(id);
    const timed = pack.injects.filter((j) => !j.contingency);
    expect(timed.length).toBeGreaterThanOrEqual(12);
    expect(new Set(timed.map((j) => j.channel)).size).toBeGreaterThanOrEqual(4);
    let start = 0;
    for (const p of pack.phases) {
      const inside = timed.filter((j) => j.offsetMin >= start && j.offsetMin < start + p.targetMin);
      expect(inside.length, p.id).toBeGreaterThan(0);
      for (const j of inside) expect(j.phaseId, j.id).toBe(p.id);
      start += p.targetMin;
    }
    const first = [...timed].sort((a, b) => a.offsetMin - b.offsetMin)[0]!;
    expect(first.milestone).toBe('discovered');
    expect(pack.injects.filter((j) => j.milestone === 'discovered')).toHaveLength(1);
  });

  it('asks one to three expected actions of each inject, each of a role the inject addresses, with a deadline', () => {
    const pack = loadPack(id);
    for (const j of pack.injects) {
      expect(j.expectedActions.length, j.id).toBeGreaterThanOrEqual(1);
      expect(j.expectedActions.length, j.id).toBeLessThanOrEqual(3);
      for (const a of j.expectedActions) {
        expect(j.targetRoles, `${j.id}/${a.id}`).toContain(a.roleId);
        expect(a.deadlineMin).toBeGreaterThan(0);
      }
    }
  });

  it('keeps contingency injects in reserve, each following a timed inject, and puts heat on every public post', () => {
    const pack = loadPack(id);
    const timedIds = new Set(pack.injects.filter((j) => !j.contingency).map((j) => j.id));
    const reserve = pack.injects.filter((j) => j.contingency);
    expect(reserve.length).toBeGreaterThanOrEqual(2);
    for (const j of reserve) expect(timedIds.has(j.afterInjectId ?? ''), j.id).toBe(true);
    for (const j of pack.injects.filter((i) => PUBLIC_CHANNELS.includes(i.channel))) expect(j.heat, j.id).toBeGreaterThan(0);
    expect(pack.injects.filter((i) => PUBLIC_CHANNELS.includes(i.channel) && i.channel !== 'hotline').length).toBeGreaterThanOrEqual(3);
    expect(pack.heatRules).toBeDefined();
  });

  it('reaches every milestone on timed injects alone and meets every timing target on plan', () => {
    const pack = loadPack(id);
    const due = dueOnPlan(pack);
    for (const m of MARKABLE_MILESTONES) expect(due[m], m).toBeDefined();
    expect(pack.timingTargets.length).toBeGreaterThanOrEqual(5);
    for (const t of pack.timingTargets) {
      const span = due[t.to]! - due[t.from]!;
      expect(span, t.id).toBeGreaterThanOrEqual(0);
      expect(span, t.id).toBeLessThanOrEqual(t.targetMin);
    }
  });

  it('names its severity grade and the reporting clocks it implies, and a team on plan meets them', () => {
    const pack = loadPack(id);
    expect(['I', 'II', 'III', 'IV']).toContain(pack.severity?.grade);
    expect(pack.severity?.basis).toBeTruthy();
    expect(pack.severity?.basisEn).toBeTruthy();
    const clocks = pack.reportingClocks ?? [];
    expect(clocks.some((c) => c.form === 'written')).toBe(true);
    if (pack.severity!.grade !== 'IV') expect(clocks.some((c) => c.form === 'phone')).toBe(true);
    const due = dueOnPlan(pack);
    for (const c of clocks) {
      // Any report answers the phone clock; the written one needs the written report (or the regulator-report milestone).
      const at = c.form === 'phone' ? Math.min(due['report:phone'] ?? Infinity, due['report:written'] ?? Infinity, due.regulator_report ?? Infinity) : Math.min(due['report:written'] ?? Infinity, due.regulator_report ?? Infinity);
      expect(at - due[c.from]!, c.id).toBeLessThanOrEqual(c.withinMin);
    }
  });
});

describe('the grades across the library', () => {
  it('tighten the reporting clocks as the grade rises', () => {
    const byGrade = new Map<string, number>();
    for (const { id } of LIBRARY) {
      const p = loadPack(id);
      const written = p.reportingClocks!.find((c) => c.form === 'written')!.withinMin;
      const g = p.severity!.grade;
      byGrade.set(g, Math.max(byGrade.get(g) ?? 0, written));
    }
    const order = ['I', 'II', 'III', 'IV'].filter((g) => byGrade.has(g)).map((g) => byGrade.get(g)!);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(byGrade.size).toBeGreaterThanOrEqual(3);
  });
});
