// Every timing indicator cites the entry that started it and the entry that ended it, by seq.
import { describe, expect, it } from 'vitest';
import { fold } from '../../shared/domain/fold';
import { indicators } from '../../shared/domain/indicators';
import { EntryList, seedPack } from '../helpers/entries';

const MIN = 60_000;

describe('indicators cite their entries', () => {
  it('发现→上报, 核实研判, 首次回应 and 监管报告 each name their start and end entry', () => {
    const pack = seedPack('anonymous-email');
    const j = new EntryList(pack);
    j.add('clock.start', 0, {});
    const found = j.add('inject.released', 2 * MIN, { injectId: 'ae-01', manual: false, lateMs: 0, late: false });
    const reported = j.add('communication', 6 * MIN, { injectId: 'ae-01', actionId: 'a1', milestone: 'reported', audience: 'internal' }, { roleId: 'monitoring', text: '上报' });
    const verified = j.add('decision', 30 * MIN, { milestone: 'verified' }, { roleId: 'compliance', text: '核实' });
    const regulator = j.add('communication', 40 * MIN, { milestone: 'regulator_report', audience: 'regulator' }, { roleId: 'regulator_liaison', text: '报告监管' });
    const s = fold(j.entries);
    const byId = new Map(indicators(s, 50 * MIN).map((i) => [i.id, i]));
    expect(byId.get('discover_report')).toMatchObject({ fromSeq: found.seq, toSeq: reported.seq, fromClockMs: 2 * MIN, toClockMs: 6 * MIN, actualMs: 4 * MIN });
    expect(byId.get('verify')).toMatchObject({ fromSeq: found.seq, toSeq: verified.seq });
    expect(byId.get('regulator_report')).toMatchObject({ fromSeq: found.seq, toSeq: regulator.seq });
    // Not reached yet: the start is cited, the end is not.
    expect(byId.get('first_response')).toMatchObject({ fromSeq: found.seq, toSeq: null, toClockMs: null, status: 'running' });
  });

  it('a pending indicator cites nothing', () => {
    const j = new EntryList(seedPack('transfer-failure'));
    j.add('clock.start', 0, {});
    for (const i of indicators(fold(j.entries), MIN)) if (i.status === 'pending') expect(i).toMatchObject({ fromSeq: null, toSeq: null });
  });

  it('the earliest entry marking a milestone is the one cited, even when it was logged later (补记)', () => {
    const pack = seedPack('transfer-failure');
    const j = new EntryList(pack);
    j.add('clock.start', 0, {});
    j.add('observation', 5 * MIN, { milestone: 'discovered' }, { roleId: 'customer_service', text: '接到投诉' });
    j.add('communication', 20 * MIN, { milestone: 'reported', audience: 'internal' }, { roleId: 'customer_service', text: '电话报告组长' });
    const backdated = j.add('communication', 25 * MIN, { milestone: 'reported', audience: 'internal', occurredMs: 9 * MIN }, { roleId: 'customer_service', text: '其实 T+9 已口头报告' });
    const ind = indicators(fold(j.entries), 30 * MIN).find((i) => i.id === 'discover_report')!;
    expect(ind).toMatchObject({ toSeq: backdated.seq, toClockMs: 9 * MIN, actualMs: 4 * MIN });
  });
});
