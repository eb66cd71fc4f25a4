// The effective journal: a void takes an entry's effects out of the drill, a correction's text is what counts.
import { describe, expect, it } from 'vitest';
import { refusal } from '../../shared/domain/admission';
import { effectiveJournal } from '../../shared/domain/effective';
import type { AnyEntry, EntryDraft } from '../../shared/domain/entry';
import { fold, foldNext } from '../../shared/domain/fold';
import { heatEvents } from '../../shared/domain/heat';
import { indicators } from '../../shared/domain/indicators';
import { overdueActions, roleProgress } from '../../shared/domain/progress';
import { EntryList, seedPack, T0 } from '../helpers/entries';

const MIN = 60_000;
const pack = seedPack('anonymous-email');

function running(): EntryList {
  const j = new EntryList(pack);
  j.add('clock.start', 0, {});
  j.add('inject.released', 2 * MIN, { injectId: 'ae-01', manual: false, lateMs: 0, late: false });
  return j;
}
const voidOf = (j: EntryList, seq: number, clockMs: number) => j.add('correction', clockMs, { corrects: seq, void: true }, { roleId: 'scribe', text: '误录' });
const ctxOf = (entries: AnyEntry[]) => ({ readOnly: false, clockMs: 24 * 60 * MIN, entry: (seq: number) => entries.find((e) => e.seq === seq) });

describe('voiding an entry undoes what it did', () => {
  it('a voided first response no longer marks the milestone, and the indicator runs again', () => {
    const j = running();
    const first = j.add('communication', 6 * MIN, { audience: 'public', milestone: 'first_response' }, { roleId: 'spokesperson', text: '发布声明' });
    expect(fold(j.entries).milestones.first_response).toBe(6 * MIN);
    expect(indicators(fold(j.entries), 7 * MIN).find((i) => i.id === 'first_response')?.status).toBe('met');
    voidOf(j, first.seq, 8 * MIN);
    const s = fold(j.entries);
    expect(s.milestones.first_response).toBeUndefined();
    expect(s.voided).toEqual([first.seq]);
    expect(indicators(s, 9 * MIN).find((i) => i.id === 'first_response')?.status).toBe('running');
    // Nor does it count as a statement for the heat index.
    expect(heatEvents(s, j.entries).filter((e) => e.kind === 'statement')).toEqual([]);
  });

  it('a voided milestone falls back to the next live entry that marks it', () => {
    const j = running();
    const early = j.add('observation', 3 * MIN, { milestone: 'verified' }, { roleId: 'compliance', text: '初步核实' });
    j.add('observation', 20 * MIN, { milestone: 'verified' }, { roleId: 'compliance', text: '核实完成' });
    voidOf(j, early.seq, 21 * MIN);
    expect(fold(j.entries).milestones.verified).toBe(20 * MIN);
  });

  it('a voided expected action is open again and overdue once past its deadline', () => {
    const j = running();
    const act = j.add('communication', 4 * MIN, { injectId: 'ae-01', actionId: 'a1', audience: 'internal', milestone: 'reported' }, { roleId: 'monitoring', text: '上报组长' });
    expect(overdueActions(fold(j.entries), T0 + 30 * MIN).get('monitoring')).toBeUndefined();
    voidOf(j, act.seq, 5 * MIN);
    const s = fold(j.entries);
    expect(s.actionsDone['ae-01/a1']).toBeUndefined();
    expect(s.milestones.reported).toBeUndefined();
    expect(overdueActions(s, T0 + 30 * MIN).get('monitoring')?.map((a) => a.actionId)).toEqual(['a1']);
  });

  it('a voided acknowledgement no longer counts, and the role may acknowledge again', () => {
    const j = running();
    const ack = j.add('inject.acknowledged', 3 * MIN, { injectId: 'ae-01' }, { roleId: 'monitoring' });
    expect(fold(j.entries).acknowledged['ae-01']).toEqual(['monitoring']);
    voidOf(j, ack.seq, 4 * MIN);
    expect(fold(j.entries).acknowledged['ae-01'] ?? []).toEqual([]);
  });

  it('a voided task is open again and may be done again', () => {
    const j = running();
    const done = j.add('task.done', 3 * MIN, { taskId: 't1' }, { roleId: 'commander', text: '启动预案' });
    voidOf(j, done.seq, 4 * MIN);
    const s = fold(j.entries);
    expect(s.tasksDone['commander']?.['t1']).toBeUndefined();
    expect(roleProgress(s, T0 + 5 * MIN).find((r) => r.roleId === 'commander')?.done).toBe(0);
    const again: EntryDraft = { kind: 'task.done', roleId: 'commander', text: '启动预案', data: { taskId: 't1' } };
    expect(refusal(s, again, ctxOf(j.entries))).toBeNull();
  });

  it("a voided entry is not the role's last action", () => {
    const j = running();
    j.add('observation', 3 * MIN, {}, { roleId: 'monitoring', text: '监测' });
    const wrong = j.add('observation', 9 * MIN, {}, { roleId: 'monitoring', text: '记错角色' });
    voidOf(j, wrong.seq, 10 * MIN);
    expect(fold(j.entries).lastActionClockMs['monitoring']).toBe(3 * MIN);
  });

  it('folding one entry at a time gives the same state as folding the whole journal, voids included', () => {
    const j = running();
    const first = j.add('communication', 6 * MIN, { audience: 'public', milestone: 'first_response' }, { roleId: 'spokesperson', text: '发布声明' });
    j.add('task.done', 7 * MIN, { taskId: 't1' }, { roleId: 'commander', text: '启动预案' });
    voidOf(j, first.seq, 8 * MIN);
    j.add('correction', 9 * MIN, { corrects: first.seq - 1, void: false }, { roleId: 'scribe', text: '补充说明' });
    let s = fold(j.entries.slice(0, 1));
    for (let i = 1; i < j.entries.length; i++) s = foldNext(s, j.entries[i]!, () => j.entries.slice(0, i + 1));
    expect(s).toEqual(fold(j.entries));
  });
});

