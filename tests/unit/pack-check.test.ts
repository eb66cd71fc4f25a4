// The pack check refuses what would mislead a drill (unknown keys, broken references, impossible times) and flags what merely looks wrong.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPack, ScenarioPackSchema, type PackCheck } from '../../shared/domain/scenario';
import { describeProblem } from '../../shared/i18n/problems';
import { SOURCE_RESOURCES } from '../../electron/app/paths';

type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const base = (): Raw => JSON.parse(readFileSync(join(SOURCE_RESOURCES, 'scenarios', 'transfer-failure.json'), 'utf8')) as Raw;
const errors = (r: PackCheck) => (r.ok ? [] : r.problems.map((p) => `${p.field}: ${p.reason}`));
const warnings = (r: PackCheck) => r.warnings.map((p) => `${p.field}: ${p.reason}`);
const zh = (r: PackCheck) => (r.ok ? [] : r.problems.map((p) => describeProblem(p, 'zh-CN').reason));

describe('the pack check refuses', () => {
  it('an unknown key, named by its path (not silently dropped)', () => {
    const p = base();
    p.date = '2026-12-01';
    p.injects[0].platform = 'douyin';
    const r = checkPack(p);
    expect(errors(r).sort()).toEqual(['date: unknown field "date"', 'injects[0].platform: unknown field "platform"']);
    expect(zh(r).sort()).toEqual(['不认识的字段“date”,请删除或改正拼写', '不认识的字段“platform”,请删除或改正拼写']);
  });

  it('an enum value, listing the allowed values', () => {
    const p = base();
    p.injects[0].milestone = 'found';
    const r = checkPack(p);
    expect(errors(r)).toEqual(['injects[0].milestone: must be one of: discovered, reported, verified, first_response, regulator_report']);
    expect(zh(r)).toEqual(['取值应为以下之一:discovered、reported、verified、first_response、regulator_report']);
  });

  it('a Chinese role name in targetRoles, answered with the matching id', () => {
    const p = base();
    p.injects[0].targetRoles = ['总指挥'];
    p.injects[0].expectedActions[0].roleId = 'Customer service';
    const r = checkPack(p);
    expect(errors(r)).toContain('injects[0].targetRoles[0]: unknown role "总指挥"; use the role id commander (总指挥)');
    expect(errors(r)).toContain('injects[0].expectedActions[0].roleId: unknown role "Customer service"; use the role id customer_service (客户服务)');
    expect(zh(r)).toContain('应为角色编号 commander(总指挥)');
  });

  it('duplicate action ids within an inject and task ids within a role', () => {
    const p = base();
    p.injects[0].expectedActions.push({ ...p.injects[0].expectedActions[0] });
    p.roles[0].tasks.push({ ...p.roles[0].tasks[0] });
    const r = checkPack(p);
    const a = p.injects[0].expectedActions.length - 1;
    const t = p.roles[0].tasks.length - 1;
    expect(errors(r)).toEqual([
      `roles[0].tasks[${t}].id: duplicate id "${p.roles[0].tasks[0].id}"`,
      `injects[0].expectedActions[${a}].id: duplicate id "${p.injects[0].expectedActions[0].id}"`,
    ]);
  });

  it('an inject whose phase does not hold its time, and a time beyond all phases', () => {
    const p = base();
    const total = p.phases.reduce((t: number, ph: Raw) => t + ph.targetMin, 0);
    p.injects[0].phaseId = 'review';
    p.injects[1].offsetMin = total + 5;
    delete p.injects[1].phaseId;
    const r = checkPack(p);
    expect(errors(r)).toContain(`injects[0].phaseId: at T+${p.injects[0].offsetMin} min the drill is in phase "discovery", not "review"`);
    expect(errors(r)).toContain(`injects[1].offsetMin: T+${total + 5} min is after the last phase ends (T+${total} min)`);
    expect(zh(r)).toContain(`T+${total + 5} 分钟已超出全部阶段(至 T+${total} 分钟结束)`);
  });

  it('a cycle of afterInjectId', () => {
    const p = base();
    p.injects[2].afterInjectId = p.injects[3].id;
    p.injects[3].afterInjectId = p.injects[2].id;
    const r = checkPack(p);
    const cyc = `${p.injects[2].id} → ${p.injects[3].id} → ${p.injects[2].id}`;
    expect(errors(r)).toEqual([`injects[2].afterInjectId: waits in a circle (${cyc})`, `injects[3].afterInjectId: waits in a circle (${p.injects[3].id} → ${p.injects[2].id} → ${p.injects[3].id})`]);
  });

  it('empty required text, even as blanks', () => {
    const p = base();
    p.injects[0].sender = '   ';
    expect(errors(checkPack(p))).toEqual(['injects[0].sender: must not be empty']);
  });
});

