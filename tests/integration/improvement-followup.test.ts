// Improvement follow-ups after the finish, on real SQLite: each move a journal entry with who and evidence of completion,
// refused moves write nothing, the ledger across drills and the carry-over read the journals; seats may not call them.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Entry } from '../../shared/domain/entry';
import type { ImprovementLedger } from '../../shared/ipc/contract';
import { errorMessage } from '../../shared/i18n/errors';
import { unpackArchiveFile } from '../helpers/archives';
import { makeWorld, MIN, type World } from '../helpers/world';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

let world: World;
beforeEach(() => {
  world = makeWorld({ live: false });
});
afterEach(() => world.dispose());

const call = async <T = unknown>(name: string, input: unknown): Promise<T> => {
  const r = await world.services.dispatch(name, input);
  if (!r.ok) throw new Error(errorMessage(r.error, 'zh-CN'));
  return r.value as T;
};
const refusedKey = async (name: string, input: unknown) => {
  const r = await world.services.dispatch(name, input);
  if (r.ok) throw new Error(`${name} was not refused`);
  return r.error;
};

/** A finished drill of a branch with one open measure; returns its id and the measure's seq. */
async function finishedDrill(name: string, branch: string, due: string): Promise<{ drillId: string; seq: number }> {
  const { drillId } = await call<{ drillId: string }>('drill.create', { scenarioId: 'anonymous-email', facts: { name, branch } });
  await call('clock.start', { drillId });
  world.clock.advance(30 * MIN);
  await call('clock.finish', { drillId });
  const { seq } = await call<{ seq: number }>('review.improvement', { drillId, measure: '建立舆情信息共享台账', owner: '李明', department: '办公室', acceptance: '台账上线并试运行一周', due });
  return { drillId, seq };
}

describe('following up an improvement measure after the finish', () => {
  it('records each move with who and evidence of completion; the evidence is stored by hash and travels in the archive', async () => {
    const { drillId, seq } = await finishedDrill('城东支行演练', '城东支行', '2099-12-31');
    const m = world.services.drills.entries(drillId).find((e) => e.seq === seq) as Entry<'improvement'>;
    expect(m.data).toMatchObject({ owner: '李明', department: '办公室', acceptance: '台账上线并试运行一周' });

    await call('improvement.followup', { drillId, improvement: seq, move: 'in_progress', by: '李明', text: '已起草台账模板' });
    const done = await call<{ seq: number; attachments: { sha256: string }[] }>('improvement.followup', {
      drillId,
      improvement: seq,
      move: 'done',
      by: '李明',
      text: '台账已上线',
      files: [{ name: '台账截图.png', mime: 'image/png', base64: PNG.toString('base64') }],
    });
    expect(done.attachments.map((a) => a.sha256)).toEqual([sha(PNG)]);
    expect(readFileSync(world.services.evidence.pathOf(sha(PNG)))).toEqual(PNG);
    await call('improvement.followup', { drillId, improvement: seq, move: 'accepted', by: '王科长', text: '验收通过' });

    const follow = world.services.drills.entries(drillId).filter((e): e is Entry<'improvement.followup'> => e.kind === 'improvement.followup');
    expect(follow.map((e) => [e.data.move, e.data.by, e.text])).toEqual([
      ['in_progress', '李明', '已起草台账模板'],
      ['done', '李明', '台账已上线'],
      ['accepted', '王科长', '验收通过'],
    ]);
    // The attachment is readable through the evidence call and is exported with the archive.
    const read = await call<{ name: string; base64: string }>('evidence.read', { drillId, sha256: sha(PNG) });
    expect(read.name).toBe('台账截图.png');
    const saved = await world.services.exportArchive(drillId);
    const parts = unpackArchiveFile(saved.path!);
    expect(Object.keys(parts.files).some((n) => n.includes(sha(PNG)))).toBe(true);

    const ledger = await call<ImprovementLedger>('ledger.improvements', {});
    expect(ledger.rows).toHaveLength(1);
    expect(ledger.rows[0]).toMatchObject({ drillId, seq, status: 'accepted', overdue: false, followUps: 3, lastMove: { move: 'accepted', by: '王科长' } });
  });

  it('refuses a move its status does not allow and writes nothing, not even the evidence file', async () => {
    const { drillId, seq } = await finishedDrill('城东支行演练', '城东支行', '2099-12-31');
    const before = world.services.drills.entries(drillId).length;
    const err = await refusedKey('improvement.followup', {
      drillId,
      improvement: seq,
      move: 'accepted',
      by: '王科长',
      text: '',
      files: [{ name: '验收单.png', mime: 'image/png', base64: PNG.toString('base64') }],
    });
    expect(err.key).toBe('bad_state.improvement_open');
    expect(world.services.drills.entries(drillId)).toHaveLength(before);
    expect(world.services.evidence.has(sha(PNG))).toBe(false);
  });

  it('the ledger spans every drill; the overdue filter picks the open measure past its due date', async () => {
    const a = await finishedDrill('演练一', '城东支行', '2000-01-31');
    const b = await finishedDrill('演练二', '城西支行', '2099-12-31');
    const all = await call<ImprovementLedger>('ledger.improvements', {});
    expect(all.rows.map((r) => [r.drillName, r.branch, r.overdue])).toEqual([
      ['演练一', '城东支行', true],
      ['演练二', '城西支行', false],
    ]);
    const overdue = await call<ImprovementLedger>('ledger.improvements', { filter: { overdueOnly: true } });
    expect(overdue.rows.map((r) => r.drillId)).toEqual([a.drillId]);
    await call('improvement.followup', { drillId: a.drillId, improvement: a.seq, move: 'done', by: '李明', text: '' });
    expect((await call<ImprovementLedger>('ledger.improvements', { filter: { overdueOnly: true } })).rows).toEqual([]);
    expect((await call<ImprovementLedger>('ledger.improvements', { filter: { statuses: ['done'] } })).rows.map((r) => r.drillId)).toEqual([a.drillId]);
    void b;
  });

  it('carries an open measure into the review of the next drill of the same branch, and a follow-up from there lands in its own drill', async () => {
    const first = await finishedDrill('第一次演练', '城东支行', '2099-12-31');
    await finishedDrill('别的支行', '城西支行', '2099-12-31');
    world.clock.advance(MIN);
    const { drillId: next } = await call<{ drillId: string }>('drill.create', { scenarioId: 'transfer-failure', facts: { name: '第二次演练', branch: '城东支行' } });
    const carried = await call<ImprovementLedger>('review.carryOver', { drillId: next });
    expect(carried.rows.map((r) => [r.drillId, r.measure, r.status])).toEqual([[first.drillId, '建立舆情信息共享台账', 'open']]);
    const nextBefore = world.services.drills.entries(next).length;
    await call('improvement.followup', { drillId: carried.rows[0]!.drillId, improvement: carried.rows[0]!.seq, move: 'in_progress', by: '李明', text: '' });
    expect(world.services.drills.entries(next)).toHaveLength(nextBefore);
    expect((await call<ImprovementLedger>('review.carryOver', { drillId: next })).rows[0]!.status).toBe('in_progress');
    // The earlier drill sees nothing carried over into it.
    expect((await call<ImprovementLedger>('review.carryOver', { drillId: first.drillId })).rows).toEqual([]);
  });
});

