// The review's record comes from the effective journal: a voided score is gone, a corrected lesson reads as corrected.
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../renderer/views/replay/replayTimeline';
import { reviewRecord, scoreKey } from '../../renderer/views/review/reviewRecord';
import { fold } from '../../shared/domain/fold';
import { EntryList, seedPack } from '../helpers/entries';

const MIN = 60_000;
const pack = seedPack('anonymous-email');
const objective = pack.objectives[0]!.id;

describe('what the review shows', () => {
  it('a voided score drops out and the earlier one is the latest again; a corrected lesson shows its correction', () => {
    const j = new EntryList(pack);
    j.add('clock.start', 0, {});
    const first = j.add('score', MIN, { target: 'objective', targetId: objective, rating: 'S' }, { roleId: 'evaluator', text: '基本达成' });
    const wrong = j.add('score', 2 * MIN, { target: 'objective', targetId: objective, rating: 'U' }, { roleId: 'evaluator', text: '点错了' });
    const lesson = j.add('lesson', 3 * MIN, { category: 'went_well' }, { text: '发现及时' });
    j.add('correction', 4 * MIN, { corrects: wrong.seq, void: true }, { roleId: 'evaluator', text: '误评,作废' });
    j.add('correction', 5 * MIN, { corrects: lesson.seq, void: false }, { text: '发现及时,五分钟内上报' });
    const r = reviewRecord(j.entries);
    expect(r.scores.map((s) => s.seq)).toEqual([first.seq]);
    expect(r.latest.get(scoreKey('objective', objective))?.rating).toBe('S');
    expect(r.lessons).toMatchObject([{ seq: lesson.seq, text: '发现及时,五分钟内上报', corrected: true }]);
  });
});

describe('the replay', () => {
  it('folds each prefix as the room saw it, a void undoing what it voids from then on', () => {
    const j = new EntryList(pack);
    j.add('clock.start', 0, {});
    const first = j.add('communication', 5 * MIN, { audience: 'public', milestone: 'first_response' }, { roleId: 'spokesperson', text: '声明' });
    j.add('correction', 6 * MIN, { corrects: first.seq, void: true }, { roleId: 'scribe', text: '作废' });
    const tl = buildTimeline(j.entries);
    expect(tl.states[2]!.milestones.first_response).toBe(5 * MIN);
    expect(tl.states[3]!.milestones.first_response).toBeUndefined();
    expect(tl.states[3]).toEqual(fold(j.entries));
  });
});
