// The scenario editor's draft: a pack being edited (possibly invalid), with helpers to create, duplicate, retime,
// serialise and find the problems of one field. Pure; no React.
import type { FieldProblem, Inject, ScenarioPack } from '../../../shared/domain/scenario';
import { clipText } from '../../../shared/domain/text';
import { knownChannelOf } from '../../../shared/scenario/channels';

export type Draft = ScenarioPack;

const DEFAULT_PHASES: [string, string, string, number][] = [
  ['discovery', '事件发现与报告', 'Discovery & report', 15],
  ['verification', '核实研判', 'Verification & assessment', 25],
  ['evidence', '搜集证据', 'Evidence collection', 20],
  ['plan', '制定应对方案', 'Response plan', 20],
  ['execution', '实施应对', 'Execution', 30],
  ['tracking', '跟踪反馈', 'Tracking & feedback', 20],
  ['review', '总结评估', 'Review & lessons', 20],
];
const DEFAULT_ROLES: [string, string, string][] = [
  ['commander', '总指挥', 'Commander'],
  ['monitoring', '舆情监测', 'Opinion monitoring'],
  ['spokesperson', '新闻发言', 'Spokesperson'],
  ['customer_service', '客户服务', 'Customer service'],
  ['technology', '技术保障', 'Technology'],
  ['compliance', '合规与法律', 'Compliance & legal'],
  ['regulator_liaison', '监管联络', 'Regulator liaison'],
  ['scribe', '记录员', 'Scribe'],
  ['evaluator', '评估员', 'Evaluator'],
];

/** A new pack with the standard phases and roles, ready to receive injects. */
export function blankPack(): Draft {
  return {
    schema: 'drillroom.scenario/1',
    id: 'my-scenario',
    // Text fields start empty (the inputs show placeholders) so nothing unwritten passes the check as content.
    title: '',
    summary: '',
    language: 'zh-CN',
    objectives: [],
    phases: DEFAULT_PHASES.map(([id, name, nameEn, targetMin]) => ({ id, name, nameEn, targetMin })),
    roles: DEFAULT_ROLES.map(([id, name, nameEn]) => ({ id, name, nameEn, tasks: [] })),
    injects: [],
    timingTargets: [],
    evaluateRoles: false,
  };
}

/** An inject to fill in: empty sender and content (placeholders in the form), five minutes after the last one. */
export function newInject(d: Draft): Inject {
  const last = d.injects[d.injects.length - 1];
  return {
    id: freshId('inj', d.injects.map((j) => j.id)),
    offsetMin: last && Number.isFinite(last.offsetMin) ? last.offsetMin + 5 : 2,
    channel: 'weibo',
    sender: '',
    content: '',
    targetRoles: d.roles[0] ? [d.roles[0].id] : [],
    expectedActions: [],
    contingency: false,
  };
}

/**
 * The channel an author typed, through the one alias table (抖音 → video, 微博 → weibo …). A word the product does not
 * know stays as typed, unconfirmed: the check refuses it until the author ticks "a channel of its own".
 */
export function commitChannel(j: Inject, typed: string): Inject {
  const known = knownChannelOf(typed);
  const { customChannel: _drop, ...rest } = j;
  if (known) return { ...rest, channel: known };
  const label = typed.trim();
  return label === j.channel && j.customChannel ? j : { ...rest, channel: label };
}

/** A built-in pack copied for editing: its own id and title, injects in release order. */
export function duplicatePack(pack: ScenarioPack, copyWord: string): Draft {
  const copy = structuredClone(pack) as Draft;
  copy.id = clipText(`${pack.id}-copy`, 64);
  copy.title = clipText(`${pack.title}${copyWord}`, 80);
  if (copy.titleEn) copy.titleEn = clipText(`${copy.titleEn} (copy)`, 120);
  return sortInjects(copy);
}

const offsetOf = (j: Inject) => (Number.isFinite(j.offsetMin) ? j.offsetMin : Number.POSITIVE_INFINITY);

/** Retiming keeps the list in release order: by offset, then id (as the scheduler releases them). */
export function sortInjects(d: Draft): Draft {
  const injects = [...d.injects].sort((a, b) => offsetOf(a) - offsetOf(b) || String(a.id).localeCompare(String(b.id)));
  return { ...d, injects };
}

/** The phase whose window (phases follow one another by their targets) holds a drill time, if any. */
export function phaseAt(d: Draft, offsetMin: number): string | undefined {
  let end = 0;
  for (const p of d.phases) {
    const from = end;
    end += Number.isFinite(p.targetMin) ? p.targetMin : 0;
    if (offsetMin >= from && offsetMin < end) return p.id;
  }
  return undefined;
}

/** Retime an inject; a phase that no longer holds the new time follows it (the check refuses the mismatch). */
export function retime(d: Draft, i: number, offsetMin: number): Draft {
  const j = d.injects[i];
  if (!j) return d;
  j.offsetMin = offsetMin;
  if (j.phaseId !== undefined && Number.isFinite(offsetMin)) {
    const holds = phaseAt(d, offsetMin);
    let from = 0;
    const own = d.phases.find((p) => ((from += p.targetMin), p.id === j.phaseId));
    const ownHolds = own ? offsetMin >= from - own.targetMin && offsetMin <= from : false;
    if (!ownHolds && holds) j.phaseId = holds;
  }
  return sortInjects(d);
}

/** An id not yet used in the list: `${prefix}-1`, `${prefix}-2` … */
export function freshId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = 1; ; n++) {
    const id = `${prefix}-${n}`;
    if (!used.has(id)) return id;
  }
}

// Rows carry a local key (`_k`) so React keeps an open row open while its id is being edited; it never leaves the editor.
let nextKey = 1;
export function keyOf(item: object): number {
  const o = item as { _k?: number };
  if (o._k === undefined) Object.defineProperty(o, '_k', { value: nextKey++, enumerable: true, writable: true, configurable: true });
  return o._k!;
}

/** The pack file's text: the draft without editor-only keys. */
export function serialize(d: Draft): string {
  return JSON.stringify(d, (k, v: unknown) => (k === '_k' ? undefined : v), 2);
}

/** Problems of one field: the field itself and anything inside it (e.g. `injects[2].targetRoles[0]`). */
export function problemsAt(problems: readonly FieldProblem[], path: string): FieldProblem[] {
  return problems.filter((p) => p.field === path || p.field.startsWith(`${path}[`) || p.field.startsWith(`${path}.`));
}

/** Numbers from an input: empty stays NaN so the check names the field instead of guessing a value. */
export const num = (s: string) => (s.trim() === '' ? Number.NaN : Number(s));

/** The timeline's length: the longer of the phases' targets and the last inject (plus a margin). */
export function timelineMinutes(d: Draft): number {
  const phases = d.phases.reduce((t, p) => t + (Number.isFinite(p.targetMin) ? p.targetMin : 0), 0);
  const last = Math.max(0, ...d.injects.map((j) => (Number.isFinite(j.offsetMin) ? j.offsetMin : 0)));
  return Math.max(10, phases, last + 5);
}

/** The draft's roles in a minimal pack, so an MSEL is checked against them even while the rest is unfinished. */
export function rolesOnly(d: Draft): string {
  const pack = { schema: d.schema, id: 'msel', title: 'msel', summary: 'msel', phases: [{ id: 'p', name: 'p', targetMin: 1 }], roles: d.roles, injects: [] };
  return serialize(pack as unknown as Draft);
}