describe('attendance through the calls', () => {
  it('main decides late from the drill clock; a handover is recorded with its drill time', async () => {
    const { drillId } = await call<{ drillId: string }>('drill.create', { scenarioId: 'anonymous-email', facts: { name: '签到演练' } });
    await call('attendance.checkIn', { drillId, name: '张伟', department: '办公室', roleId: 'spokesperson' });
    await call('attendance.checkIn', { drillId, name: '陈主任', roleId: null, capacity: 'facilitator' });
    await call('clock.start', { drillId });
    world.clock.advance(12 * MIN);
    await call('attendance.checkIn', { drillId, name: '周婷', roleId: 'monitoring' });
    world.clock.advance(28 * MIN);
    await call('role.handover', { drillId, roleId: 'spokesperson', from: '张伟', to: '李娜' });
    const entries = world.services.drills.entries(drillId);
    const att = entries.filter((e): e is Entry<'attendance'> => e.kind === 'attendance');
    expect(att.map((e) => [e.data.name, e.roleId, e.data.late, e.clockMs])).toEqual([
      ['张伟', 'spokesperson', false, 0],
      ['陈主任', null, false, 0],
      ['周婷', 'monitoring', true, 12 * MIN],
    ]);
    const h = entries.find((e) => e.kind === 'role.handover')!;
    expect([h.roleId, h.clockMs, h.data]).toEqual(['spokesperson', 40 * MIN, { from: '张伟', to: '李娜' }]);
    expect((await refusedKey('role.handover', { drillId, roleId: 'spokesperson', from: '张伟', to: '王强' })).key).toBe('bad_state.handover_not_holder');
  });

  it('a seat may not check people in, follow up measures or read the ledger', async () => {
    const { drillId } = await call<{ drillId: string }>('drill.create', { scenarioId: 'anonymous-email', facts: { name: '席位' } });
    const seat = { kind: 'role' as const, seatId: 's1', drillId, roleId: 'monitoring' };
    for (const [name, input] of [
      ['ledger.improvements', {}],
      ['review.carryOver', { drillId }],
      ['attendance.checkIn', { drillId, name: 'x', roleId: 'monitoring' }],
      ['role.handover', { drillId, roleId: 'monitoring', from: 'a', to: 'b' }],
      ['improvement.followup', { drillId, improvement: 1, move: 'done', by: 'x', text: '' }],
    ] as const) {
      const r = await world.services.dispatch(name, input, seat);
      expect(r.ok ? null : r.error.key).toBe('forbidden_seat.call');
    }
  });
});
