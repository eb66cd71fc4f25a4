// The team's severity grade against the pack's, and the reporting clocks (phone / written report to the regulator).
import { describe, expect, it } from 'vitest';
import { fold } from '../../shared/domain/fold';
import { gradeRecord, reportingClocks } from '../../shared/domain/reporting';
import { compareGrade } from '../../shared/domain/severity';
import type { ScenarioPack } from '../../shared/domain/scenario';
import { EntryList, seedPack, T0 } from '../helpers/entries';

const MIN = 60_000;

/** The transfer-failure seed with a grade-I expectation: phone within 30 minutes, written within 60. */
function gradeOnePack(): ScenarioPack {
  const pack = seedPack('transfer-failure');
  return {
    ...pack,
    severity: { grade: 'I' },
    reportingClocks: [
      { id: 'phone', label: '电话报告', form: 'phone', from: 'discovered', withinMin: 30 },
      { id: 'written', label: '书面报告', form: 'written', from: 'discovered', withinMin: 60 },
    ],
  };
}

function discovered(pack = gradeOnePack()) {
  const j = new EntryList(pack);
  j.add('clock.start', 0, {});
  j.add('observation', 5 * MIN, { milestone: 'discovered' }, { roleId: 'customer_service', text: '客服接到投诉' });
  return j;
}

/** The clock at drill time `wall - T0` (these entries have no pauses, so wall and drill time differ by T0). */
const clock = (j: EntryList, id: string, wall: number) => reportingClocks(fold(j.entries), j.entries, wall - T0).find((c) => c.id === id)!;

describe('severity grades compared', () => {
  it('match, over-graded (more severe) and under-graded (less severe)', () => {
    expect(compareGrade('II', 'II')).toBe('match');
    expect(compareGrade('II', 'I')).toBe('over');
    expect(compareGrade('II', 'IV')).toBe('under');
    expect(compareGrade('III', null)).toBe('unrecorded');
    expect(compareGrade(undefined, 'III')).toBe('unexpected');
  });

  it('take the team grade from its latest live decision that carries one', () => {
    const j = discovered();
    j.add('decision', 10 * MIN, { severity: 'III' }, { roleId: 'commander', text: '初步定为较大' });
    const regrade = j.add('decision', 20 * MIN, { severity: 'I' }, { roleId: 'commander', text: '升级为特别重大' });
    j.add('decision', 25 * MIN, {}, { roleId: 'commander', text: '启动预案' });
    expect(gradeRecord(fold(j.entries), j.entries)).toMatchObject({ expected: 'I', recorded: 'I', seq: regrade.seq, times: 2, verdict: 'match' });
  });

  it('forget a grade whose decision was voided by a correction', () => {
    const j = discovered();
    j.add('decision', 10 * MIN, { severity: 'IV' }, { roleId: 'commander', text: '定为一般' });
    const wrong = j.add('decision', 12 * MIN, { severity: 'II' }, { roleId: 'commander', text: '误录' });
    j.add('correction', 13 * MIN, { corrects: wrong.seq, void: true }, { text: '误录作废' });
    expect(gradeRecord(fold(j.entries), j.entries)).toMatchObject({ recorded: 'IV', verdict: 'under' });
  });

  it('say unrecorded when the team never graded the event', () => {
    const j = discovered();
    expect(gradeRecord(fold(j.entries), j.entries)).toMatchObject({ recorded: null, seq: null, verdict: 'unrecorded' });
  });
});

describe('reporting clocks', () => {
  it('are pending before the milestone they count from', () => {
    const j = new EntryList(gradeOnePack());
    j.add('clock.start', 0, {});
    expect(clock(j, 'phone', T0 + MIN).status).toBe('pending');
  });

  it('run while within the clock, and are missed once it runs out unreported', () => {
    const j = discovered();
    expect(clock(j, 'phone', T0 + 20 * MIN)).toMatchObject({ status: 'running', runningMs: 15 * MIN });
    expect(clock(j, 'phone', T0 + 36 * MIN).status).toBe('missed');
  });

  it('are met by a phone report in time, and the phone report does not answer the written clock', () => {
    const j = discovered();
    const phone = j.add('communication', 25 * MIN, { audience: 'regulator', reportForm: 'phone' }, { roleId: 'regulator_liaison', text: '电话首报' });
    expect(clock(j, 'phone', T0 + 40 * MIN)).toMatchObject({ status: 'met', actualMs: 20 * MIN, seq: phone.seq });
    expect(clock(j, 'written', T0 + 40 * MIN).status).toBe('running');
  });

  it('are late when the written report comes after the clock', () => {
    const j = discovered();
    j.add('communication', 80 * MIN, { audience: 'regulator', reportForm: 'written' }, { roleId: 'regulator_liaison', text: '书面报告' });
    expect(clock(j, 'written', T0 + 90 * MIN)).toMatchObject({ status: 'late', actualMs: 75 * MIN });
    // The written report is also the first the regulator hears: the phone clock is late too.
    expect(clock(j, 'phone', T0 + 90 * MIN).status).toBe('late');
  });

  it('count an entry marking the regulator-report milestone as the written report when no form was given', () => {
    const j = discovered();
    j.add('communication', 50 * MIN, { milestone: 'regulator_report' }, { roleId: 'regulator_liaison', text: '报送情况报告' });
    expect(clock(j, 'written', T0 + 60 * MIN)).toMatchObject({ status: 'met', actualMs: 45 * MIN });
  });

  it('ignore reports to anyone else and voided reports', () => {
    const j = discovered();
    j.add('communication', 10 * MIN, { audience: 'media' }, { roleId: 'spokesperson', text: '答复记者' });
    const wrong = j.add('communication', 12 * MIN, { audience: 'regulator', reportForm: 'phone' }, { roleId: 'regulator_liaison', text: '误录' });
    j.add('correction', 13 * MIN, { corrects: wrong.seq, void: true }, { text: '作废' });
    expect(clock(j, 'phone', T0 + 20 * MIN).status).toBe('running');
  });

  it('are missed when the drill ends unreported, even inside the clock', () => {
    const j = discovered();
    j.add('clock.finish', 10 * MIN, {});
    expect(clock(j, 'written', T0 + 10 * MIN).status).toBe('missed');
  });

  it('are none for a pack that names none (old packs still load)', () => {
    const pack = { ...seedPack('transfer-failure') };
    delete pack.reportingClocks;
    delete pack.severity;
    const j = discovered(pack);
    expect(reportingClocks(fold(j.entries), j.entries, T0)).toEqual([]);
    expect(gradeRecord(fold(j.entries), j.entries).verdict).toBe('unexpected');
  });
});

describe('the entry.log call', () => {
  it('takes a grade on a decision only, and a report form on a communication only', async () => {
    const { CALLS } = await import('../../shared/ipc/contract');
    const input = CALLS['entry.log'].input;
    const base = { drillId: 'D1', roleId: 'commander', text: '研判' };
    expect(input.safeParse({ ...base, kind: 'decision', severity: 'II' }).success).toBe(true);
    expect(input.safeParse({ ...base, kind: 'observation', severity: 'II' }).success).toBe(false);
    expect(input.safeParse({ ...base, kind: 'decision', severity: 'V' }).success).toBe(false);
    expect(input.safeParse({ ...base, kind: 'communication', reportForm: 'written', audience: 'regulator' }).success).toBe(true);
    expect(input.safeParse({ ...base, kind: 'decision', reportForm: 'phone' }).success).toBe(false);
  });
});
