// Which milestone a logged entry would mark, so the quick-log can propose it instead of relying on memory.
import type { EntryKind } from './entry';
import type { DrillState } from './fold';
import type { MARKABLE_MILESTONES } from './milestones';

type Markable = (typeof MARKABLE_MILESTONES)[number];

/** A communication to these audiences is the milestone it names (首次回应: the first public or media statement). */
const MILESTONE_OF_AUDIENCE: Readonly<Record<string, Markable>> = { public: 'first_response', media: 'first_response', regulator: 'regulator_report' };

/** The milestone to propose for this entry, or null when it marks none or the drill has it already (live entries only). */
export function proposedMilestone(state: DrillState, kind: EntryKind, audience: string | undefined): Markable | null {
  if (kind !== 'communication' || audience === undefined || !Object.prototype.hasOwnProperty.call(MILESTONE_OF_AUDIENCE, audience)) return null;
  const m = MILESTONE_OF_AUDIENCE[audience]!;
  return state.milestones[m] === undefined ? m : null;
}
