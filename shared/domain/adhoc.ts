// Ad-hoc injects (导演组): the inject an inject.adhoc entry stands for, and the drill's injects with them (pack first, then live ones).
import type { Entry } from './entry';
import type { DrillState } from './fold';
import type { Inject } from './scenario';

/** The inject an inject.adhoc entry released: no expected actions, never contingent, in the phase it was written in. */
export function adhocInject(e: Entry<'inject.adhoc'>, phaseId: string | undefined): Inject {
  const d = e.data;
  return {
    id: d.injectId,
    offsetMin: Math.floor(e.clockMs / 60_000),
    channel: d.channel,
    sender: d.sender,
    ...(d.title ? { title: d.title } : {}),
    content: e.text,
    targetRoles: d.targetRoles,
    expectedActions: [],
    contingency: false,
    ...(phaseId ? { phaseId } : {}),
    ...(d.heat !== undefined ? { heat: d.heat } : {}),
  };
}

/** Every inject of the drill: the pack's, then those the control cell released live. */
export function injectsOf(state: DrillState): Inject[] {
  return state.adhoc.length === 0 ? state.scenario.injects : [...state.scenario.injects, ...state.adhoc];
}

/** One inject by id, from the pack or the live ones. */
export function injectOf(state: DrillState, injectId: string): Inject | undefined {
  return state.scenario.injects.find((j) => j.id === injectId) ?? state.adhoc.find((j) => j.id === injectId);
}

/** Is this inject one the control cell wrote live? */
export const isAdhoc = (state: DrillState, injectId: string): boolean => state.adhoc.some((j) => j.id === injectId);

/** The id the next ad-hoc inject gets: adhoc-1, adhoc-2 … (never one the pack uses). */
export function nextAdhocId(state: DrillState): string {
  for (let n = state.adhoc.length + 1; ; n++) {
    const id = `adhoc-${n}`;
    if (!injectOf(state, id)) return id;
  }
}
