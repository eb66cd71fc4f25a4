// The default drill roles (the nine of the seed packs) and how a spreadsheet cell names one of them.
import type { Role } from '../domain/scenario';
import { normaliseLabel } from './channels';

/** A role as an MSEL may name it: by id, Chinese or English name, or a common other word. */
export interface NamedRole {
  id: string;
  name: string;
  nameEn?: string | undefined;
  aliases?: readonly string[];
}

export const DEFAULT_ROLES: readonly NamedRole[] = [
  { id: 'commander', name: '总指挥', nameEn: 'Commander', aliases: ['应急小组组长', '组长', '指挥', '小组组长'] },
  { id: 'monitoring', name: '舆情监测', nameEn: 'Opinion monitoring', aliases: ['监测', '舆情监测岗', 'monitor'] },
  { id: 'spokesperson', name: '新闻发言', nameEn: 'Spokesperson', aliases: ['新闻发言人', '发言人', '宣传', '新闻宣传', 'media'] },
  { id: 'customer_service', name: '客户服务', nameEn: 'Customer service', aliases: ['客服', '客户服务岗'] },
  { id: 'technology', name: '技术保障', nameEn: 'Technology', aliases: ['技术', '科技', '信息科技'] },
  { id: 'compliance', name: '合规与法律', nameEn: 'Compliance & legal', aliases: ['合规', '法律', '合规法律', '内控合规'] },
  { id: 'regulator_liaison', name: '监管联络', nameEn: 'Regulator liaison', aliases: ['监管报告', '监管沟通'] },
  { id: 'scribe', name: '记录员', nameEn: 'Scribe', aliases: ['记录'] },
  { id: 'evaluator', name: '评估员', nameEn: 'Evaluator', aliases: ['评估', '观察员'] },
];

export const rolesOfPack = (roles: readonly Role[]): NamedRole[] => roles.map((r) => ({ id: r.id, name: r.name, nameEn: r.nameEn }));

/** Look up roles by any of their names; ids and names win over aliases. */
export function roleFinder(roles: readonly NamedRole[]): (word: string) => string | undefined {
  const exact = new Map<string, string>();
  const alias = new Map<string, string>();
  for (const r of roles) {
    for (const w of [r.id, r.name, r.nameEn]) if (w) exact.set(normaliseLabel(w), r.id);
    for (const w of r.aliases ?? []) alias.set(normaliseLabel(w), r.id);
  }
  return (word) => {
    const key = normaliseLabel(word);
    return exact.get(key) ?? alias.get(key);
  };
}

/**
 * The role a line of text names ("由新闻发言起草口径" → spokesperson): the earliest mention wins, the longer word at
 * the same place. Receiving roles are found by any of their names; other roles only by id or full name, so a short
 * alias inside an ordinary word does not hand the action to a role the inject never reached.
 */
export function roleMentionedIn(roles: readonly NamedRole[], receiving: readonly string[]): (line: string) => string | undefined {
  const words: { word: string; id: string }[] = [];
  for (const r of roles) {
    const names = [r.id, r.name, r.nameEn, ...(receiving.includes(r.id) ? (r.aliases ?? []) : [])];
    for (const w of names) if (w && normaliseLabel(w).length >= 2) words.push({ word: normaliseLabel(w), id: r.id });
  }
  return (line) => {
    const text = normaliseLabel(line);
    let best: { at: number; len: number; id: string } | undefined;
    for (const { word, id } of words) {
      const at = text.indexOf(word);
      if (at < 0) continue;
      if (!best || at < best.at || (at === best.at && word.length > best.len)) best = { at, len: word.length, id };
    }
    return best?.id;
  };
}
