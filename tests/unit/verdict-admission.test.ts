// 演练结论: the evaluators' verdict is words and a rating, written once the drill has started (also after the finish); the latest counts.
import { describe, expect, it } from 'vitest';
import { refusal } from '../../shared/domain/admission';
import type { AnyEntry, EntryDraft } from '../../shared/domain/entry';
import { fold } from '../../shared/domain/fold';
import { reviewRecord } from '../../shared/domain/review';
import { EntryList, seedPack } from '../helpers/entries';

const MIN = 60_000;
const verdict = (text: string, rating: 'P' | 'S' | 'M' | 'U' = 'S'): EntryDraft => ({ kind: 'verdict', roleId: null, text, data: { rating } });
const keyOf = (entries: AnyEntry[], d: EntryDraft) => refusal(fold(entries), d, { readOnly: false, clockMs: 60 * MIN, entry: (seq) => entries.find((e) => e.seq === seq) })?.payload.key ?? null;

describe('the evaluators verdict', () => {
  it('is refused before the start and without words, admitted while running and after the finish', () => {
    const j = new EntryList(seedPack('transfer-failure'));
    expect(keyOf(j.entries, verdict('基本达到演练目标。'))).toBe('bad_state.not_started');
    j.add('clock.start', 0, {});
    expect(keyOf(j.entries, verdict('  '))).toBe('invalid_input.empty_text');
    expect(keyOf(j.entries, verdict('基本达到演练目标。'))).toBeNull();
    j.add('clock.finish', 30 * MIN, {});
    expect(keyOf(j.entries, verdict('基本达到演练目标。', 'M'))).toBeNull();
  });

  it('the latest live verdict counts: a voided one gives way to the one before', () => {
    const j = new EntryList(seedPack('transfer-failure'));
    j.add('clock.start', 0, {});
    const first = j.add('verdict', 40 * MIN, { rating: 'S' }, { text: '基本达到演练目标。' });
    const second = j.add('verdict', 41 * MIN, { rating: 'P' }, { text: '各项目标全部达成。' });
    expect(reviewRecord(j.entries).verdict).toMatchObject({ seq: second.seq, rating: 'P' });
    j.add('correction', 42 * MIN, { corrects: second.seq, void: true }, { text: '误录，作废' });
    expect(reviewRecord(j.entries).verdict).toMatchObject({ seq: first.seq, rating: 'S', text: '基本达到演练目标。' });
  });
});
