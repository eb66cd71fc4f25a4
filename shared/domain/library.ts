// Library metadata of a scenario pack (type, difficulty, duration, roles stressed) and the picker's search and filters.
import type { ScenarioPack } from './scenario';

export const SCENARIO_CATEGORIES = [
  'allegation',
  'complaint',
  'system_fault',
  'rumour',
  'data_leak',
  'service_conflict',
  'product',
  'staff_conduct',
  'mass_incident',
] as const;
export type ScenarioCategory = (typeof SCENARIO_CATEGORIES)[number];

export const DIFFICULTIES = ['basic', 'intermediate', 'advanced'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** Duration bands the picker filters by, in minutes of planned phase time. */
export const DURATION_BANDS = [
  { id: 'short', maxMin: 120 },
  { id: 'medium', maxMin: 180 },
  { id: 'long', maxMin: Infinity },
] as const;
export type DurationBand = (typeof DURATION_BANDS)[number]['id'];

/** Planned duration: the sum of the phases' target minutes. */
export const durationMinOf = (pack: Pick<ScenarioPack, 'phases'>): number => pack.phases.reduce((t, p) => t + p.targetMin, 0);

export function durationBandOf(min: number): DurationBand {
  return DURATION_BANDS.find((b) => min <= b.maxMin)!.id;
}

/** What the picker needs to search and filter a pack without loading it whole. */
export interface LibraryFacets {
  category: ScenarioCategory | undefined;
  difficulty: Difficulty | undefined;
  durationMin: number;
  stressedRoles: string[];
  channels: string[];
}

export function facetsOf(pack: ScenarioPack): LibraryFacets {
  return {
    category: pack.category as ScenarioCategory | undefined,
    difficulty: pack.difficulty as Difficulty | undefined,
    durationMin: durationMinOf(pack),
    stressedRoles: pack.stressedRoles ?? [],
    channels: [...new Set(pack.injects.map((j) => j.channel))],
  };
}

export interface LibraryQuery {
  text?: string;
  category?: ScenarioCategory | '';
  difficulty?: Difficulty | '';
  duration?: DurationBand | '';
  role?: string;
}

export interface LibraryItem extends LibraryFacets {
  id: string;
  title: string;
  titleEn?: string | undefined;
  summary: string;
  summaryEn?: string | undefined;
}

/** Items that match every given filter; the text matches titles and summaries in either language, case-blind. */
export function searchLibrary<T extends LibraryItem>(items: readonly T[], q: LibraryQuery): T[] {
  const words = (q.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return items.filter((it) => {
    if (q.category && it.category !== q.category) return false;
    if (q.difficulty && it.difficulty !== q.difficulty) return false;
    if (q.duration && durationBandOf(it.durationMin) !== q.duration) return false;
    if (q.role && !it.stressedRoles.includes(q.role)) return false;
    const hay = [it.id, it.title, it.titleEn ?? '', it.summary, it.summaryEn ?? ''].join('\n').toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}
