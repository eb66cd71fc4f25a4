// What a drill admits about people after and around it: improvement follow-ups (also after the finish), check-ins and role handovers.
import { describe, expect, it } from 'vitest';
import { refusal, type AdmissionContext } from '../../shared/domain/admission';
import type { AnyEntry, EntryDraft, ImprovementMove } from '../../shared/domain/entry';
import { fold } from '../../shared/domain/fold';
import { errorMessage } from '../../shared/i18n/errors';
import { EntryList, seedPack } from '../helpers/entries';

const MIN = 60_000;
const pack = seedPack('anonymous-email');
const ctxOf = (entries: AnyEntry[]): AdmissionContext => ({
  readOnly: false,
  clockMs: 24 * 60 * MIN,
  entry: (seq) => entries.find((e) => e.seq === seq),
  journal: () => entries,
});
const refused = (j: EntryList, draft: EntryDraft) => refusal(fold(j.entries), draft, ctxOf(j.entries));
const keyOf = (j: EntryList, draft: EntryDraft) => refused(j, draft)?.payload.key ?? null;
const move = (improvement: number, m: ImprovementMove): EntryDraft<'improvement.followup'> => ({ kind: 'improvement.followup', roleId: null, text: '', data: { improvement, move: m, by: '王科长' } });
const checkIn = (name: string, late: boolean, roleId: string | null = 'spokesperson', capacity?: 'facilitator' | 'evaluator' | 'observer'): EntryDraft<'attendance'> => ({
  kind: 'attendance',
  roleId,
  text: name,
  data: { name, late, ...(capacity ? { capacity } : {}) },
});
const handover = (from: string, to: string, roleId: string | null = 'spokesperson'): EntryDraft<'role.handover'> => ({ kind: 'role.handover', roleId, text: '', data: { from, to } });

/** A finished drill with one improvement measure (seq returned). */
function finishedWithMeasure(): { j: EntryList; seq: number } {
  const j = new EntryList(pack);
  j.add('clock.start', 0, {});
  j.add('clock.finish', 30 * MIN, {});
  const m = j.add('improvement', 30 * MIN, { owner: '李明', department: '办公室', due: '2026-12-31' }, { text: '建立舆情信息共享台账' });
  return { j, seq: m.seq };
}

describe('improvement follow-ups', () => {
  it('move a measure of a finished drill along 待整改 → 整改中 → 已完成 → 已验收, and reopen it', () => {
    const { j, seq } = finishedWithMeasure();
    for (const m of ['in_progress', 'done', 'accepted', 'reopened', 'done'] as const) {
      expect(keyOf(j, move(seq, m))).toBeNull();
      j.add('improvement.followup', 30 * MIN, move(seq, m).data);
    }
  });

  it('refuse a move its status does not allow, naming the status in both languages', () => {
    const { j, seq } = finishedWithMeasure();
    expect(keyOf(j, move(seq, 'accepted'))).toBe('bad_state.improvement_open');
    expect(keyOf(j, move(seq, 'reopened'))).toBe('bad_state.improvement_open');
    j.add('improvement.followup', 30 * MIN, move(seq, 'done').data);
    expect(keyOf(j, move(seq, 'in_progress'))).toBe('bad_state.improvement_done');
    j.add('improvement.followup', 30 * MIN, move(seq, 'accepted').data);
    const no = refused(j, move(seq, 'done'))!;
    expect(no.payload.key).toBe('bad_state.improvement_accepted');
    expect(errorMessage(no.payload, 'zh-CN')).toMatch(/^该措施已验收,不能标为已完成。/);
    expect(errorMessage(no.payload, 'en')).toMatch(/^This measure has been accepted; it cannot be marked done\./);
    expect(errorMessage(no.payload, 'en')).not.toMatch(/\p{Script=Han}/u);
  });

  it('point at a live improvement entry only', () => {
    const { j, seq } = finishedWithMeasure();
    expect(keyOf(j, move(2, 'done'))).toBe('invalid_input.unknown_improvement'); // the start
    expect(keyOf(j, move(99, 'done'))).toBe('invalid_input.unknown_improvement');
    j.add('correction', 30 * MIN, { corrects: seq, void: true }, { text: '重复录入' });
    expect(keyOf(j, move(seq, 'done'))).toBe('bad_state.improvement_voided');
  });

  it('a voided follow-up no longer counts: the measure is back where it was', () => {
    const { j, seq } = finishedWithMeasure();
    const done = j.add('improvement.followup', 30 * MIN, move(seq, 'done').data);
    expect(keyOf(j, move(seq, 'accepted'))).toBeNull();
    j.add('correction', 30 * MIN, { corrects: done.seq, void: true }, { text: '误点' });
    expect(keyOf(j, move(seq, 'accepted'))).toBe('bad_state.improvement_open');
  });

  it('are refused when the rules cannot read the journal', () => {
    const { j, seq } = finishedWithMeasure();
    const ctx = ctxOf(j.entries);
    delete ctx.journal;
    expect(refusal(fold(j.entries), move(seq, 'done'), ctx)?.payload.key).toBe('invalid_input');
  });
});

