// Journal entries: the kinds, their per-kind data, and the shape of a stored (hashed) entry.
import { z } from 'zod';
import { MARKABLE_MILESTONES } from './milestones';
import { ScenarioPackSchema } from './scenario';
import { DrillFactsSchema } from './facts';
import { GAP_COUNTS } from './wallClock';
import { REPORT_FORMS, SEVERITY_GRADES } from './severity';

/** Kinds written by the clock and the app itself. */
export const SYSTEM_KINDS = [
  'drill.setup',
  'drill.facts',
  'clock.start',
  'clock.pause',
  'clock.resume',
  'phase.advance',
  'clock.finish',
  'recovery',
  'inject.released',
  'clock.jump',
  'clock.gap',
  'spotlight',
] as const;

/** Kinds a person logs from the console, a role panel or the review. */
export const LOG_KINDS = ['observation', 'decision', 'action', 'communication', 'evidence'] as const;

export const PERSON_KINDS = [
  ...LOG_KINDS,
  'inject.acknowledged',
  'task.done',
  'score',
  'lesson',
  'improvement',
  'correction',
  'star',
  'verdict',
  'improvement.followup',
  'plan.approved',
  'attendance',
  'role.handover',
  'drill.archived',
  'feed.post',
  'inject.adhoc',
] as const;

export const ENTRY_KINDS = [...SYSTEM_KINDS, ...PERSON_KINDS] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];
export type LogKind = (typeof LOG_KINDS)[number];

const seq = z.number().int().positive();
const idRef = z.string().min(1).max(64);
/** The role seat (its id) that wrote an entry from a LAN browser; absent for the facilitator's own app. */
const seatId = z.string().min(1).max(64);
const milestone = z.enum(MARKABLE_MILESTONES as [string, ...string[]]);

export const COMMUNICATION_AUDIENCES = ['media', 'public', 'customer', 'regulator', 'internal'] as const;
export const RATINGS = ['P', 'S', 'M', 'U'] as const;
export type Rating = (typeof RATINGS)[number];
export const LESSON_CATEGORIES = ['went_well', 'to_improve', 'root_cause', 'problem'] as const;
/** How an improvement measure moves after the drill (整改中, 已完成, 已验收; reopened sends it back to 整改中). 待整改 and 逾期 are derived. */
export const IMPROVEMENT_MOVES = ['in_progress', 'done', 'accepted', 'reopened'] as const;
export type ImprovementMove = (typeof IMPROVEMENT_MOVES)[number];
/** 主持 / 评估 / 观摩: the capacity of a person who checks in without a role of the pack (attendance with roleId null). */
export const ATTENDANCE_CAPACITIES = ['facilitator', 'evaluator', 'observer'] as const;
/** The lowercase hex SHA-256 of a file, a scenario pack or an entry. */
export const SHA256_HEX = /^[0-9a-f]{64}$/;
/** A file attached to an entry: the evidence store holds it under its hash. */
export const AttachmentSchema = z
  .object({ sha256: z.string().regex(SHA256_HEX), name: z.string().max(255), size: z.number().int().min(0), mime: z.string().max(100) })
  .strict();
export type Attachment = z.output<typeof AttachmentSchema>;
const personName = z.string().trim().min(1).max(60);

/** How a spotlighted inject is shown on the projector: as its inject card, or as the feed post it became. */
export const SPOTLIGHT_FORMS = ['card', 'post'] as const;
export type SpotlightForm = (typeof SPOTLIGHT_FORMS)[number];

const logData = z
  .object({
    injectId: idRef.optional(),
    actionId: idRef.optional(),
    milestone: milestone.optional(),
    audience: z.enum(COMMUNICATION_AUDIENCES).optional(),
    /** 补记: the drill time it happened, when logged after the fact (bounds in admission.ts; see occurred.ts). */
    occurredMs: z.number().int().optional(),
    seat: seatId.optional(),
  })
  .strict();

