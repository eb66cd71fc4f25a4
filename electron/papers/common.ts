// What every paper reads from a drill: its pack, facts (read through the schema), language, approval, and names of roles.
import { formatWallDate, formatWallTime } from '../../shared/domain/clock';
import { effectiveJournal } from '../../shared/domain/effective';
import type { AnyEntry, Entry } from '../../shared/domain/entry';
import { DrillFactsSchema, type DrillFacts } from '../../shared/domain/facts';
import { fold, type DrillState } from '../../shared/domain/fold';
import { injectsInOrder, type ExpectedAction, type Inject, type ScenarioPack } from '../../shared/domain/scenario';
import { CHANNEL_LABELS, isKnownChannel } from '../../shared/scenario/channels';
import { papersText, offsetText, type PapersText } from './text';

export interface PaperOptions {
  /** Export time (ms since epoch), stamped in the package. */
  exportedAt: number;
}

export interface PaperInput {
  entries: readonly AnyEntry[];
  state: DrillState;
  pack: ScenarioPack;
  facts: DrillFacts;
  lang: 'zh-CN' | 'en';
  T: PapersText;
  /** The latest live plan approval, or null. */
  approval: Entry<'plan.approved'> | null;
}

export function paperInput(entries: readonly AnyEntry[]): PaperInput {
  const state = fold(entries);
  const lang = state.language;
  return {
    entries,
    state,
    pack: state.scenario,
    // Journals written before the report issue lack the newer fields: the schema gives their defaults.
    facts: DrillFactsSchema.parse(state.facts),
    lang,
    T: papersText(lang),
    approval: latestApproval(entries),
  };
}

/** The approval that counts: the latest one not voided. */
export function latestApproval(entries: readonly AnyEntry[]): Entry<'plan.approved'> | null {
  let found: Entry<'plan.approved'> | null = null;
  for (const { entry } of effectiveJournal(entries).live) if (entry.kind === 'plan.approved') found = entry as Entry<'plan.approved'>;
  return found;
}

export function roleName(inp: PaperInput, roleId: string): string {
  const role = inp.pack.roles.find((r) => r.id === roleId);
  if (!role) return roleId;
  return inp.lang === 'en' ? (role.nameEn ?? role.name) : role.name;
}

export function rolesText(inp: PaperInput, roleIds: readonly string[]): string {
  return roleIds.map((id) => roleName(inp, id)).join(inp.T.sep);
}

export function phaseName(inp: PaperInput, phaseId: string | undefined): string {
  const phase = inp.pack.phases.find((p) => p.id === phaseId);
  if (!phase) return '';
  return inp.lang === 'en' ? (phase.nameEn ?? phase.name) : phase.name;
}

/** People named in one facts line, split on 、 , ， ; ； and newlines. */
export function splitNames(line: string | undefined): string[] {
  return (line ?? '')
    .split(/[、,，;；\n\r]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The planned time as a line: '2026年12月3日 09:00至11:00', or the blank when not planned. */
export function plannedText(inp: PaperInput): string {
  const { plannedStart: a, plannedEnd: b } = inp.facts;
  const T = inp.T;
  if (!a) return T.blank;
  const [ad, at] = a.split('T') as [string, string];
  if (!b) return T.dateTime(ad, at);
  const [bd, bt] = b.split('T') as [string, string];
  const to = inp.lang === 'en' ? ' – ' : '至';
  return `${T.dateTime(ad, at)}${to}${bd === ad ? bt : T.dateTime(bd, bt)}`;
}

/** A wall time in the drill's zone, as people write it. */
export function wallText(inp: PaperInput, at: number): string {
  return inp.T.dateTime(formatWallDate(at, inp.state.tzOffsetMin), formatWallTime(at, inp.state.tzOffsetMin).slice(0, 5));
}

export function injectTitle(inp: PaperInput, inj: Inject): string {
  if (inj.title) return inj.title;
  const firstLine = inj.content.split('\n')[0] ?? '';
  return firstLine.length > 30 ? `${firstLine.slice(0, 30)}…` : firstLine;
}

export function injectLabel(inp: PaperInput, inj: Inject): string {
  return `${offsetText(inj.offsetMin)} ${injectTitle(inp, inj)}`;
}

export interface PlannedAction {
  inject: Inject;
  action: ExpectedAction;
  /** Planned deadline on the drill clock (minutes), counting from the inject's planned release. */
  deadlineAtMin: number;
}

/** Every expected action, injects in release order. */
export function plannedActions(pack: ScenarioPack): PlannedAction[] {
  return injectsInOrder(pack).flatMap((inject) => inject.expectedActions.map((action) => ({ inject, action, deadlineAtMin: inject.offsetMin + action.deadlineMin })));
}

export function deadlineText(inp: PaperInput, a: PlannedAction): string {
  return inp.T.deadline(offsetText(a.deadlineAtMin), a.action.deadlineMin);
}

/** Start minute of each phase on the planned timetable (phases run back to back). */
export function phaseStarts(pack: ScenarioPack): number[] {
  const out: number[] = [];
  let t = 0;
  for (const p of pack.phases) {
    out.push(t);
    t += p.targetMin;
  }
  return out;
}

/** A channel as people call it (投诉热线), or the author's own word. */
export function channelText(inp: PaperInput, channel: string): string {
  return isKnownChannel(channel) ? CHANNEL_LABELS[channel][inp.lang === 'en' ? 'en' : 'zh'] : channel;
}
