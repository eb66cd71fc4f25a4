// One valid input per contract call against a live drill: what the IPC fuzz bends one field at a time, so handlers are reached.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SOURCE_RESOURCES } from '../../electron/app/paths';
import type { CallName } from '../../shared/ipc/contract';

export interface CallContext {
  drillId: string;
  /** A role, inject, action and task of the drill's pack (anonymous-email). */
  roleId: string;
  injectId: string;
  taskId: string;
  objectiveId: string;
}

const PACK_TEXT = readFileSync(join(SOURCE_RESOURCES, 'scenarios', 'anonymous-email.json'), 'utf8');
const CSV = Buffer.from('时间,渠道,发送方,内容,接收角色\n5,email,匿名,测试内容,monitoring\n', 'utf8').toString('base64');
const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/** A complete table: a call added to the contract without a valid example here is a type error. */
export const VALID_INPUT: { [N in CallName]: (c: CallContext) => Record<string, unknown> } = {
  'app.info': () => ({}),
  'scenario.list': () => ({}),
  'scenario.get': () => ({ scenarioId: 'anonymous-email' }),
  'scenario.check': () => ({ text: PACK_TEXT }),
  'scenario.save': () => ({ packText: PACK_TEXT, name: 'fuzz-pack' }),
  'drill.list': () => ({}),
  'drill.create': () => ({ scenarioId: 'anonymous-email', facts: { name: '模糊测试新建' } }),
  'drill.open': (c) => ({ drillId: c.drillId }),
  'drill.updateFacts': (c) => ({ drillId: c.drillId, facts: { name: '模糊测试', place: '会议室' } }),
  'clock.start': (c) => ({ drillId: c.drillId }),
  'clock.pause': (c) => ({ drillId: c.drillId }),
  'clock.resume': (c) => ({ drillId: c.drillId }),
  'clock.finish': (c) => ({ drillId: c.drillId }),
  'drill.decideGap': (c) => ({ drillId: c.drillId, counts: 'paused' }),
  'phase.next': (c) => ({ drillId: c.drillId }),
  'inject.release': (c) => ({ drillId: c.drillId, injectId: c.injectId }),
  'inject.acknowledge': (c) => ({ drillId: c.drillId, injectId: c.injectId, roleId: c.roleId }),
  'entry.log': (c) => ({ drillId: c.drillId, kind: 'observation', roleId: c.roleId, text: '发现一条帖子' }),
  'entry.correct': (c) => ({ drillId: c.drillId, seq: 3, text: '更正后的内容' }),
  'entry.star': (c) => ({ drillId: c.drillId, seq: 2, starred: true }),
  'task.done': (c) => ({ drillId: c.drillId, roleId: c.roleId, taskId: c.taskId }),
  'review.score': (c) => ({ drillId: c.drillId, target: 'objective', targetId: c.objectiveId, rating: 'S', remark: '基本达成' }),
  'review.lesson': (c) => ({ drillId: c.drillId, category: 'went_well', text: '上报及时' }),
  'review.improvement': (c) => ({ drillId: c.drillId, measure: '完善值班表', owner: '王伟', due: '2027-01-31' }),
  'minutes.export': (c) => ({ drillId: c.drillId }),
  'archive.export': (c) => ({ drillId: c.drillId }),
  'archive.import': () => ({ name: 'no-such.drill' }),
  'window.projector': (c) => ({ drillId: c.drillId, open: false }),
  'scenario.importMsel': () => ({ scenarioId: 'anonymous-email', csvBase64: CSV }),
  'evidence.attach': (c) => ({ drillId: c.drillId, roleId: c.roleId, text: '截图', files: [{ name: 'a.png', mime: 'image/png', base64: PNG_1PX }] }),
  'evidence.read': (c) => ({ drillId: c.drillId, sha256: '0'.repeat(64) }),
  'projector.spotlight': (c) => ({ drillId: c.drillId, injectId: null }),
  'seats.interfaces': () => ({}),
  'seats.open': (c) => ({ drillId: c.drillId, address: '127.0.0.1', port: 0 }),
  'seats.close': () => ({}),
  'seats.status': () => ({}),
  'seats.revoke': () => ({ seatId: 'seat-none' }),
  'papers.export': (c) => ({ drillId: c.drillId, paper: 'script', filled: false }),
  'plan.approve': (c) => ({ drillId: c.drillId, approver: '张行长' }),
  'attendance.checkIn': (c) => ({ drillId: c.drillId, name: '张伟', department: '办公室', roleId: c.roleId }),
  'role.handover': (c) => ({ drillId: c.drillId, roleId: c.roleId, from: '张伟', to: '李娜' }),
  'improvement.followup': (c) => ({ drillId: c.drillId, improvement: 2, move: 'in_progress', by: '王伟', text: '已开始' }),
  'ledger.improvements': () => ({ filter: { statuses: ['open'], overdueOnly: true } }),
  'review.carryOver': (c) => ({ drillId: c.drillId }),
  'ledger.drills': () => ({ year: 2026 }),
  'ledger.exportDrills': () => ({ year: 2026, format: 'xlsx', language: 'zh-CN' }),
  'ledger.exportImprovements': () => ({ format: 'csv', language: 'en' }),
  'journal.export': (c) => ({ drillId: c.drillId, format: 'xlsx', language: 'zh-CN' }),
  'archive.importFolder': () => ({ names: ['no-such.drill'] }),
  'archive.importProgress': () => ({}),
  'review.verdict': (c) => ({ drillId: c.drillId, rating: 'S', text: '基本达到演练目标' }),
  'minutes.exportPdf': (c) => ({ drillId: c.drillId }),
  'drill.archive': (c) => ({ drillId: c.drillId, archived: true }),
  'evidence.pick': (c) => ({ drillId: c.drillId, roleId: c.roleId }),
  'evidence.ingest': (c) => ({ drillId: c.drillId, roleId: c.roleId, pick: 'p'.repeat(32) }),
  'evidence.cancel': () => ({ pick: 'p'.repeat(32) }),
  'evidence.view': (c) => ({ drillId: c.drillId, sha256: '0'.repeat(64) }),
  'evidence.check': (c) => ({ drillId: c.drillId, roleId: c.roleId, name: '录像.mp4', size: 1024 }),
  'feed.post': (c) => ({ drillId: c.drillId, channel: 'weibo', author: '财经博主小王', text: '听说这家银行又出事了？' }),
  'library.save': () => ({ packText: PACK_TEXT.replace('"id": "anonymous-email"', '"id": "fuzz-own-pack"') }),
  'library.versions': () => ({ scenarioId: 'fuzz-own-pack' }),
  'library.get': () => ({ scenarioId: 'fuzz-own-pack', version: '0'.repeat(64) }),
  'library.hide': () => ({ scenarioId: 'fuzz-own-pack' }),
  'inject.adhoc': (c) => ({ drillId: c.drillId, channel: 'phone', sender: '客户', text: '我要投诉', targetRoles: [c.roleId] }),
};