describe('corrections: the corrected text counts, the original stays in the history', () => {
  it('the latest live correction is the text; voiding that correction brings back the earlier one', () => {
    const j = running();
    const obs = j.add('observation', 3 * MIN, {}, { roleId: 'monitoring', text: '微博转发 30 次' });
    j.add('correction', 4 * MIN, { corrects: obs.seq, void: false }, { roleId: 'scribe', text: '微博转发 300 次' });
    const second = j.add('correction', 5 * MIN, { corrects: obs.seq, void: false }, { roleId: 'scribe', text: '微博转发 3000 次' });
    let live = effectiveJournal(j.entries).bySeq.get(obs.seq)!;
    expect(live.text).toBe('微博转发 3000 次');
    expect(live.entry.text).toBe('微博转发 30 次');
    expect(live.corrections.map((c) => c.text)).toEqual(['微博转发 300 次', '微博转发 3000 次']);
    voidOf(j, second.seq, 6 * MIN);
    live = effectiveJournal(j.entries).bySeq.get(obs.seq)!;
    expect(live.text).toBe('微博转发 300 次');
    expect(effectiveJournal(j.entries).live.some((e) => e.entry.seq === second.seq)).toBe(false);
  });

  it('a voided entry is out of the live journal but kept, with the void that took it out', () => {
    const j = running();
    const obs = j.add('observation', 3 * MIN, {}, { roleId: 'monitoring', text: '误录' });
    const v = voidOf(j, obs.seq, 4 * MIN);
    const ej = effectiveJournal(j.entries);
    expect(ej.live.map((e) => e.entry.seq)).not.toContain(obs.seq);
    expect(ej.bySeq.get(obs.seq)?.voidedBy?.seq).toBe(v.seq);
    expect(ej.all).toHaveLength(j.entries.length);
  });
});

describe('which entries may be voided', () => {
  // Decision: the clock's and the app's own entries are refused, never undone (see admission.ts).
  it('clock, phase, release, recovery and facts entries are refused, with a typed error naming the kind', () => {
    const j = running();
    j.add('clock.pause', 5 * MIN, {});
    j.add('clock.resume', 5 * MIN, {}, { at: T0 + 8 * MIN });
    j.add('phase.advance', 10 * MIN, { from: pack.phases[0]!.id, to: pack.phases[1]!.id });
    j.add('recovery', 11 * MIN, { downMs: 1000, lastSeenAt: T0 });
    const s = fold(j.entries);
    for (const e of j.entries.slice(1)) {
      const no = refusal(s, { kind: 'correction', roleId: 'scribe', text: '作废', data: { corrects: e.seq, void: true } }, ctxOf(j.entries));
      expect(no?.payload.key, e.kind).toBe('bad_state.void_system');
      expect(no?.payload.params).toMatchObject({ seq: e.seq, kind: e.kind });
    }
    // A note on a clock entry is fine: it explains and changes nothing.
    const note = refusal(s, { kind: 'correction', roleId: 'scribe', text: '误点暂停', data: { corrects: 3, void: false } }, ctxOf(j.entries));
    expect(note).toBeNull();
  });

  it('a finish entry cannot be voided either', () => {
    const j = running();
    const fin = j.add('clock.finish', 30 * MIN, {});
    const no = refusal(fold(j.entries), { kind: 'correction', roleId: 'scribe', text: '作废', data: { corrects: fin.seq, void: true } }, ctxOf(j.entries));
    expect(no?.payload.key).toBe('bad_state.void_system');
  });

  it('a correction of a correction is refused: it points at the original instead', () => {
    const j = running();
    const obs = j.add('observation', 3 * MIN, {}, { roleId: 'monitoring', text: 'x' });
    const c = j.add('correction', 4 * MIN, { corrects: obs.seq, void: false }, { roleId: 'scribe', text: 'y' });
    const no = refusal(fold(j.entries), { kind: 'correction', roleId: 'scribe', text: 'z', data: { corrects: c.seq, void: false } }, ctxOf(j.entries));
    expect(no?.payload).toMatchObject({ key: 'bad_state.correct_correction', params: { seq: c.seq, target: obs.seq } });
  });
});
