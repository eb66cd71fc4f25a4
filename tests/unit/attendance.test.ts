// Who held a role when: check-ins by role, late arrivals and handovers folded from the journal.
import { describe, expect, it } from 'vitest';
import { attendanceRecord, currentHolder, holderAt, tenures } from '../../shared/domain/attendance';
import { EntryList, seedPack } from '../helpers/entries';

const MIN = 60_000;

function drill(): EntryList {
  const j = new EntryList(seedPack('anonymous-email'));
  j.add('attendance', 0, { name: '张伟', department: '办公室', late: false }, { roleId: 'spokesperson' });
  j.add('attendance', 0, { name: '陈主任', late: false, capacity: 'facilitator' });
  j.add('clock.start', 0, {});
  j.add('attendance', 12 * MIN, { name: '周婷', department: '运营管理部', late: true }, { roleId: 'monitoring' });
  j.add('role.handover', 35 * MIN, { from: '张伟', to: '李娜' }, { roleId: 'spokesperson' });
  j.add('role.handover', 50 * MIN, { from: '李娜', to: '王强' }, { roleId: 'spokesperson' });
  return j;
}

describe('attendance', () => {
  it('lists every check-in with its role or capacity, and the late ones with their drill time', () => {
    const rec = attendanceRecord(drill().entries);
    expect(rec.checkIns.map((c) => [c.name, c.roleId, c.capacity ?? null, c.late])).toEqual([
      ['张伟', 'spokesperson', null, false],
      ['陈主任', null, 'facilitator', false],
      ['周婷', 'monitoring', null, true],
    ]);
    expect(rec.late.map((c) => [c.name, c.clockMs])).toEqual([['周婷', 12 * MIN]]);
  });

  it('answers who held 新闻发言 at any drill time', () => {
    const rec = attendanceRecord(drill().entries);
    expect(holderAt(rec, 'spokesperson', 0)).toBe('张伟');
    expect(holderAt(rec, 'spokesperson', 34 * MIN)).toBe('张伟');
    expect(holderAt(rec, 'spokesperson', 35 * MIN)).toBe('李娜');
    expect(holderAt(rec, 'spokesperson', 40 * MIN)).toBe('李娜');
    expect(holderAt(rec, 'spokesperson', 55 * MIN)).toBe('王强');
    expect(currentHolder(rec, 'spokesperson')).toBe('王强');
    expect(tenures(rec, 'spokesperson')).toEqual([
      { name: '张伟', fromMs: 0, toMs: 35 * MIN, via: 'check-in' },
      { name: '李娜', fromMs: 35 * MIN, toMs: 50 * MIN, via: 'handover' },
      { name: '王强', fromMs: 50 * MIN, toMs: null, via: 'handover' },
    ]);
  });

  it('a late arrival holds the role from the moment they checked in; nobody held it before', () => {
    const rec = attendanceRecord(drill().entries);
    expect(holderAt(rec, 'monitoring', 11 * MIN)).toBeNull();
    expect(holderAt(rec, 'monitoring', 12 * MIN)).toBe('周婷');
    expect(holderAt(rec, 'commander', 12 * MIN)).toBeNull();
  });

  it('a voided check-in or handover does not count', () => {
    const j = drill();
    const last = j.entries.at(-1)!;
    j.add('correction', 51 * MIN, { corrects: last.seq, void: true }, { text: '误录' });
    const rec = attendanceRecord(j.entries);
    expect(currentHolder(rec, 'spokesperson')).toBe('李娜');
    expect(rec.handovers).toHaveLength(1);
  });

  it('a handover with nobody checked in names its giver as the holder until then', () => {
    const j = new EntryList(seedPack('anonymous-email'));
    j.add('clock.start', 0, {});
    j.add('role.handover', 20 * MIN, { from: '刘洋', to: '何静' }, { roleId: 'commander' });
    const rec = attendanceRecord(j.entries);
    expect(holderAt(rec, 'commander', 5 * MIN)).toBe('刘洋');
    expect(holderAt(rec, 'commander', 25 * MIN)).toBe('何静');
  });
});