/** Data each kind carries, validated on append. */
export const ENTRY_DATA = {
  'drill.setup': z
    .object({ facts: DrillFactsSchema, scenario: ScenarioPackSchema, language: z.enum(['zh-CN', 'en']), tzOffsetMin: z.number().int().min(-840).max(840) })
    .strict(),
  'drill.facts': z.object({ facts: DrillFactsSchema }).strict(),
  'clock.start': z.object({}).strict(),
  'clock.pause': z.object({}).strict(),
  'clock.resume': z.object({}).strict(),
  'phase.advance': z.object({ from: idRef, to: idRef }).strict(),
  'clock.finish': z.object({}).strict(),
  // held: the gap was longer than the evidence vouches for; the drill clock stands until a clock.gap answers.
  recovery: z.object({ downMs: z.number().min(0), lastSeenAt: z.number(), held: z.boolean().optional() }).strict(),
  'clock.jump': z
    .object({ wallBefore: z.number(), wallAfter: z.number(), monoElapsedMs: z.number().nullable(), jumpMs: z.number() })
    .strict(),
  'clock.gap': z.object({ recoverySeq: seq, counts: z.enum(GAP_COUNTS), countedMs: z.number().min(0) }).strict(),
  'inject.released': z
    .object({ injectId: idRef, manual: z.boolean(), lateMs: z.number().min(0), late: z.boolean() })
    .strict(),
  /** The facilitator puts one released inject (or its feed post) on every projector full-size; null takes it down. */
  spotlight: z.object({ injectId: idRef.nullable(), form: z.enum(SPOTLIGHT_FORMS) }).strict(),
  observation: logData,
  /** A decision may carry the severity grade the team gives the event (研判定级). */
  decision: logData.extend({ severity: z.enum(SEVERITY_GRADES).optional() }),
  action: logData,
  /** A communication to the regulator may say whether it was the phone or the written report. */
  communication: logData.extend({
    reportForm: z.enum(REPORT_FORMS).optional(),
    /** 官方声明: published by the bank's official account on this public channel (admission: audience public, a public channel). */
    channel: z.string().min(1).max(30).optional(),
  }),
  evidence: logData.extend({
    source: z.string().max(200).optional(),
    attachments: z.array(AttachmentSchema).max(50).optional(),
  }),
  'inject.acknowledged': z.object({ injectId: idRef, seat: seatId.optional() }).strict(),
  'task.done': z.object({ taskId: idRef, seat: seatId.optional() }).strict(),
  score: z
    .object({ target: z.enum(['objective', 'role']), targetId: idRef, rating: z.enum(RATINGS) })
    .strict(),
  lesson: z.object({ category: z.enum(LESSON_CATEGORIES) }).strict(),
  improvement: z
    .object({
      owner: z.string().trim().min(1).max(60),
      due: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date as YYYY-MM-DD'),
      start: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date as YYYY-MM-DD').optional(),
      capability: z.string().max(60).optional(),
      /** owner is the person; department is theirs (both printed in the ledger). */
      department: z.string().trim().max(60).optional(),
      /** 验收标准: how completion will be accepted. */
      acceptance: z.string().trim().max(200).optional(),
    })
    .strict(),
  correction: z.object({ corrects: seq, void: z.boolean().default(false) }).strict(),
  star: z.object({ target: seq, starred: z.boolean() }).strict(),
  /** 演练结论: the evaluators' own verdict (the text) and overall rating; the latest live one counts. */
  verdict: z.object({ rating: z.enum(RATINGS) }).strict(),
  /** A move of an improvement measure (its seq), by a person, with evidence of completion; allowed after the seal. */
  'improvement.followup': z
    .object({ improvement: seq, move: z.enum(IMPROVEMENT_MOVES), by: personName, attachments: z.array(AttachmentSchema).max(50).optional() })
    .strict(),
  /** 方案审批: the plan approved before the start; freezes the scenario's version hash (canonical pack SHA-256). */
  'plan.approved': z.object({ scenarioHash: z.string().regex(SHA256_HEX), approver: personName }).strict(),
  /** 签到: a person checks in for the drill's role (the entry's roleId; null for facilitators, evaluators, observers). */
  attendance: z
    .object({
      name: personName,
      department: z.string().trim().max(60).optional(),
      late: z.boolean(),
      seat: seatId.optional(),
      /** With roleId null: in what capacity (主持 / 评估 / 观摩); absent on a role's check-in. */
      capacity: z.enum(ATTENDANCE_CAPACITIES).optional(),
    })
    .strict(),
  /** A role (the entry's roleId) handed from one person to another at this time. */
  'role.handover': z.object({ from: personName, to: personName }).strict(),
  /** Hide a drill from the drill list (archived: true) or bring it back; the journal stays whole either way. */
  'drill.archived': z.object({ archived: z.boolean() }).strict(),
  /**
   * 导演组: an ad-hoc post (the entry's text) by a persona on a public channel, or a comment under a post when it
   * replies to one (a feed.post or a statement by seq, an inject's mock post by injectId); heat overrides the pack's default.
   */
  'feed.post': z
    .object({
      channel: z.string().min(1).max(30),
      author: personName,
      replyToSeq: seq.optional(),
      replyToInjectId: idRef.optional(),
      heat: z.number().min(0).max(100).optional(),
      seat: seatId.optional(),
    })
    .strict(),
  /** 导演组: an inject written and released live (the entry's text is its content); it reaches its target roles like any released inject. */
  'inject.adhoc': z
    .object({
      injectId: idRef,
      channel: z.string().min(1).max(30),
      sender: z.string().trim().min(1).max(60),
      title: z.string().max(80).optional(),
      targetRoles: z.array(idRef).min(1).max(30),
      heat: z.number().min(0).max(100).optional(),
      seat: seatId.optional(),
    })
    .strict(),
} as const satisfies Record<EntryKind, z.ZodType>;

export type EntryData<K extends EntryKind> = z.output<(typeof ENTRY_DATA)[K]>;

/** What a caller asks to append; the journal adds seq, times and hashes. */
export interface EntryDraft<K extends EntryKind = EntryKind> {
  kind: K;
  roleId: string | null;
  text: string;
  data: EntryData<K>;
}

/** An entry as stored in the journal. */
export interface Entry<K extends EntryKind = EntryKind> {
  drillId: string;
  seq: number;
  kind: K;
  /** Wall-clock time, ms since epoch. */
  at: number;
  /** Drill clock at this entry, ms. */
  clockMs: number;
  phaseId: string | null;
  roleId: string | null;
  text: string;
  data: EntryData<K>;
  prevHash: string;
  hash: string;
}

export type AnyEntry = { [K in EntryKind]: Entry<K> }[EntryKind];

export const GENESIS_HASH = '0'.repeat(64);
export const MAX_ENTRY_TEXT = 20_000;

/** The fields an entry's hash covers, in canonical form (see canonical.ts). */
export function hashedFields(e: Omit<Entry, 'hash'>): Record<string, unknown> {
  return {
    v: 1,
    drillId: e.drillId,
    seq: e.seq,
    kind: e.kind,
    at: e.at,
    clockMs: e.clockMs,
    phaseId: e.phaseId,
    roleId: e.roleId,
    text: e.text,
    data: e.data,
    prevHash: e.prevHash,
  };
}

export function isKind<K extends EntryKind>(e: Entry, kind: K): e is Entry<K> {
  return e.kind === kind;
}
