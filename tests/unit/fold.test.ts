// fold(entries) -> DrillState: status, phases, injects, tasks, corrections and stars from the journal alone.
import { describe, expect, it } from 'vitest';
import { fold, FoldError } from '../../shared/domain/fold';
import { phaseProgress, roleProgress, injectQueue, dueInjects, nextDueClockMs, levelOf } from '../../shared/domain/progress';
import { EntryList, seedPack, T0 } from '../helpers/entries';

const MIN = 60_000;
const pack = seedPack('anonymous-email');

describe('folding a drill journal', () => {
  it('needs the drill setup first', () => {
    expect(() => fold([])).toThrow(FoldError);
  });

  it('a new drill is ready, in no phase, with its clock at zero', () => {
    const s = fold(new EntryList(pack).entries);
    expect(s.status).toBe('ready');
    expect(s.phaseIndex).toBe(-1);
    expect(s.clock).toMatchObject({ running: false, clockMs: 0 });
    expect(s.facts.name).toBe('测试演练');
  });

  it('start, pause, resume and finish move the status and the clock', () => {
    const j = new EntryList(pack);
    j.add('clock.start', 0, {});
    expect(fold(j.entries)).toMatchObject({ status: 'running', phaseIndex: 0, startedAt: T0 });
    j.add('clock.pause', 10 * MIN, {});
    let s = fold(j.entries);
    expect(s.status).toBe('paused');
    expect(s.clock).toEqual({ running: false, clockMs: 10 * MIN, at: T0 + 10 * MIN });
    // Resumed 7 minutes of wall time later: the drill clock did not move meanwhile.
    j.add('clock.resume', 10 * MIN, {}, { at: T0 + 17 * MIN });
    s = fold(j.entries);
    expect(s.clock).toEqual({ running: true, clockMs: 10 * MIN, at: T0 + 17 * MIN });
    expect(s.pauses).toBe(1);
    j.add('clock.finish', 30 * MIN, {}, { at: T0 + 37 * MIN });
    s = fold(j.entries);
    expect(s.status).toBe('finished');
    expect(s.phaseRuns.every((r) => r.endClockMs !== null)).toBe(true);
  });

  it('phase changes record when each phase ran, and the current phase shows its progress', () => {
    const j = new EntryList(pack);
    j.add('clock.start', 0, {});
    const [p1, p2] = pack.phases;
    j.add('phase.advance', 12 * MIN, { from: p1!.id, to: p2!.id });
    const s = fold(j.entries);
    expect(s.phaseIndex).toBe(1);
    expect(s.phaseRuns).toEqual([
      { phaseId: p1!.id, startClockMs: 0, endClockMs: 12 * MIN },
      { phaseId: p2!.id, startClockMs: 12 * MIN, endClockMs: null },
    ]);
    const pp = phaseProgress(s, 12 * MIN + p2!.targetMin * MIN + 1000)!;
    expect(pp.phase.id).toBe(p2!.id);
    expect(pp.level).toBe('over');
  });

  it('phase progress turns amber from 80 % of the target and red past it', () => {
    expect(levelOf(7 * MIN, 10 * MIN)).toBe('ok');
    expect(levelOf(8 * MIN, 10 * MIN)).toBe('near');
    expect(levelOf(10 * MIN + 1, 10 * MIN)).toBe('over');
  });

  it('released injects leave the queue, and contingency injects wait for a hand release', () => {
    const j = new EntryList(pack);
    j.add('clock.start', 0, {});
    const first = [...pack.injects].filter((x) => !x.contingency).sort((a, b) => a.offsetMin - b.offsetMin)[0]!;
    expect(dueInjects(fold(j.entries), first.offsetMin * MIN).map((x) => x.id)).toContain(first.id);
    j.add('inject.released', first.offsetMin * MIN, { injectId: first.id, manual: false, lateMs: 0, late: false });
    const s = fold(j.entries);
    const q = injectQueue(s);
    expect(q.released.map((x) => x.id)).toEqual([first.id]);
    expect(q.upcoming.some((x) => x.id === first.id)).toBe(false);
    expect(q.contingency.every((x) => x.contingency)).toBe(true);
    expect(nextDueClockMs(s)).toBeGreaterThanOrEqual(first.offsetMin * MIN);
  });

  it('a child inject is not due before its parent is out', () => {
    const child = pack.injects.find((x) => x.afterInjectId && !x.contingency) ?? pack.injects.find((x) => x.afterInjectId)!;
    const j = new EntryList({ ...pack, injects: pack.injects.map((x) => (x.id === child.id ? { ...x, contingency: false } : x)) });
    j.add('clock.start', 0, {});
    const due = dueInjects(fold(j.entries), 24 * 60 * MIN).map((x) => x.id);
    expect(due).not.toContain(child.id);
  });

  it('a ticked task counts once, and a voiding correction reopens it', () => {
    const j = new EntryList(pack);
    j.add('clock.start', 0, {});
    const role = pack.roles[0]!;
    const task = role.tasks[0]!;
    const done = j.add('task.done', MIN, { taskId: task.id }, { roleId: role.id });
    let s = fold(j.entries);
    expect(s.tasksDone[role.id]?.[task.id]).toBe(done.seq);
    expect(roleProgress(s, MIN).find((r) => r.roleId === role.id)!.done).toBe(1);
    j.add('correction', 2 * MIN, { corrects: done.seq, void: true }, { text: '误勾选,撤销' });
    s = fold(j.entries);
    expect(s.corrections[done.seq]).toEqual([done.seq + 1]);
    expect(s.tasksDone[role.id]?.[task.id]).toBeUndefined();
    const again = j.add('task.done', 3 * MIN, { taskId: task.id }, { roleId: role.id });
    expect(fold(j.entries).tasksDone[role.id]?.[task.id]).toBe(again.seq);
  });

  it('a role that has not answered an inject past its deadline is overdue', () => {
    const inj = pack.injects.find((x) => x.expectedActions.length > 0 && !x.contingency)!;
    const action = inj.expectedActions[0]!;
    const j = new EntryList(pack);
    j.add('clock.start', 0, {});
    j.add('inject.released', inj.offsetMin * MIN, { injectId: inj.id, manual: false, lateMs: 0, late: false });
    const after = (inj.offsetMin + action.deadlineMin) * MIN + 1000;
    let s = fold(j.entries);
    expect(roleProgress(s, after).find((r) => r.roleId === action.roleId)!.overdue.map((o) => o.actionId)).toContain(action.id);
    j.add('action', (inj.offsetMin + 1) * MIN, { injectId: inj.id, actionId: action.id }, { roleId: action.roleId, text: '已处理' });
    s = fold(j.entries);
    expect(roleProgress(s, after).find((r) => r.roleId === action.roleId)!.overdue.map((o) => o.actionId)).not.toContain(action.id);
    expect(s.lastActionClockMs[action.roleId]).toBe((inj.offsetMin + 1) * MIN);
  });

  it('stars toggle, and the latest star entry wins', () => {
    const j = new EntryList(pack);
    j.add('clock.start', 0, {});
    const obs = j.add('observation', MIN, {}, { roleId: 'monitoring', text: '微博出现转发' });
    j.add('star', MIN, { target: obs.seq, starred: true });
    expect(fold(j.entries).starred).toEqual([obs.seq]);
    j.add('star', MIN, { target: obs.seq, starred: false });
    expect(fold(j.entries).starred).toEqual([]);
  });

  it('folding is a pure function: it never changes the journal it reads, and the same journal gives the same state', () => {
    const j = new EntryList(pack);
    j.add('clock.start', 0, {});
    j.add('observation', MIN, { milestone: 'discovered' }, { roleId: 'monitoring', text: '发现' });
    j.add('inject.released', 2 * MIN, { injectId: pack.injects[0]!.id, manual: true, lateMs: 0, late: false });
    const voided = j.add('observation', 3 * MIN, {}, { roleId: 'monitoring', text: '记错了' });
    j.add('correction', 4 * MIN, { corrects: voided.seq, void: true }, { text: '误记' });
    j.add('correction', 5 * MIN, { corrects: 2, void: false }, { text: '发现（更正）' });
    const before = structuredClone(j.entries);
    // Frozen all the way down: any write by fold (or what it calls) throws in strict-mode modules.
    const frozen = deepFreeze(structuredClone(j.entries));
    const state = fold(frozen);
    expect(frozen).toEqual(before);
    expect(state).toEqual(fold(before));
  });
});

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}
