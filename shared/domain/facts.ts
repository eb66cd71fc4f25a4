// The drill's facts for the minutes: name, place, organiser, facilitator, scribe, participants by role.
import { z } from 'zod';

/** 桌面推演 (tabletop) or 实战演练 (live, with real systems and people on the floor). */
export const DRILL_TYPES = ['tabletop', 'live'] as const;
export type DrillType = (typeof DRILL_TYPES)[number];
/** Announced beforehand, or a no-notice (突击) drill. */
export const DRILL_NOTICES = ['announced', 'no_notice'] as const;
export type DrillNotice = (typeof DRILL_NOTICES)[number];
/** A planned local date-time 'YYYY-MM-DDTHH:mm' (the drill's own time zone), or '' when not planned. */
const plannedTime = z.string().regex(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})?$/, 'date and time as YYYY-MM-DDTHH:mm');

export const DrillFactsSchema = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(120, 'at most 120 characters'),
  place: z.string().trim().max(120).default(''),
  organiser: z.string().trim().max(120).default(''),
  facilitator: z.string().trim().max(60).default(''),
  scribe: z.string().trim().max(60).default(''),
  reviewer: z.string().trim().max(60).default(''),
  /** Fields below came with the report issue: journals written before lack them, so read facts through this schema. */
  drillType: z.enum(DRILL_TYPES).default('tabletop'),
  notice: z.enum(DRILL_NOTICES).default('announced'),
  plannedStart: plannedTime.default(''),
  plannedEnd: plannedTime.default(''),
  /** 总指挥: who commands the response (signs the minutes). */
  commander: z.string().trim().max(60).default(''),
  /** 评估组: the evaluators' names, as one line. */
  evaluators: z.string().trim().max(200).default(''),
  /** 机构/网点: the branch, for the ledgers and the head office roll-up. */
  branch: z.string().trim().max(120).default(''),
  /** Participants' names by role id. */
  participants: z.record(z.string().max(64), z.string().trim().max(200)).default({}),
});
export type DrillFacts = z.output<typeof DrillFactsSchema>;
export type DrillFactsInput = z.input<typeof DrillFactsSchema>;
