// Issue 9, item 2: ids like toString or __proto__ are plain names; one unreadable drill never keeps the app from starting.
import fc from 'fast-check';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { composeServices, type Services } from '../../../electron/app/compose';
import { headlessPorts } from '../../../electron/app/headlessPorts';
import { SOURCE_RESOURCES } from '../../../electron/app/paths';
import { SimulatedClock } from '../../../electron/clock/simulatedClock';
import { fold } from '../../../shared/domain/fold';
import { checkPack, type ScenarioPack } from '../../../shared/domain/scenario';
import { errorMessage } from '../../../shared/i18n/errors';
import { describeProblem } from '../../../shared/i18n/problems';
import type { DrillSummary } from '../../../shared/ipc/contract';
import type { ErrorPayload } from '../../../shared/ipc/errors';
import { tempDir, makeWorld, MIN, type World } from '../../helpers/world';

const HOSTILE = ['toString', 'constructor', '__proto__', 'valueOf', 'hasOwnProperty', 'isPrototypeOf'] as const;
const POOL = [...HOSTILE, 'propertyIsEnumerable', 'toLocaleString', '__defineGetter__', 'a1', 'a2', 'r1', 'x-1', 'inj.2'];

type Reply = { ok: true; value: unknown } | { ok: false; error: ErrorPayload };

interface PackIds {
  phases: string[];
  roles: string[];
  tasks: string[];
  injects: string[];
  actions: string[];
  objectives: string[];
}

/** A small, valid pack whose every id comes from the lists given. */
function packOf(ids: PackIds): ScenarioPack {
  const role = (i: number) => ids.roles[i % ids.roles.length]!;
  const raw = {
    schema: 'drillroom.scenario/1',
    id: 'hostile-ids',
    title: '原型链名称',
    summary: '编号取自 Object.prototype 的剧本',
    objectives: ids.objectives.map((id) => ({ id, text: `目标 ${id}` })),
    phases: ids.phases.map((id, i) => ({ id, name: `阶段 ${i + 1}`, targetMin: 10 })),
    roles: ids.roles.map((id, i) => ({ id, name: `角色 ${i + 1}`, tasks: ids.tasks.map((t, k) => ({ id: t, text: `任务 ${k + 1}`, phaseId: ids.phases[k % ids.phases.length] })) })),
    injects: ids.injects.map((id, i) => ({
      id,
      // Inside its own phase (phases run 10 minutes each, one after another): the check refuses a time its phase does not hold.
      offsetMin: (i % ids.phases.length) * 10 + Math.floor(i / ids.phases.length) * 2,
      channel: i % 2 ? 'weibo' : 'email',
      sender: '客户',
      ...(i % 2 ? {} : { title: `注入 ${i + 1}` }),
      content: `情景注入 ${id} 的正文`,
      targetRoles: [role(i), role(i + 1)].filter((r, k, all) => all.indexOf(r) === k),
      expectedActions: ids.actions.map((a, k) => ({ id: a, text: `应对 ${a}`, roleId: role(i + k), deadlineMin: 5, ...(k === 0 ? { milestone: 'first_response' } : {}) })),
      phaseId: ids.phases[i % ids.phases.length],
      ...(i > 0 ? { afterInjectId: ids.injects[0] } : {}),
      heat: 20,
    })),
    timingTargets: [{ id: ids.objectives[0] ?? 'tt', label: '首次回应', from: 'start', to: 'first_response', targetMin: 30 }],
  };
  const res = checkPack(raw);
  if (!res.ok) throw new Error(`test pack refused: ${JSON.stringify(res.problems)}`);
  return res.pack;
}

const everyHostile: PackIds = {
  phases: ['__proto__', 'toString', 'valueOf'],
  roles: ['constructor', 'toString', 'hasOwnProperty'],
  tasks: ['toString', '__proto__', 'isPrototypeOf'],
  injects: ['toString', '__proto__', 'constructor', 'hasOwnProperty'],
  actions: ['valueOf', '__proto__'],
  objectives: ['constructor', '__proto__'],
};