describe('check-ins', () => {
  it('are allowed before the start (on time), during and after the finish (late), as main decides', () => {
    const j = new EntryList(pack);
    expect(keyOf(j, checkIn('张伟', false))).toBeNull();
    expect(keyOf(j, checkIn('张伟', true))).toBe('invalid_input'); // late before the start is not the drill's fact
    j.add('clock.start', 0, {});
    expect(keyOf(j, checkIn('赵敏', false))).toBe('invalid_input');
    expect(keyOf(j, checkIn('赵敏', true))).toBeNull();
    j.add('clock.finish', 30 * MIN, {});
    expect(keyOf(j, checkIn('孙丽', true, null, 'observer'))).toBeNull();
  });

  it('need a name, a role of the pack or a capacity, and happen once per person and capacity', () => {
    const j = new EntryList(pack);
    expect(keyOf(j, checkIn('  ', false))).toBe('invalid_input.attendance_name');
    expect(keyOf(j, checkIn('张伟', false, 'press_officer'))).toBe('invalid_input.unknown_role');
    expect(keyOf(j, checkIn('张伟', false, null))).toBe('invalid_input.attendance_capacity');
    j.add('attendance', 0, { name: '张伟', late: false }, { roleId: 'spokesperson' });
    expect(keyOf(j, checkIn('张伟', false))).toBe('bad_state.already_checked_in');
    expect(keyOf(j, checkIn('张伟', false, null, 'evaluator'))).toBeNull();
  });
});

describe('role handovers', () => {
  it('happen only while the drill runs or is paused, for a role of the pack, from its holder to someone else', () => {
    const j = new EntryList(pack);
    j.add('attendance', 0, { name: '张伟', late: false }, { roleId: 'spokesperson' });
    expect(keyOf(j, handover('张伟', '李娜'))).toBe('bad_state.handover_not_started');
    j.add('clock.start', 0, {});
    expect(keyOf(j, handover('张伟', '李娜', null))).toBe('invalid_input.handover_role');
    expect(keyOf(j, handover('张伟', '李娜', 'nope'))).toBe('invalid_input.unknown_role');
    expect(keyOf(j, handover('张伟', '张伟'))).toBe('invalid_input.handover_same');
    expect(keyOf(j, handover('', '李娜'))).toBe('invalid_input.handover_names');
    const wrong = refused(j, handover('王强', '李娜'))!;
    expect(wrong.payload.key).toBe('bad_state.handover_not_holder');
    expect(errorMessage(wrong.payload, 'zh-CN')).toContain('该岗位当前由“张伟”担任');
    expect(keyOf(j, handover('张伟', '李娜'))).toBeNull();
    j.add('role.handover', 40 * MIN, { from: '张伟', to: '李娜' }, { roleId: 'spokesperson' });
    expect(keyOf(j, handover('张伟', '王强'))).toBe('bad_state.handover_not_holder');
    j.add('clock.pause', 41 * MIN, {});
    expect(keyOf(j, handover('李娜', '王强'))).toBeNull();
    j.add('clock.finish', 50 * MIN, {});
    expect(keyOf(j, handover('李娜', '王强'))).toBe('bad_state.finished');
  });
});
