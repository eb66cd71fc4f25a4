// 补记: an entry logged after the fact carries the drill time it happened; timelines sort by it, admission bounds it.
import { describe, expect, it } from 'vitest';
import { refusal } from '../../shared/domain/admission';
import type { AnyEntry, EntryDraft } from '../../shared/domain/entry';
import { fold } from '../../shared/domain/fold';
import { answersBeforeInject, byOccurred, lateMinutes, occurredMs } from '../../shared/domain/occurred';
import { errorMessage } from '../../shared/i18n/errors';
import { EntryList, seedPack } from '../helpers/entries';

const MIN = 60_000;
const pack = seedPack('anonymous-email');
const ctx = (entries: AnyEntry[], clockMs: number) => ({ readOnly: false, clockMs, entry: (seq: number) => entries.find((e) => e.seq === seq) });
const draft = (occurred: number): EntryDraft => ({ kind: 'observation', roleId: 'monitoring', text: '补记', data: { occurredMs: occurred } as never });

function running(): EntryList {
  const j = new EntryList(pack);
  j.add('clock.start', 0, {});
  return j;
}

describe('backdated entries (补记)', () => {
  it('sort by the time they happened; the chain order stays the recording order', () => {
    const j = running();
    const live = j.add('observation', 10 * MIN, {}, { roleId: 'monitoring', text: '实时' });
    const late = j.add('observation', 12 * MIN, { occurredMs: 4 * MIN }, { roleId: 'monitoring', text: '补记' });
    expect(late.seq).toBeGreaterThan(live.seq);
    expect([...j.entries].sort(byOccurred).map((e) => e.seq)).toEqual([1, 2, late.seq, live.seq]);
    expect(occurredMs(late)).toBe(4 * MIN);
    expect(lateMinutes(late)).toBe(8);
    expect(lateMinutes(live)).toBe(0);
  });

  it('are refused before the drill started and after now, with a message in both languages', () => {
    const j = running();
    j.add('observation', 10 * MIN, {}, { roleId: 'monitoring', text: '实时' });
    const s = fold(j.entries);
    expect(refusal(s, draft(3 * MIN), ctx(j.entries, 11 * MIN))).toBeNull();
    expect(refusal(s, draft(11 * MIN), ctx(j.entries, 11 * MIN))).toBeNull();
    const future = refusal(s, draft(12 * MIN), ctx(j.entries, 11 * MIN));
    expect(future?.payload).toMatchObject({ key: 'invalid_input.occurred_future', params: { occurred: 'T+00:12:00', now: 'T+00:11:00' } });
    expect(errorMessage(future!.payload, 'zh-CN')).toContain('T+00:12:00');
    expect(errorMessage(future!.payload, 'en')).toContain('T+00:11:00');
    const early = refusal(s, draft(-MIN), ctx(j.entries, 11 * MIN));
    expect(early?.payload.key).toBe('invalid_input.occurred_before_start');
    expect(errorMessage(early!.payload, 'zh-CN')).toMatch(/开始/);
    expect(errorMessage(early!.payload, 'en')).toMatch(/start/);
  });

  it('are refused in a drill that has not started', () => {
    const j = new EntryList(pack);
    expect(refusal(fold(j.entries), draft(0), ctx(j.entries, 0))?.payload.key).toBe('invalid_input.occurred_before_start');
  });

  it('mark milestones and expected actions at the time they happened', () => {
    const j = running();
    j.add('inject.released', 2 * MIN, { injectId: 'ae-01', manual: false, lateMs: 0, late: false });
    j.add('communication', 20 * MIN, { injectId: 'ae-01', actionId: 'a1', milestone: 'reported', audience: 'internal', occurredMs: 6 * MIN }, { roleId: 'monitoring', text: '补记上报' });
    const s = fold(j.entries);
    expect(s.milestones.reported).toBe(6 * MIN);
    expect(s.actionsDone['ae-01/a1']).toBe(6 * MIN);
    expect(s.lastActionClockMs['monitoring']).toBe(6 * MIN);
  });

  it('an answer that happened before the inject it answers is flagged (时序存疑)', () => {
    const j = running();
    j.add('inject.released', 10 * MIN, { injectId: 'ae-01', manual: false, lateMs: 0, late: false });
    const before = j.add('observation', 15 * MIN, { injectId: 'ae-01', occurredMs: 8 * MIN }, { roleId: 'monitoring', text: '补记' });
    const after = j.add('observation', 16 * MIN, { injectId: 'ae-01', occurredMs: 12 * MIN }, { roleId: 'monitoring', text: '补记' });
    const s = fold(j.entries);
    expect(answersBeforeInject(s.released, before)).toBe(true);
    expect(answersBeforeInject(s.released, after)).toBe(false);
  });
});

describe('the timing check the review shows', () => {
  it('lists live backdated and doubtful entries in the order they happened, not voided ones', async () => {
    const { timingCheck } = await import('../../shared/domain/timingCheck');
    const j = running();
    j.add('inject.released', 10 * MIN, { injectId: 'ae-01', manual: false, lateMs: 0, late: false });
    j.add('observation', 11 * MIN, {}, { roleId: 'monitoring', text: '实时' });
    const late = j.add('observation', 20 * MIN, { injectId: 'ae-01', occurredMs: 12 * MIN }, { roleId: 'monitoring', text: '补记' });
    const early = j.add('observation', 21 * MIN, { injectId: 'ae-01', occurredMs: 8 * MIN }, { roleId: 'monitoring', text: '早于注入' });
    const gone = j.add('observation', 22 * MIN, { occurredMs: 9 * MIN }, { roleId: 'monitoring', text: '误录' });
    j.add('correction', 23 * MIN, { corrects: gone.seq, void: true }, { roleId: 'scribe', text: '作废' });
    const notes = timingCheck(fold(j.entries), j.entries);
    expect(notes.map((n) => [n.seq, n.lateMinutes, n.doubtful, n.releasedClockMs])).toEqual([
      [early.seq, 13, true, 10 * MIN],
      [late.seq, 8, false, null],
    ]);
  });
});
