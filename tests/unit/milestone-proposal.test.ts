// The quick-log proposes the milestone a communication marks, unless it is already marked; and reads "T+hh:mm:ss".
import { describe, expect, it } from 'vitest';
import { fold } from '../../shared/domain/fold';
import { proposedMilestone } from '../../shared/domain/milestoneProposal';
import { parseOccurred } from '../../shared/domain/occurred';
import { EntryList, seedPack } from '../helpers/entries';

const MIN = 60_000;

describe('the milestone a communication proposes', () => {
  const j = new EntryList(seedPack('transfer-failure'));
  j.add('clock.start', 0, {});
  const fresh = fold(j.entries);

  it('a statement to the public or the media proposes 首次回应, one to the regulator 监管报告', () => {
    expect(proposedMilestone(fresh, 'communication', 'public')).toBe('first_response');
    expect(proposedMilestone(fresh, 'communication', 'media')).toBe('first_response');
    expect(proposedMilestone(fresh, 'communication', 'regulator')).toBe('regulator_report');
  });

  it('nothing for other audiences, other kinds, or a milestone already marked', () => {
    expect(proposedMilestone(fresh, 'communication', 'customer')).toBeNull();
    expect(proposedMilestone(fresh, 'communication', 'internal')).toBeNull();
    expect(proposedMilestone(fresh, 'observation', 'public')).toBeNull();
    const k = new EntryList(seedPack('transfer-failure'));
    k.add('clock.start', 0, {});
    k.add('communication', 5 * MIN, { audience: 'public', milestone: 'first_response' }, { roleId: 'spokesperson', text: '声明' });
    expect(proposedMilestone(fold(k.entries), 'communication', 'media')).toBeNull();
  });

  it('a voided first response is proposed again', () => {
    const k = new EntryList(seedPack('transfer-failure'));
    k.add('clock.start', 0, {});
    const e = k.add('communication', 5 * MIN, { audience: 'public', milestone: 'first_response' }, { roleId: 'spokesperson', text: '声明' });
    k.add('correction', 6 * MIN, { corrects: e.seq, void: true }, { roleId: 'scribe', text: '作废' });
    expect(proposedMilestone(fold(k.entries), 'communication', 'public')).toBe('first_response');
  });
});

describe('reading the time it happened', () => {
  it('takes T+hh:mm:ss, hh:mm:ss and mm:ss; refuses what is not a time', () => {
    expect(parseOccurred('T+01:02:03')).toBe(((1 * 60 + 2) * 60 + 3) * 1000);
    expect(parseOccurred(' t+00:05:00 ')).toBe(5 * MIN);
    expect(parseOccurred('00:12:30')).toBe(12 * MIN + 30_000);
    expect(parseOccurred('12:30')).toBe(12 * MIN + 30_000);
    expect(parseOccurred('')).toBeNull();
    expect(parseOccurred('下午三点')).toBeNull();
    expect(parseOccurred('00:61:00')).toBeNull();
  });
});
