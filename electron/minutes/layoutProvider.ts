// Where the PDF export takes the minutes' layout from: the one line to change when build.ts exports minutesLayoutOf.
import type { AnyEntry } from '../../shared/domain/entry';
import type { MinutesLayout } from './blocks';

export type MinutesLayoutProvider = (entries: readonly AnyEntry[], opts: { exportedAt: number; draft: boolean }) => Promise<MinutesLayout>;

// At merge, this line becomes: export { minutesLayoutOf as minutesLayoutProvider } from './build';
export { provisionalMinutesLayout as minutesLayoutProvider } from './provisionalLayout';
