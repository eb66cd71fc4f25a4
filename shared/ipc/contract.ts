// The IPC contract: every call the renderer may make (name, input schema, output type) and every push.
import { z } from 'zod';
import { COMMUNICATION_AUDIENCES, LESSON_CATEGORIES, LOG_KINDS, RATINGS, SPOTLIGHT_FORMS, type AnyEntry } from '../domain/entry';
import { DrillFactsSchema } from '../domain/facts';
import type { DrillState, DrillStatus } from '../domain/fold';
import type { LibraryFacets } from '../domain/library';
import { MARKABLE_MILESTONES } from '../domain/milestones';
import { REPORT_FORMS, SEVERITY_GRADES, type SeverityGrade } from '../domain/severity';
import type { Inject, PackCheck, ScenarioPack } from '../domain/scenario';
import { DrillIdSchema } from '../domain/drillId';
import { refuseUnstorableText } from '../domain/text';
import type { CallName, PushName } from './names';
import { GAP_COUNTS } from '../domain/wallClock';
import { PAPER_KINDS } from '../domain/papers';
import { ATTENDANCE_CAPACITIES } from '../domain/attendance';
import { IMPROVEMENT_MOVES } from '../domain/entry';
import type { ImprovementLedgerRow } from '../domain/improvementLedger';
import { IMPROVEMENT_STATUSES } from '../domain/review';
import type { DrillLedger } from '../domain/drillLedger';
import type { RollupProgress, RollupReport } from './rollup';

export { CALL_NAMES, PUSH_NAMES, CHANNEL_PREFIX, channelOf, type CallName, type PushName } from './names';

const drillId = DrillIdSchema;
const refId = z.string().min(1).max(64);
const seq = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const text = z.string().max(20_000);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const lang = z.enum(['zh-CN', 'en']);
const Empty = z.object({}).strict();
const DrillRef = z.object({ drillId }).strict();

/** Packs and MSEL files read in the renderer travel as text; 64 MiB is far above any real one (archives are opened by main). */
export const MAX_FILE_TEXT = 64 * 1024 * 1024;
const base64 = z.string().max(MAX_FILE_TEXT).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64');

/** One file of an evidence entry, as data.attachments lists it. */
export interface EvidenceAttachment {
  sha256: string;
  name: string;
  size: number;
  mime: string;
}

export interface AppInfo {
  version: string;
  dataDir: string;
  dbPath: string;
  host: 'electron' | 'browser';
  platform: string;
  /** Whether the last journal write reached the disk, and when. */
  lastWrite: { ok: boolean; at: number | null };
}

export interface ScenarioSummary extends LibraryFacets {
  id: string;
  title: string;
  titleEn: string | undefined;
  summary: string;
  summaryEn: string | undefined;
  severity: SeverityGrade | undefined;
  phases: number;
  roles: number;
  injects: number;
  builtin: boolean;
  /** 我的剧本 only: the latest version's hash, how many versions are kept, and when the latest was saved. */
  version?: string;
  versions?: number;
  savedAt?: number;
}

/** What saving to 我的剧本 did: a new version (created) or the same content again (not created). */
export interface UserPackSaved {
  id: string;
  version: string;
  created: boolean;
  versions: number;
}

/** One kept version of a user pack. */
export interface UserPackVersion {
  version: string;
  title: string;
  savedAt: number;
  sourceName: string | null;
}

export interface DrillSummary {
  drillId: string;
  name: string;
  scenarioTitle: string;
  status: DrillStatus;
  createdAt: number;
  startedAt: number | null;
  finishedAt: number | null;
  entryCount: number;
  readOnly: boolean;
  /** Why this drill's journal cannot be read into a drill (null when it can): it is listed, verified and archived, not opened. */
  damaged: string | null;
  /** Hidden from the list by a drill.archived entry (shown under 显示已归档). */
  archived: boolean;
}

export interface DrillSnapshot {
  state: DrillState;
  entries: AnyEntry[];
  readOnly: boolean;
  /** Wall time on the main process when the snapshot was taken (for people; never for the drill clock). */
  now: number;
  /** Main's drill clock when the snapshot was taken: the renderer animates from it with performance.now(). */
  clockMs: number;
}

