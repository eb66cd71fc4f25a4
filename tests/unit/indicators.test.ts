// Timing indicators: discovery → report → verification → first response → regulator report, against targets.
import { describe, expect, it } from 'vitest';
import { fold } from '../../shared/domain/fold';
import { indicators } from '../../shared/domain/indicators';
import { EntryList, seedPack } from '../helpers/entries';

const MIN = 60_000;
const pack = seedPack('transfer-failure');
const target = (id: string) => pack.timingTargets.find((t) => t.id === id)!;

function discovered() {
  const j = new EntryList(pack);
  j.add('clock.start', 0, {});
  j.add('observation', 5 * MIN, { milestone: 'discovered' }, { roleId: 'customer_service', text: '客服接到投诉' });
  return j;
}

describe('timing indicators', () => {
  it('are pending until their start milestone is reached', () => {
    const j = new EntryList(pack);
    j.add('clock.start', 0, {});
    const s = fold(j.entries);
    expect(indicators(s, MIN).find((i) => i.id === 'discover_report')!.status).toBe('pending');
  });

  it('run while within target, then are missed past it', () => {
    const s = fold(discovered().entries);
    const t = target('discover_report');
    expect(indicators(s, 6 * MIN).find((i) => i.id === t.id)).toMatchObject({ status: 'running', runningMs: MIN });
    expect(indicators(s, (5 + t.targetMin + 1) * MIN).find((i) => i.id === t.id)!.status).toBe('missed');
  });

  it('are met when the end milestone comes within target, and keep the actual time', () => {
    const j = discovered();
    j.add('communication', 12 * MIN, { milestone: 'reported' }, { roleId: 'customer_service', text: '向组长报告' });
    const ind = indicators(fold(j.entries), 90 * MIN).find((i) => i.id === 'discover_report')!;
    expect(target('discover_report').targetMin).toBeGreaterThanOrEqual(7);
    expect(ind).toMatchObject({ status: 'met', actualMs: 7 * MIN });
  });

  it('are missed when the end milestone comes late', () => {
    const j = discovered();
    const t = target('regulator_report');
    j.add('communication', (5 + t.targetMin + 3) * MIN, { milestone: 'regulator_report' }, { roleId: 'regulator_liaison', text: '报送监管' });
    expect(indicators(fold(j.entries), 0).find((i) => i.id === t.id)).toMatchObject({ status: 'missed', actualMs: (t.targetMin + 3) * MIN });
  });

  it('count the first time a milestone is marked, not later repeats', () => {
    const j = discovered();
    j.add('communication', 10 * MIN, { milestone: 'reported' }, { roleId: 'customer_service', text: '首次报告' });
    j.add('communication', 50 * MIN, { milestone: 'reported' }, { roleId: 'commander', text: '再次报告' });
    expect(indicators(fold(j.entries), 0).find((i) => i.id === 'discover_report')!.actualMs).toBe(5 * MIN);
  });

  it('left open when the drill finishes are missed', () => {
    const j = discovered();
    j.add('clock.finish', 6 * MIN, {});
    expect(indicators(fold(j.entries), 6 * MIN).find((i) => i.id === 'first_response')!.status).toBe('missed');
  });
});
