// The head office roll-up's report and progress (what main returns for a folder of archives imported at once).
import type { ErrorPayload } from './errors';

export type RollupOutcome = 'imported' | 'duplicate' | 'failed';

export interface RollupItem {
  /** The archive's file name (a base name, never a path). */
  name: string;
  outcome: RollupOutcome;
  /** The drill it holds (imported, or already in the database); null when the archive could not be read. */
  drillId: string | null;
  /** Why a failed archive was skipped, as the typed error the renderer translates. */
  error: ErrorPayload | null;
}

export interface RollupReport {
  items: RollupItem[];
  imported: number;
  duplicates: number;
  failed: number;
}

export interface RollupProgress {
  running: boolean;
  /** Archives finished so far, of `total`; `current` is the one being read (null when none). */
  done: number;
  total: number;
  current: string | null;
  imported: number;
  duplicates: number;
  failed: number;
}
