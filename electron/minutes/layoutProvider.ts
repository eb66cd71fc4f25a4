// Where the PDF export takes the minutes' layout from: the one line to change when build.ts exports minutesLayoutOf.
import type { AnyEntry } from '../../shared/domain/entry';
import type { MinutesLayout } from './blocks';
import { provisionalMinutesLayout } from './provisionalLayout';

export type MinutesLayoutProvider = (entries: readonly AnyEntry[], opts: { exportedAt: number; draft: boolean }) => Promise<MinutesLayout>;

// At merge: `export const minutesLayoutProvider: MinutesLayoutProvider = minutesLayoutOf;` (import it from './build').
export const minutesLayoutProvider: MinutesLayoutProvider = provisionalMinutesLayout;
