// Timing milestones: the moments the timing indicators measure between.
export const MILESTONES = ['start', 'discovered', 'reported', 'verified', 'first_response', 'regulator_report'] as const;
export type Milestone = (typeof MILESTONES)[number];

/** Milestones an entry may mark (the drill start is marked by the clock itself). */
export const MARKABLE_MILESTONES = MILESTONES.filter((m) => m !== 'start') as Exclude<Milestone, 'start'>[];