let world: World | undefined;
afterEach(() => {
  world?.dispose();
  world = undefined;
});

async function ok<T>(w: World, name: string, input: unknown): Promise<T> {
  const r = (await w.services.dispatch(name, input)) as Reply;
  if (!r.ok) throw new Error(`${name} refused: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

describe('hostile ids', () => {
  it('an inject, role, task and action named toString, constructor, __proto__ or hasOwnProperty work like any other name', async () => {
    world = makeWorld();
    const w = world;
    const pack = packOf(everyHostile);
    const { drillId } = await ok<{ drillId: string }>(w, 'drill.create', { packText: JSON.stringify(pack), facts: { name: '原型链演练', participants: JSON.parse('{"toString":"张三","constructor":"李四"}') } });
    await ok(w, 'clock.start', { drillId });
    for (const injectId of everyHostile.injects) {
      await ok(w, 'inject.release', { drillId, injectId });
      const inj = pack.injects.find((j) => j.id === injectId)!;
      for (const roleId of inj.targetRoles) await ok(w, 'inject.acknowledge', { drillId, injectId, roleId });
      for (const a of inj.expectedActions) await ok(w, 'entry.log', { drillId, kind: 'action', roleId: a.roleId, text: `完成 ${a.id}`, injectId, actionId: a.id });
    }
    for (const roleId of everyHostile.roles) for (const taskId of everyHostile.tasks) await ok(w, 'task.done', { drillId, roleId, taskId });
    await ok(w, 'review.score', { drillId, target: 'objective', targetId: '__proto__', rating: 'S', remark: '良好', roleId: 'hasOwnProperty' });
    await ok(w, 'review.score', { drillId, target: 'role', targetId: 'constructor', rating: 'P', remark: '', roleId: 'toString' });
    const state = w.services.drills.state(drillId);
    expect(Object.keys(state.acknowledged).sort()).toEqual([...everyHostile.injects].sort());
    expect(Object.getOwnPropertyDescriptor(state.acknowledged, '__proto__')?.value).toEqual(pack.injects.find((j) => j.id === '__proto__')!.targetRoles);
    expect(Object.keys(Object.getOwnPropertyDescriptor(state.tasksDone, 'toString')!.value).sort()).toEqual([...everyHostile.tasks].sort());
    expect(Object.getOwnPropertyDescriptor(state.tasksDone['toString'], '__proto__')?.value).toEqual(expect.any(Number));
    expect(Object.getOwnPropertyDescriptor(state.facts.participants, 'toString')?.value).toBe('张三');
    expect(Object.getOwnPropertyDescriptor(state.lastActionClockMs, 'constructor')?.value).toEqual(expect.any(Number));
    expect(Object.keys(state.actionsDone)).toHaveLength(everyHostile.injects.length * everyHostile.actions.length);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect((await ok<{ bytes: number }>(w, 'minutes.export', { drillId })).bytes).toBeGreaterThan(1000);
    // Start again on the same folder: recovery folds the drill, and the host comes up.
    const again = w.restart({ downMs: 3_000 });
    expect(again.drills.list().map((d) => d.drillId)).toContain(drillId);
    expect(again.drills.state(drillId).released.map((r) => r.injectId)).toEqual(everyHostile.injects);
  });

  it('a committed entry is reported as committed even when a change listener throws, and the error is logged', async () => {
    const dir = tempDir();
    const logged: unknown[] = [];
    const s = composeServices({ dataDir: dir, resourcesDir: SOURCE_RESOURCES, ports: headlessPorts(join(dir, 'exports')), clock: new SimulatedClock(), live: false, onError: (e) => logged.push(e) });
    try {
      const drillId = s.drills.create({ pack: s.scenarios.get('transfer-failure'), facts: { name: '监听器故障' }, language: 'zh-CN' });
      await s.dispatch('clock.start', { drillId });
      s.drills.onChange(() => {
        throw new Error('listener broke');
      });
      const reply = (await s.dispatch('entry.log', { drillId, kind: 'observation', roleId: 'monitoring', text: '已写入' })) as Reply;
      expect(reply).toMatchObject({ ok: true, value: { seq: 3 } });
      expect(s.drills.entries(drillId)).toHaveLength(3);
      expect(logged.map((e) => String((e as Error).message))).toContain('listener broke');
    } finally {
      s.close();
    }
  });

  it('a drill whose journal cannot be folded is listed as damaged; the app starts, the others open, it can be verified and archived', async () => {
    world = makeWorld();
    const w = world;
    const good = await ok<{ drillId: string }>(w, 'drill.create', { scenarioId: 'anonymous-email', facts: { name: '正常演练' } });
    await ok(w, 'clock.start', { drillId: good.drillId });
    // A journal that does not start with drill.setup: fold refuses it.
    const broken = 'D20261128-broken01';
    w.services.journal.createDrill(broken, w.clock.now());
    w.services.journal.append(broken, { kind: 'observation', roleId: 'scribe', text: '没有设置的记录', data: {} }, { at: w.clock.now(), clockMs: 0, phaseId: null });
    w.clock.advance(MIN);
    let again: Services | undefined;
    expect(() => (again = w.restart({ downMs: 2_000 }))).not.toThrow();
    const list = (await ok<DrillSummary[]>(w, 'drill.list', {})) as (DrillSummary & { damaged?: string | null })[];
    const damaged = list.find((d) => d.drillId === broken)!;
    expect(damaged.damaged).toEqual(expect.any(String));
    expect(list.find((d) => d.drillId === good.drillId)!.damaged).toBeNull();
    expect(again!.drills.state(good.drillId).recoveries).toBe(1);
    const opened = (await w.services.dispatch('drill.open', { drillId: broken })) as Reply;
    expect(opened).toMatchObject({ ok: false, error: { code: 'bad_state', key: 'bad_state.damaged' } });
    const error = (opened as { error: ErrorPayload }).error;
    expect(errorMessage(error, 'zh-CN')).toContain('无法读取');
    expect(errorMessage(error, 'en')).toContain('cannot be read');
    expect(w.services.journal.verify()).toMatchObject({ ok: true });
    const archived = await ok<{ path: string }>(w, 'archive.export', { drillId: broken });
    expect(existsSync(archived.path)).toBe(true);
  });

  it('any pack that passes scenario check, driven by a random sequence of calls, never makes fold throw nor a call answer internal', async () => {
    world = makeWorld();
    const w = world;
    const ids = (min: number, max: number) => fc.uniqueArray(fc.constantFrom(...POOL), { minLength: min, maxLength: max });
    const roleIds = fc.uniqueArray(fc.constantFrom(...POOL.filter((id) => id !== '__proto__')), { minLength: 1, maxLength: 3 });
    const packIds = fc.record({ phases: ids(1, 3), roles: roleIds, tasks: ids(0, 2), injects: ids(1, 4), actions: ids(0, 2), objectives: ids(0, 2) });
    const pick = fc.nat(7);
    const step = fc.oneof(
      fc.constantFrom('clock.start', 'clock.pause', 'clock.resume', 'phase.next', 'clock.finish', 'drill.open', 'drill.list').map((name) => ({ name, pick: [0, 0, 0] })),
      fc.record({ name: fc.constantFrom('inject.release', 'inject.acknowledge', 'task.done', 'entry.log', 'entry.correct', 'entry.star', 'review.score', 'evidence.attach', 'tick'), pick: fc.tuple(pick, pick, pick) }),
    );
    let calls = 0;
    let refusals = 0;
    await fc.assert(
      fc.asyncProperty(packIds, fc.array(step, { minLength: 5, maxLength: 30 }), async (pid, steps) => {
        const pack = packOf(pid);
        const { drillId } = await ok<{ drillId: string }>(w, 'drill.create', { packText: JSON.stringify(pack), facts: { name: '随机演练', participants: Object.fromEntries(pid.roles.map((r) => [r, r])) } });
        const at = <T>(list: readonly T[], i: number) => list[i % Math.max(1, list.length)];
        for (const { name, pick: [a, b, c] } of steps) {
          if (name === 'tick') {
            w.clock.advance((a + 1) * MIN);
            continue;
          }
          const inj = at(pack.injects, a)!;
          const role = at(pack.roles, b)!;
          const action = at(inj.expectedActions, c);
          const lastSeq = w.services.drills.entries(drillId).length;
          const input: Record<string, unknown> = { drillId };
          if (name === 'inject.release') input['injectId'] = inj.id;
          if (name === 'inject.acknowledge') Object.assign(input, { injectId: inj.id, roleId: at(inj.targetRoles, b) });
          if (name === 'task.done') Object.assign(input, { roleId: role.id, taskId: at(role.tasks, c)?.id ?? 'none' });
          if (name === 'entry.log')
            Object.assign(input, { kind: 'action', roleId: action?.roleId ?? role.id, text: '处置', injectId: inj.id, ...(action ? { actionId: action.id, milestone: action.milestone } : {}) });
          if (name === 'entry.correct') Object.assign(input, { seq: 1 + (a % lastSeq), text: '更正', void: b % 2 === 0 });
          if (name === 'entry.star') Object.assign(input, { seq: 1 + (a % lastSeq), starred: b % 2 === 0 });
          if (name === 'review.score')
            Object.assign(input, b % 2 || pack.objectives.length === 0 ? { target: 'role', targetId: role.id } : { target: 'objective', targetId: at(pack.objectives, c)!.id }, { rating: 'S', remark: '', roleId: role.id });
          if (name === 'evidence.attach') Object.assign(input, { roleId: role.id, text: '证据', files: [], injectId: inj.id, ...(action ? { actionId: action.id } : {}) });
          const reply = (await w.services.dispatch(name, input)) as Reply;
          calls++;
          if (!reply.ok) {
            refusals++;
            if (reply.error.code === 'internal') throw new Error(`${name} answered internal: ${JSON.stringify(reply.error)}`);
          }
          expect(() => fold(w.services.journal.entries(drillId))).not.toThrow();
        }
        return true;
      }),
      { numRuns: 40 },
    );
    expect(calls).toBeGreaterThan(100);
    expect(calls - refusals).toBeGreaterThan(50);
    // Every drill made above folds again in a fresh process.
    const again = w.restart({ downMs: 1_000 });
    expect(again.drills.list().every((d) => (d as DrillSummary & { damaged?: unknown }).damaged == null)).toBe(true);
  });
});

// Keep the pool honest: every hostile name passes the id rule (but one), so the tests above exercise them.
describe('the hostile pool', () => {
  it('passes scenario check with every name', () => {
    expect(() => packOf(everyHostile)).not.toThrow();
    expect(HOSTILE.every((h) => POOL.includes(h))).toBe(true);
  });

  it('refuses __proto__ as a role id only, with a clear message (zod drops that key from the participants record)', () => {
    expect(() => packOf({ ...everyHostile, roles: ['__proto__', 'constructor'] })).toThrow(/reserved name/);
    const res = checkPack({ ...packOf(everyHostile), roles: [{ id: '__proto__', name: '角色', tasks: [] }] });
    expect(res.ok).toBe(false);
    const problem = !res.ok ? res.problems.find((p) => p.field === 'roles[0].id') : undefined;
    expect(problem && describeProblem(problem, 'zh-CN').reason).toContain('保留名称');
  });
});
