// Issue 9, item 9: calls that make no sense for the drill's state are refused with a typed, translated error and write nothing.
import { readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorMessage, isErrorKey } from '../../../shared/i18n/errors';
import type { ErrorPayload } from '../../../shared/ipc/errors';
import { makeWorld, type World } from '../../helpers/world';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

type Reply = { ok: true; value: unknown } | { ok: false; error: ErrorPayload };

let world: World;
let drillId: string;
beforeEach(async () => {
  world = makeWorld({ live: false });
  const r = (await world.services.dispatch('drill.create', { scenarioId: 'transfer-failure', facts: { name: '拒绝测试' } })) as Reply;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  drillId = (r.value as { drillId: string }).drillId;
});
afterEach(() => world.dispose());

const call = async (name: string, input: Record<string, unknown>) => (await world.services.dispatch(name, { drillId, ...input })) as Reply;
const count = () => world.services.journal.entries(drillId).length;
const evidenceFiles = () => {
  try {
    return readdirSync(world.services.evidence.root, { recursive: true });
  } catch {
    return [];
  }
};

/** The call is refused with this key, its message exists in both languages, and the journal did not grow. */
async function expectRefused(name: string, input: Record<string, unknown>, key: string) {
  const before = count();
  const reply = await call(name, input);
  expect(reply.ok, `${name} ${JSON.stringify(input)} should be refused`).toBe(false);
  const error = (reply as { error: ErrorPayload }).error;
  expect(error.key).toBe(key);
  expect(error.code).not.toBe('internal');
  const zh = errorMessage(error, 'zh-CN');
  const en = errorMessage(error, 'en');
  expect(zh).toMatch(/[\u4e00-\u9fff]/);
  expect(en).not.toMatch(/[\u4e00-\u9fff]/);
  const code = error.code;
  if (isErrorKey(code)) expect(zh).not.toBe(errorMessage({ ...error, key: code }, 'zh-CN'));
  expect(count()).toBe(before);
  return error;
}

describe('refused calls', () => {
  it('a regulator_report milestone before the drill starts is refused', async () => {
    await expectRefused('entry.log', { kind: 'communication', roleId: 'regulator_liaison', text: '已电话报告监管', milestone: 'regulator_report', audience: 'regulator' }, 'bad_state.milestone_before_start');
    await expectRefused('entry.log', { kind: 'observation', roleId: 'monitoring', text: '发现', milestone: 'discovered' }, 'bad_state.milestone_before_start');
    expect((await call('clock.start', {})).ok).toBe(true);
    expect((await call('entry.log', { kind: 'communication', roleId: 'regulator_liaison', text: '已电话报告监管', milestone: 'regulator_report' })).ok).toBe(true);
  });

  it('acknowledging an inject that is not yet released is refused', async () => {
    await call('clock.start', {});
    await expectRefused('inject.acknowledge', { injectId: 'tf-02', roleId: 'commander' }, 'bad_state.not_released');
    expect((await call('inject.release', { injectId: 'tf-02' })).ok).toBe(true);
    expect((await call('inject.acknowledge', { injectId: 'tf-02', roleId: 'commander' })).ok).toBe(true);
  });

  it('acknowledging by a role the inject does not target is refused', async () => {
    await call('clock.start', {});
    await call('inject.release', { injectId: 'tf-01' });
    const error = await expectRefused('inject.acknowledge', { injectId: 'tf-01', roleId: 'spokesperson' }, 'invalid_input.not_target');
    expect(error.params).toMatchObject({ injectId: 'tf-01', roleId: 'spokesperson' });
  });

  it('an actionId that does not exist, or names no inject, is refused', async () => {
    await call('clock.start', {});
    await call('inject.release', { injectId: 'tf-01' });
    await expectRefused('entry.log', { kind: 'action', roleId: 'customer_service', text: '已回电', injectId: 'tf-01', actionId: 'a9' }, 'invalid_input.unknown_action');
    await expectRefused('entry.log', { kind: 'action', roleId: 'customer_service', text: '已回电', actionId: 'a1' }, 'invalid_input.unknown_action');
    expect((await call('entry.log', { kind: 'action', roleId: 'customer_service', text: '已回电', injectId: 'tf-01', actionId: 'a1' })).ok).toBe(true);
  });

  it('voiding drill.setup is refused', async () => {
    await call('clock.start', {});
    await expectRefused('entry.correct', { seq: 1, text: '作废设置', void: true }, 'bad_state.void_setup');
  });

  it('voiding a void, or an entry already voided, is refused', async () => {
    await call('clock.start', {});
    const log = await call('entry.log', { kind: 'observation', roleId: 'monitoring', text: '误记' });
    const target = (log as { value: { seq: number } }).value.seq;
    const voided = await call('entry.correct', { seq: target, text: '该条作废', void: true });
    expect(voided.ok).toBe(true);
    const voidSeq = (voided as { value: { seq: number } }).value.seq;
    await expectRefused('entry.correct', { seq: voidSeq, text: '撤销作废', void: true }, 'bad_state.void_of_void');
    await expectRefused('entry.correct', { seq: target, text: '再次作废', void: true }, 'bad_state.already_voided');
    // A plain correction (no void) of the same entry still goes through: it only adds a note.
    expect((await call('entry.correct', { seq: target, text: '补充说明' })).ok).toBe(true);
  });

  it('the evidence service refuses by the same rules before it writes any byte', async () => {
    await call('clock.start', {});
    const files = [{ name: '截图.png', mime: 'image/png', base64: PNG.toString('base64') }];
    await expectRefused('evidence.attach', { roleId: 'customer_service', text: '通话记录', files, injectId: 'tf-01', actionId: 'a9' }, 'invalid_input.unknown_action');
    await expectRefused('evidence.attach', { roleId: 'customer_service', text: '通话记录', files, actionId: 'a1' }, 'invalid_input.unknown_action');
    expect(evidenceFiles()).toEqual([]);
    const ok = await call('evidence.attach', { roleId: 'customer_service', text: '通话记录', files, injectId: 'tf-01', actionId: 'a1' });
    expect(ok.ok).toBe(true);
    expect(evidenceFiles().length).toBeGreaterThan(0);
  });
});