describe('the pack check flags (warnings, the pack still loads)', () => {
  it('no inject marking 发现, and two of them', () => {
    const none = base();
    for (const j of none.injects) if (j.milestone === 'discovered') delete j.milestone;
    const r = checkPack(none);
    expect(r.ok).toBe(true);
    expect(warnings(r)).toContain('injects: no inject marks milestone discovered: timing from discovery (e.g. discovery → report) cannot start');
    const two = base();
    const k = two.injects.findIndex((j: Raw) => j.milestone !== 'discovered' && j.id !== two.injects[0].id);
    two.injects[k].milestone = 'discovered';
    expect(warnings(checkPack(two))).toContain(`injects[${k}].milestone: a second inject marks milestone discovered; only the first released counts`);
  });

  it('heat on a private channel', () => {
    const p = base();
    const k = p.injects.findIndex((j: Raw) => j.channel === 'internal');
    p.injects[k].heat = 30;
    const r = checkPack(p);
    expect(r.ok).toBe(true);
    expect(warnings(r)).toEqual([`injects[${k}].heat: heat on the private channel "internal" does not reach the opinion index`]);
    expect(r.warnings.map((w) => describeProblem(w, 'zh-CN').reason)).toEqual(['“internal”是非公开渠道,热度不会计入舆情指数']);
  });

  it('a role with no tasks', () => {
    const p = base();
    p.roles[1].tasks = [];
    expect(warnings(checkPack(p))).toEqual(['roles[1].tasks: the role has no tasks']);
  });
});

describe('every field of a pack has a Chinese label', () => {
  /** Every key of every object inside the schema, however deep (optional, default, array wrappers unwrapped). */
  function keysOf(schema: unknown, out = new Set<string>()): Set<string> {
    const def = (schema as { _zod: { def: Record<string, unknown> } })._zod.def;
    if (def.type === 'object') {
      for (const [k, v] of Object.entries(def.shape as Record<string, unknown>)) {
        out.add(k);
        keysOf(v, out);
      }
    } else if (def.type === 'array') keysOf(def.element, out);
    else if ('innerType' in def) keysOf(def.innerType, out);
    return out;
  }

  it('walks the schema and finds a label for each key', () => {
    const keys = [...keysOf(ScenarioPackSchema)];
    expect(keys.length).toBeGreaterThan(60);
    expect(keys).toContain('milestone');
    expect(keys).toContain('silenceAfterMin');
    const missing = keys.filter((k) => describeProblem({ field: k, reason: 'x' }, 'zh-CN').field === k);
    expect(missing).toEqual([]);
  });
});

describe('the ten built-in packs', () => {
  it('pass the check with no errors and no warnings', async () => {
    const { readdirSync } = await import('node:fs');
    const dir = join(SOURCE_RESOURCES, 'scenarios');
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files).toHaveLength(10);
    for (const f of files) {
      const r = checkPack(JSON.parse(readFileSync(join(dir, f), 'utf8')));
      expect({ f, errors: errors(r), warnings: warnings(r) }).toEqual({ f, errors: [], warnings: [] });
    }
  });
});