/** A network interface the facilitator may open seats on (never a wildcard). */
export interface SeatInterface {
  name: string;
  address: string;
  internal: boolean;
}

/** One role seat: a browser on the LAN that joined with a code. */
export interface SeatInfo {
  seatId: string;
  /** Empty for the control cell (导演组) seat, which is no pack role. */
  roleId: string;
  /** The control cell seat (导演组). */
  control?: true;
  remote: string;
  joinedAt: number;
  lastSeen: number;
}

/** Whether seats are open (分席位), where, the current join code per role, and who is connected. */
export interface SeatsStatus {
  open: boolean;
  drillId: string | null;
  address: string | null;
  port: number | null;
  /** The join page, e.g. http://10.0.0.5:47100/#/seat */
  url: string | null;
  codes: Array<{ roleId: string; code: string; expiresAt: number }>;
  seats: SeatInfo[];
  /** The control cell's (导演组) join code: the console shows it, the projector never does. */
  control?: { code: string; expiresAt: number } | null;
  /** Main's wall time when this was read: last-seen times are shown relative to it, not to the renderer's clock. */
  now: number;
}

/** 整改台账 rows (shared/domain/improvementLedger.ts) and main's local date they were judged overdue by. */
export interface ImprovementLedger {
  today: string;
  rows: ImprovementLedgerRow[];
}

export interface Ack {
  seq: number;
}

export interface SavedFile {
  /** Null when the user cancelled the save dialog. */
  path: string | null;
  bytes: number;
  /** The browser host: the saved file's one-time download link (/download/<ticket>); the page hands it to the browser. */
  download?: { url: string; name: string };
}

/** A file streamed into the evidence store, waiting for the evidence entry that names it by `upload`. */
export interface StagedEvidence {
  upload: string;
  sha256: string;
  size: number;
  name: string;
  mime: string;
}

/** The desktop app: a file the user picked in the native dialog, remembered by main under `pick` (its path stays in main). */
export interface PickedEvidence {
  pick: string;
  name: string;
  size: number;
  mime: string;
  limit: number;
}

/** A viewer link to a stored attachment (same origin: drillroom://app/media/… or http://host/media/…). */
export interface EvidenceView {
  url: string;
  name: string;
  mime: string;
  kind: 'image' | 'pdf' | 'audio' | 'video' | null;
  size: number;
}

type Call<I extends z.ZodType, O> = { input: I; output: O };
/** Every call refuses text the journal could not store exactly (a lone surrogate), naming the field. */
const ledgerYear = z.number().int().min(1970).max(9999).nullable().optional();
const sheetFormat = z.enum(['xlsx', 'csv']);

const call =
  <O>() =>
  <I extends z.ZodType>(input: I): Call<I, O> => ({ input: input.superRefine(refuseUnstorableText), output: undefined as unknown as O });

