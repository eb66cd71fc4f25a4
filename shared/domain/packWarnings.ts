// What the pack check flags without refusing: the pack runs, but a drill on it would likely mislead (no 发现 to time
// from, heat that reaches nobody, a role with nothing to do).
import { PUBLIC_CHANNELS } from '../scenario/channels';
import type { FieldProblem } from './scenario';

type Obj = Record<string, unknown>;
const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.map((x) => (x && typeof x === 'object' ? (x as Obj) : {})) : []);

/** Warnings of a pack, read tolerantly so they show even while the pack still has errors. */
export function packWarnings(value: unknown): FieldProblem[] {
  if (!value || typeof value !== 'object') return [];
  const pack = value as Obj;
  const out: FieldProblem[] = [];
  const injects = list(pack.injects);

  const discovering = injects.map((j, i) => (j.milestone === 'discovered' ? i : -1)).filter((i) => i >= 0);
  if (discovering.length === 0 && Array.isArray(pack.injects))
    out.push({ field: 'injects', reason: 'no inject marks milestone discovered: timing from discovery (e.g. discovery → report) cannot start' });
  for (const i of discovering.slice(1))
    out.push({ field: `injects[${i}].milestone`, reason: 'a second inject marks milestone discovered; only the first released counts' });

  injects.forEach((j, i) => {
    if (typeof j.heat === 'number' && j.heat > 0 && typeof j.channel === 'string' && !PUBLIC_CHANNELS.includes(j.channel))
      out.push({ field: `injects[${i}].heat`, reason: `heat on the private channel "${j.channel}" does not reach the opinion index` });
  });

  list(pack.roles).forEach((r, i) => {
    if (Array.isArray(r.tasks) && r.tasks.length === 0) out.push({ field: `roles[${i}].tasks`, reason: 'the role has no tasks' });
  });
  return out;
}
