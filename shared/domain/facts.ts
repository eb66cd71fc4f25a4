// The drill's facts for the minutes: name, place, organiser, facilitator, scribe, participants by role.
import { z } from 'zod';

export const DrillFactsSchema = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(120, 'at most 120 characters'),
  place: z.string().trim().max(120).default(''),
  organiser: z.string().trim().max(120).default(''),
  facilitator: z.string().trim().max(60).default(''),
  scribe: z.string().trim().max(60).default(''),
  reviewer: z.string().trim().max(60).default(''),
  /** Participants' names by role id. */
  participants: z.record(z.string().max(64), z.string().trim().max(200)).default({}),
});
export type DrillFacts = z.output<typeof DrillFactsSchema>;
export type DrillFactsInput = z.input<typeof DrillFactsSchema>;
