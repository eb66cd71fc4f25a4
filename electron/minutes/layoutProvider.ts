// Where the PDF export takes the minutes' layout from: the same blocks the Word minutes are rendered from (build.ts).
import type { AnyEntry } from '../../shared/domain/entry';
import type { MinutesLayout } from './blocks';

export type MinutesLayoutProvider = (entries: readonly AnyEntry[], opts: { exportedAt: number; draft: boolean }) => Promise<MinutesLayout>;

export { minutesLayoutOf as minutesLayoutProvider } from './build';
