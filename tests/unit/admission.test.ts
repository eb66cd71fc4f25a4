// refusal(state, draft): the one pure rule book for what a drill accepts, tested on folded entry lists.
import { describe, expect, it } from 'vitest';
import { refusal, type AdmissionContext } from '../../shared/domain/admission';
import type { AnyEntry, EntryDraft } from '../../shared/domain/entry';
import { fold } from '../../shared/domain/fold';
import { EntryList, seedPack } from '../helpers/entries';

const MIN = 60_000;
const pack = seedPack('anonymous-email');
const ctxOf = (entries: AnyEntry[], readOnly = false): AdmissionContext => ({ readOnly, clockMs: 24 * 60 * MIN, entry: (seq) => entries.find((e) => e.seq === seq) });
const keyOf = (j: EntryList, draft: EntryDraft, readOnly = false) => refusal(fold(j.entries), draft, ctxOf(j.entries, readOnly))?.payload.key ?? null;
const log = (data: Record<string, unknown>, roleId = 'commander', text = '记录'): EntryDraft => ({ kind: 'observation', roleId, text, data: data as never });

function running(): EntryList {
  const j = new EntryList(pack);
  j.add('clock.start', 0, {});
  return j;
}

describe('what a drill admits', () => {
  it('clock moves follow the status', () => {
    const j = new EntryList(pack);
    const move = (kind: 'clock.start' | 'clock.pause' | 'clock.resume' | 'clock.finish'): EntryDraft => ({ kind, roleId: null, text: '', data: {} });
    expect(keyOf(j, move('clock.pause'))).toBe('bad_state.not_running');
    expect(keyOf(j, move('clock.finish'))).toBe('bad_state.not_started');
    expect(keyOf(j, move('clock.start'))).toBeNull();
    j.add('clock.start', 0, {});
    expect(keyOf(j, move('clock.start'))).toBe('bad_state.not_ready');
    expect(keyOf(j, move('clock.resume'))).toBe('bad_state.not_paused');
    expect(keyOf(j, move('clock.pause'))).toBeNull();
  });

  it('a milestone before the start, an unknown action, an unreleased or untargeted acknowledgement are refused', () => {
    const ready = new EntryList(pack);
    expect(keyOf(ready, log({ milestone: 'regulator_report' }))).toBe('bad_state.milestone_before_start');
    const j = running();
    expect(keyOf(j, log({ milestone: 'regulator_report' }))).toBeNull();
    expect(keyOf(j, log({ injectId: 'ae-01', actionId: 'nope' }))).toBe('invalid_input.unknown_action');
    expect(keyOf(j, log({ actionId: 'a1' }))).toBe('invalid_input.unknown_action');
    expect(keyOf(j, log({ injectId: 'ae-01', actionId: 'a1' }))).toBeNull();
    const ack = (roleId: string): EntryDraft => ({ kind: 'inject.acknowledged', roleId, text: '', data: { injectId: 'ae-01' } });
    expect(keyOf(j, ack('commander'))).toBe('bad_state.not_released');
    j.add('inject.released', MIN, { injectId: 'ae-01', manual: true, lateMs: 0, late: false });
    expect(keyOf(j, ack('commander'))).toBeNull();
    const outsider = pack.roles.find((r) => !pack.injects.find((x) => x.id === 'ae-01')!.targetRoles.includes(r.id))!.id;
    expect(keyOf(j, ack(outsider))).toBe('invalid_input.not_target');
  });

  it('voids never take out the setup, a void, or an entry twice', () => {
    const j = running();
    const wrong = j.add('observation', MIN, {}, { roleId: 'commander', text: '误记' });
    const voiding = (corrects: number): EntryDraft => ({ kind: 'correction', roleId: null, text: '作废', data: { corrects, void: true } });
    expect(keyOf(j, voiding(1))).toBe('bad_state.void_setup');
    expect(keyOf(j, voiding(wrong.seq))).toBeNull();
    const v = j.add('correction', 2 * MIN, { corrects: wrong.seq, void: true }, { text: '作废' });
    expect(keyOf(j, voiding(v.seq))).toBe('bad_state.void_of_void');
    expect(keyOf(j, voiding(wrong.seq))).toBe('bad_state.already_voided');
    expect(keyOf(j, { kind: 'correction', roleId: null, text: '补充', data: { corrects: wrong.seq, void: false } })).toBeNull();
  });

  it('a read-only or finished drill refuses what it must', () => {
    const j = running();
    expect(keyOf(j, log({}), true)).toBe('bad_state.read_only');
    j.add('clock.finish', 10 * MIN, {});
    expect(keyOf(j, log({}))).toBe('bad_state.finished');
    expect(keyOf(j, { kind: 'lesson', roleId: null, text: '经验', data: { category: 'went_well' } })).toBeNull();
  });
});
