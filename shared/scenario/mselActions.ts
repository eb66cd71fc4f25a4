// An MSEL row's expected actions: one per line of the 预期行动 cell, each given to the role it names, with the kind
// and milestone the 行动类型 and 节点 columns give (one value for all lines, or one per line).
import { MARKABLE_MILESTONES } from '../domain/milestones';
import type { ExpectedAction } from '../domain/scenario';
import { normaliseLabel } from './channels';
import { roleFinder, roleMentionedIn, type NamedRole } from './roles';

export const ACTION_KINDS = ['observation', 'decision', 'action', 'communication', 'evidence'] as const;
type ActionKind = (typeof ACTION_KINDS)[number];
type Markable = (typeof MARKABLE_MILESTONES)[number];

const KIND_WORDS: Record<ActionKind, string[]> = {
  observation: ['观察', '监测', '研判'],
  decision: ['决策', '决定'],
  action: ['行动', '处置', '执行'],
  communication: ['沟通', '通报', '报告', '回应', '联络'],
  evidence: ['证据', '取证', '留证'],
};
const MILESTONE_WORDS: Record<Markable, string[]> = {
  discovered: ['发现', '事件发现'],
  reported: ['上报', '首报', '报告'],
  verified: ['核实', '核实研判', '研判'],
  first_response: ['首次回应', '回应', '首次公开回应'],
  regulator_report: ['监管报告', '报监管', '向监管报告'],
};
export const KIND_ZH = ACTION_KINDS.map((k) => KIND_WORDS[k][0]).join('、');
export const MILESTONE_ZH = MARKABLE_MILESTONES.map((m) => MILESTONE_WORDS[m][0]).join('、');

function table<T extends string>(words: Record<T, string[]>): (cell: string) => T | undefined {
  const map = new Map<string, T>();
  for (const [id, ws] of Object.entries(words) as [T, string[]][]) for (const w of [id, id.replace(/_/g, ' '), ...ws]) map.set(normaliseLabel(w), id);
  return (cell) => map.get(normaliseLabel(cell));
}
export const kindOf = table(KIND_WORDS);
export const milestoneOf = table(MILESTONE_WORDS);

/** The lines of a multi-line cell, blank lines kept so line k of one cell matches line k of another. */
export const cellLines = (cell: string): string[] => (cell.trim() === '' ? [] : cell.replace(/\r/g, '').replace(/\s+$/, '').split('\n').map((l) => l.trim()));

export interface ActionCells {
  action: string;
  deadlineMin: number;
  kinds: (ActionKind | undefined)[];
  /** One per action line (the caller refuses a single value for several lines). */
  milestones: (Markable | undefined)[];
}

/** The actions of one row; the first receiving role has a line that names no role. */
export function actionsOfRow(cells: ActionCells, roles: readonly NamedRole[], targetRoles: readonly string[]): ExpectedAction[] {
  const findRole = roleFinder(roles);
  const mentioned = roleMentionedIn(roles, targetRoles);
  const lines = cellLines(cells.action).filter((l) => l !== '');
  const pick = <T>(values: T[], k: number): T | undefined => (values.length === 1 ? values[0] : values[k]);
  return lines.map((l, k) => {
    // "舆情监测:开展全网检索" names its role before a colon; otherwise the role the line mentions.
    const m = /^([^:：]{1,20})[:：](.+)$/.exec(l);
    const prefixed = m ? findRole(m[1]!) : undefined;
    const text = prefixed ? m![2]!.trim() : l;
    const roleId = prefixed ?? mentioned(l) ?? targetRoles[0] ?? '';
    const milestone = cells.milestones[k];
    return {
      id: `a${k + 1}`,
      text,
      roleId,
      deadlineMin: cells.deadlineMin,
      kind: pick(cells.kinds, k) ?? 'action',
      ...(milestone ? { milestone } : {}),
    };
  });
}