export const CALLS = {
  'app.info': call<AppInfo>()(Empty),
  'scenario.list': call<ScenarioSummary[]>()(Empty),
  'scenario.get': call<ScenarioPack>()(z.object({ scenarioId: refId }).strict()),
  'scenario.check': call<PackCheck>()(z.object({ text: z.string().max(MAX_FILE_TEXT) }).strict()),
  // The editor's pack saved by main (atomically, where the user chooses); `name` is a suggested base name.
  'scenario.save': call<SavedFile>()(z.object({ packText: z.string().max(MAX_FILE_TEXT), name: z.string().min(1).max(80) }).strict()),
  'drill.list': call<DrillSummary[]>()(Empty),
  'drill.create': call<{ drillId: string }>()(
    z
      .object({
        scenarioId: refId.optional(),
        packText: z.string().max(MAX_FILE_TEXT).optional(),
        facts: DrillFactsSchema,
        language: lang.default('zh-CN'),
      })
      .strict()
      .refine((v) => (v.scenarioId === undefined) !== (v.packText === undefined), 'give exactly one of scenarioId, packText'),
  ),
  'drill.open': call<DrillSnapshot>()(DrillRef),
  'drill.updateFacts': call<Ack>()(z.object({ drillId, facts: DrillFactsSchema }).strict()),
  'clock.start': call<Ack>()(DrillRef),
  'clock.pause': call<Ack>()(DrillRef),
  'clock.resume': call<Ack>()(DrillRef),
  'clock.finish': call<Ack>()(DrillRef),
  // The facilitator's answer about a restart gap the heartbeats cannot vouch for.
  'drill.decideGap': call<Ack>()(z.object({ drillId, counts: z.enum(GAP_COUNTS) }).strict()),
  'phase.next': call<Ack>()(DrillRef),
  'inject.release': call<Ack>()(z.object({ drillId, injectId: refId }).strict()),
  'inject.acknowledge': call<Ack>()(z.object({ drillId, injectId: refId, roleId: refId }).strict()),
  'entry.log': call<Ack>()(
    z
      .object({
        drillId,
        kind: z.enum(LOG_KINDS),
        roleId: refId,
        text,
        injectId: refId.optional(),
        actionId: refId.optional(),
        milestone: z.enum(MARKABLE_MILESTONES as [string, ...string[]]).optional(),
        audience: z.enum(COMMUNICATION_AUDIENCES).optional(),
        /** The team's severity grade (研判定级); decisions only. */
        severity: z.enum(SEVERITY_GRADES).optional(),
        /** Phone or written report to the regulator; communications only. */
        reportForm: z.enum(REPORT_FORMS).optional(),
        /** 补记: drill time it happened, when logged late. */
        occurredMs: z.number().int().min(-1e12).max(1e12).optional(),
        /** 官方声明: a public communication published by the bank's official account on this public channel. */
        channel: z.string().min(1).max(30).optional(),
      })
      .strict()
      .refine((v) => v.severity === undefined || v.kind === 'decision', { message: 'a severity grade goes on a decision', path: ['severity'] })
      .refine((v) => v.reportForm === undefined || v.kind === 'communication', { message: 'a report form goes on a communication', path: ['reportForm'] })
      .refine((v) => v.channel === undefined || v.kind === 'communication', { message: 'a statement channel goes on a communication', path: ['channel'] }),
  ),
  'entry.correct': call<Ack>()(
    z.object({ drillId, seq, text, void: z.boolean().default(false), roleId: refId.optional() }).strict(),
  ),
  'entry.star': call<Ack>()(z.object({ drillId, seq, starred: z.boolean() }).strict()),
  'task.done': call<Ack>()(z.object({ drillId, roleId: refId, taskId: refId }).strict()),
  'review.score': call<Ack>()(
    z
      .object({ drillId, target: z.enum(['objective', 'role']), targetId: refId, rating: z.enum(RATINGS), remark: text, roleId: refId.optional() })
      .strict(),
  ),
  'review.lesson': call<Ack>()(z.object({ drillId, category: z.enum(LESSON_CATEGORIES), text, roleId: refId.optional() }).strict()),
  // 演练结论: the evaluators' verdict and overall rating (issue 12); the latest live one counts.
  'review.verdict': call<Ack>()(z.object({ drillId, rating: z.enum(RATINGS), text }).strict()),
  'review.improvement': call<Ack>()(
    z
      .object({
        drillId,
        measure: text,
        owner: z.string().max(60),
        due: date,
        start: date.optional(),
        capability: z.string().max(60).optional(),
        department: z.string().max(60).optional(),
        acceptance: z.string().max(200).optional(),
      })
      .strict(),
  ),
  'minutes.export': call<SavedFile>()(DrillRef),
  'archive.export': call<SavedFile>()(DrillRef),
  // Main opens the file itself (a native dialog; the browser host reads this base name from its imports folder).
  'archive.import': call<{ drillId: string | null }>()(z.object({ name: z.string().min(1).max(255).optional() }).strict()),
  'window.projector': call<{ open: boolean }>()(z.object({ drillId, open: z.boolean() }).strict()),
  // Issue 5 (MSEL import, evidence register). Base64 travels as text; the handlers refuse what is too large with a clear message.
  'scenario.importMsel': call<{ injects: Inject[] }>()(
    z
      .object({ packText: z.string().max(MAX_FILE_TEXT).optional(), scenarioId: refId.optional(), csvBase64: base64 })
      .strict()
      .refine((v) => v.packText === undefined || v.scenarioId === undefined, 'give at most one of scenarioId, packText'),
  ),
  'evidence.attach': call<Ack & { attachments: EvidenceAttachment[] }>()(
    z
      .object({
        drillId,
        roleId: refId,
        text,
        files: z.array(z.object({ name: z.string().max(1000), mime: z.string().max(200), base64 }).strict()).max(20).default([]),
        /** Files streamed in before (HTTP upload or 'evidence.ingest'), by their staging token. */
        uploads: z.array(z.string().min(16).max(64)).max(20).optional(),
        source: z.string().max(200).optional(),
        injectId: refId.optional(),
        actionId: refId.optional(),
      })
      .strict(),
  ),
  'evidence.read': call<{ name: string; mime: string; base64: string }>()(z.object({ drillId, sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict()),
  // Issue 11: one released inject (or its feed post) on every projector full-size; injectId null takes it down.
  'projector.spotlight': call<Ack>()(z.object({ drillId, injectId: refId.nullable(), form: z.enum(SPOTLIGHT_FORMS).default('card') }).strict()),
  // Role seats on the LAN (electron/seats/): facilitator only, by the capability table (shared/ipc/capabilities.ts).
  'seats.interfaces': call<SeatInterface[]>()(Empty),
  'seats.open': call<SeatsStatus>()(
    z.object({ drillId, address: z.string().min(2).max(64), port: z.number().int().min(0).max(65535).optional() }).strict(),
  ),
  'seats.close': call<SeatsStatus>()(Empty),
  'seats.status': call<SeatsStatus>()(Empty),
  'seats.revoke': call<SeatsStatus>()(z.object({ seatId: z.string().min(1).max(64) }).strict()),
  // Issue 13: a paper as Word (the evaluator form blank, or filled from the journal), and 批准方案 before the start.
  'papers.export': call<SavedFile>()(z.object({ drillId, paper: z.enum(PAPER_KINDS), filled: z.boolean().default(false) }).strict()),
  'plan.approve': call<Ack>()(z.object({ drillId, approver: z.string().max(60) }).strict()),
  // Issue 13, items 6 and 7: check-ins, role handovers, improvement follow-ups (after the seal too) and the 整改台账.
  'attendance.checkIn': call<Ack>()(
    z
      .object({ drillId, name: z.string().max(60), department: z.string().max(60).optional(), roleId: refId.nullable(), capacity: z.enum(ATTENDANCE_CAPACITIES).optional() })
      .strict(),
  ),
  'role.handover': call<Ack>()(z.object({ drillId, roleId: refId, from: z.string().max(60), to: z.string().max(60) }).strict()),
  'improvement.followup': call<Ack & { attachments: EvidenceAttachment[] }>()(
    z
      .object({
        drillId,
        improvement: seq,
        move: z.enum(IMPROVEMENT_MOVES),
        by: z.string().max(60),
        text,
        files: z.array(z.object({ name: z.string().max(1000), mime: z.string().max(200), base64 }).strict()).max(20).default([]),
      })
      .strict(),
  ),
  'ledger.improvements': call<ImprovementLedger>()(
    z
      .object({
        filter: z
          .object({
            statuses: z.array(z.enum(IMPROVEMENT_STATUSES)).max(4).optional(),
            owner: z.string().max(60).optional(),
            dueFrom: date.optional(),
            dueTo: date.optional(),
            overdueOnly: z.boolean().optional(),
          })
          .strict()
          .optional(),
      })
      .strict(),
  ),
  'review.carryOver': call<ImprovementLedger>()(DrillRef),
  // Issue 13 items 8-10: the drill ledger, spreadsheet exports (headers in `language`), the head office roll-up.
  'ledger.drills': call<DrillLedger>()(z.object({ year: ledgerYear }).strict()),
  'ledger.exportDrills': call<SavedFile>()(z.object({ year: ledgerYear, format: sheetFormat, language: lang }).strict()),
  'ledger.exportImprovements': call<SavedFile>()(z.object({ format: sheetFormat, language: lang }).strict()),
  'journal.export': call<SavedFile>()(z.object({ drillId, format: sheetFormat, language: lang }).strict()),
  // Electron: a folder dialog; the browser host: the base names of the files the page picked, read from its imports folder. Null when cancelled.
  'archive.importFolder': call<RollupReport | null>()(z.object({ names: z.array(z.string().min(1).max(255)).max(2000).optional() }).strict()),
  'archive.importProgress': call<RollupProgress>()(Empty),
  // Issue 12: the minutes as PDF (same content as the Word minutes), printed by the host's Chromium, saved where the user chooses.
  'minutes.exportPdf': call<SavedFile>()(DrillRef),
  /** Hide a drill from the list (archived: true) or bring it back: a recorded drill.archived entry, never a delete. */
  'drill.archive': call<Ack>()(z.object({ drillId, archived: z.boolean() }).strict()),
  // Issue 11 item 10: evidence streamed by main from the file the desktop user picks; viewer links for stored files.
  'evidence.pick': call<PickedEvidence | null>()(z.object({ drillId, roleId: refId }).strict()),
  'evidence.ingest': call<StagedEvidence>()(z.object({ drillId, roleId: refId, pick: z.string().min(16).max(64) }).strict()),
  'evidence.cancel': call<{ cancelled: boolean }>()(z.object({ pick: z.string().min(16).max(64) }).strict()),
  // Asked before an upload starts: a file the drill, the seat, the type or the size rule refuses moves no byte.
  'evidence.check': call<{ mime: string; limit: number }>()(
    z.object({ drillId, roleId: refId, name: z.string().max(1000), size: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER) }).strict(),
  ),
  'evidence.view': call<EvidenceView>()(z.object({ drillId, sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict()),
  // 导演组 (the control cell): ad-hoc feed posts and comments, and injects released live (the console and the control seat).
  'feed.post': call<Ack>()(
    z
      .object({
        drillId,
        channel: z.string().min(1).max(30),
        author: z.string().trim().min(1).max(60),
        text,
        replyToSeq: seq.optional(),
        replyToInjectId: refId.optional(),
        heat: z.number().min(0).max(100).optional(),
      })
      .strict(),
  ),
  // 我的剧本 (issue 15): the user's own packs in the database, versioned by content hash; facilitator only.
  'library.save': call<UserPackSaved>()(z.object({ packText: z.string().max(MAX_FILE_TEXT), sourceName: z.string().min(1).max(255).optional() }).strict()),
  'library.versions': call<UserPackVersion[]>()(z.object({ scenarioId: refId }).strict()),
  'library.get': call<ScenarioPack>()(z.object({ scenarioId: refId, version: z.string().regex(/^[0-9a-f]{64}$/) }).strict()),
  'library.hide': call<{ hidden: true }>()(z.object({ scenarioId: refId }).strict()),
  'inject.adhoc': call<Ack & { injectId: string }>()(
    z
      .object({
        drillId,
        channel: z.string().min(1).max(30),
        sender: z.string().trim().min(1).max(60),
        title: z.string().max(80).optional(),
        text,
        targetRoles: z.array(refId).min(1).max(30),
        heat: z.number().min(0).max(100).optional(),
      })
      .strict(),
  ),
} as const satisfies Record<CallName, Call<z.ZodType, unknown>>;

/** The schema table names exactly the calls of names.ts (the preload's list): a call missing from either side is a type error. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const callsMatchNames: Same<keyof typeof CALLS, CallName> = true;
void callsMatchNames;
export type CallInput<N extends CallName> = z.input<(typeof CALLS)[N]['input']>;
export type CallOutput<N extends CallName> = (typeof CALLS)[N]['output'];

/** Pushes from main to renderer. */
export interface Pushes {
  /** New entries were appended to a drill; `state` is the fold after them. */
  'drill.changed': { drillId: string; entries: AnyEntry[]; state: DrillState; now: number; clockMs: number };
  /** The list of drills changed (created, imported). */
  'drills.changed': Record<string, never>;
  /** The result of the last journal write. */
  'app.status': AppInfo['lastWrite'];
  /** Bytes main has read of a picked evidence file ('evidence.ingest'). */
  'evidence.progress': { drillId: string; pick: string; done: number; total: number };
}
const pushesMatchNames: Same<keyof Pushes, PushName> = true;
void pushesMatchNames;

/** Every reply has this shape, so the renderer never sees a thrown exception across the boundary. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: import('./errors').ErrorPayload };

