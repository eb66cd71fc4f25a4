// Severity grades of a 舆情 event (特别重大 I … 一般 IV), the forms a regulator report takes, and the pack's severity schema.
import { z } from 'zod';

/** I is the most severe. */
export const SEVERITY_GRADES = ['I', 'II', 'III', 'IV'] as const;
export type SeverityGrade = (typeof SEVERITY_GRADES)[number];

/** How a report reaches the regulator: a first phone (or instant-message) report, then a written one. */
export const REPORT_FORMS = ['phone', 'written'] as const;
export type ReportForm = (typeof REPORT_FORMS)[number];

/** The grade the pack's authors expect the team to give the event, and why. */
export const SeveritySchema = z.object({
  grade: z.enum(SEVERITY_GRADES),
  basis: z.string().max(600).optional(),
  basisEn: z.string().max(900).optional(),
}).strict();
export type Severity = z.output<typeof SeveritySchema>;

/** 1 for I … 4 for IV: a smaller rank is more severe. */
export const gradeRank = (g: SeverityGrade): number => SEVERITY_GRADES.indexOf(g) + 1;

export type GradeVerdict = 'match' | 'over' | 'under' | 'unrecorded' | 'unexpected';

/**
 * match: the team gave the pack's grade; over: a more severe grade than expected; under: a less severe one;
 * unrecorded: the team gave none; unexpected: the pack names no grade, so there is nothing to compare.
 */
export function compareGrade(expected: SeverityGrade | null | undefined, recorded: SeverityGrade | null | undefined): GradeVerdict {
  if (!expected) return 'unexpected';
  if (!recorded) return 'unrecorded';
  const d = gradeRank(recorded) - gradeRank(expected);
  return d === 0 ? 'match' : d < 0 ? 'over' : 'under';
}
