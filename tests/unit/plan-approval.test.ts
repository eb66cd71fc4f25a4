// 方案审批: a plan.approved entry is admitted only before the start, once, by a named person, for the drill's own pack.
import { describe, expect, it } from 'vitest';
import { refusal, type AdmissionContext } from '../../shared/domain/admission';
import type { AnyEntry, EntryDraft } from '../../shared/domain/entry';
import { fold } from '../../shared/domain/fold';
import { scenarioVersion } from '../../shared/domain/scenarioVersion';
import { sha256 } from '../../electron/journal/sha256';
import { EntryList, seedPack } from '../helpers/entries';

const pack = seedPack('transfer-failure');
const version = scenarioVersion(pack, sha256);
const ctxOf = (entries: AnyEntry[], withVersion = true): AdmissionContext => ({
  readOnly: false,
  clockMs: 0,
  entry: (seq) => entries.find((e) => e.seq === seq),
  ...(withVersion ? { scenarioVersion: () => scenarioVersion(fold(entries).scenario, sha256) } : {}),
});
const approve = (approver = '周主任', scenarioHash = version): EntryDraft => ({ kind: 'plan.approved', roleId: null, text: approver, data: { scenarioHash, approver } });
const keyOf = (j: EntryList, draft: EntryDraft, withVersion = true) => refusal(fold(j.entries), draft, ctxOf(j.entries, withVersion))?.payload.key ?? null;

describe('approving the drill plan', () => {
  it('is admitted before the start for the drill pack version, and refused once the drill has started', () => {
    const j = new EntryList(pack);
    expect(keyOf(j, approve())).toBeNull();
    j.add('clock.start', 0, {});
    expect(keyOf(j, approve())).toBe('bad_state.plan_after_start');
    j.add('clock.finish', 60_000, {});
    expect(keyOf(j, approve())).toBe('bad_state.finished');
  });

  it('is refused for another version of the scenario, or when the version cannot be checked', () => {
    const j = new EntryList(pack);
    const other = scenarioVersion({ ...pack, title: `${pack.title}（修订）` }, sha256);
    expect(other).not.toBe(version);
    const err = refusal(fold(j.entries), approve('周主任', other), ctxOf(j.entries));
    expect(err?.payload.key).toBe('invalid_input.plan_hash');
    expect(err?.messageIn('zh-CN')).toContain(other.slice(0, 12));
    expect(err?.messageIn('en')).toContain(version.slice(0, 12));
    expect(keyOf(j, approve(), false)).toBe('invalid_input.plan_hash');
  });

  it('needs an approver by name', () => {
    const j = new EntryList(pack);
    expect(keyOf(j, approve('   '))).toBe('invalid_input.plan_approver');
  });

  it('is recorded once: a second approval is refused, naming the first approver; after a void it may be given again', () => {
    const j = new EntryList(pack);
    const first = j.add('plan.approved', 0, { scenarioHash: version, approver: '周主任' }, { text: '周主任' });
    const err = refusal(fold(j.entries), approve('吴主任'), ctxOf(j.entries));
    expect(err?.payload.key).toBe('bad_state.plan_already_approved');
    expect(err?.messageIn('zh-CN')).toContain('周主任');
    j.add('correction', 0, { corrects: first.seq, void: true }, { text: '批准人有误' });
    expect(keyOf(j, approve('吴主任'))).toBeNull();
  });
});
