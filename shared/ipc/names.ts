// The contract's call and push names and their IPC channels, with no schema library: what the sandboxed preload may import.

/** Every call the renderer may make. contract.ts gives each its input schema and output type, and checks the two lists agree. */
export const CALL_NAMES = [
  'app.info',
  'scenario.list',
  'scenario.get',
  'scenario.check',
  'scenario.save',
  'drill.list',
  'drill.create',
  'drill.open',
  'drill.updateFacts',
  'drill.decideGap',
  'clock.start',
  'clock.pause',
  'clock.resume',
  'clock.finish',
  'phase.next',
  'inject.release',
  'inject.acknowledge',
  'entry.log',
  'entry.correct',
  'entry.star',
  'task.done',
  'review.score',
  'review.lesson',
  'review.improvement',
  'minutes.export',
  'archive.export',
  'archive.import',
  'window.projector',
  'scenario.importMsel',
  'evidence.attach',
  'evidence.read',
  'projector.spotlight',
  'seats.interfaces',
  'seats.open',
  'seats.close',
  'seats.status',
  'seats.revoke',
  // Issue 13: the papers before the drill (演练方案, 导调脚本, 情景卡, 签到表, 评估表) and the plan approval.
  'papers.export',
  'plan.approve',
  'attendance.checkIn',
  'role.handover',
  'improvement.followup',
  'ledger.improvements',
  'review.carryOver',
  'ledger.drills',
  'ledger.exportDrills',
  'ledger.exportImprovements',
  'journal.export',
  'archive.importFolder',
  'archive.importProgress',
  'review.verdict',
  // Issue 12: the minutes as PDF, printed by the host's Chromium.
  'minutes.exportPdf',
  'drill.archive',
  'evidence.pick',
  'evidence.ingest',
  'evidence.cancel',
  'evidence.view',
  'evidence.check',
  'feed.post',
  'inject.adhoc',
  'library.save',
  'library.versions',
  'library.get',
  'library.hide',
] as const;

export type CallName = (typeof CALL_NAMES)[number];

/** Pushes from main to renderer (payload types in contract.ts). */
export const PUSH_NAMES = ['drill.changed', 'drills.changed', 'app.status', 'evidence.progress'] as const;

export type PushName = (typeof PUSH_NAMES)[number];

/** IPC channel names are prefixed so the preload can refuse anything else. */
export const CHANNEL_PREFIX = 'drillroom:';
export const channelOf = (name: CallName | PushName): string => `${CHANNEL_PREFIX}${name}`;
