// The pack check's rules across fields: references (roles, phases, injects), and the authoring rules a new pack must
// also pass (channels, times within phases, no waiting in a circle, unique action and task ids).
import type { z } from 'zod';
import { CHANNEL_LABELS, isKnownChannel, knownChannelOf } from '../scenario/channels';
import type { FieldProblem } from './scenario';

type Obj = Record<string, unknown>;
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
type Say = (path: (string | number)[], message: string) => void;

/** An unknown role word that is a role's name gets its id suggested: 总指挥 → commander (总指挥). */
function unknownRole(roles: Obj[], word: string): string {
  const w = word.trim().toLowerCase();
  const hit = roles.find((r) => [r.name, r.nameEn].some((n) => typeof n === 'string' && n.trim().toLowerCase() === w));
  return hit ? `unknown role "${word}"; use the role id ${String(hit.id)} (${String(hit.name)})` : `unknown role "${word}"`;
}

function duplicates(items: unknown[], path: (string | number)[], say: Say): void {
  const seen = new Set<string>();
  items.forEach((it, i) => {
    const v = str(obj(it).id);
    if (v === undefined) return;
    if (seen.has(v)) say([...path, i, 'id'], `duplicate id "${v}"`);
    seen.add(v);
  });
}

/** References inside the pack: ids unique per list, roles, phases and parent injects that exist. Part of the schema. */
export function checkReferences(value: unknown, ctx: z.core.$RefinementCtx): void {
  const say: Say = (path, message) => ctx.addIssue({ code: 'custom', path, message });
  const pack = obj(value);
  const rolesL = list(pack.roles).map(obj);
  const phasesL = list(pack.phases).map(obj);
  const injectsL = list(pack.injects);
  for (const key of ['phases', 'roles', 'injects', 'timingTargets', 'objectives', 'reportingClocks']) duplicates(list(pack[key]), [key], say);
  const roles = new Set(rolesL.map((r) => r.id));
  const phases = new Set(phasesL.map((p) => p.id));
  const injects = new Set(injectsL.map((j) => obj(j).id));
  list(pack.stressedRoles).forEach((r, k) => {
    if (typeof r === 'string' && !roles.has(r)) say(['stressedRoles', k], unknownRole(rolesL, r));
  });
  rolesL.forEach((r, ri) =>
    list(r.tasks).forEach((t, ti) => {
      const phaseId = str(obj(t).phaseId);
      if (phaseId !== undefined && !phases.has(phaseId)) say(['roles', ri, 'tasks', ti, 'phaseId'], `unknown phase "${phaseId}"`);
    }),
  );
  injectsL.forEach((raw, ji) => {
    if (!raw || typeof raw !== 'object') return;
    const j = obj(raw);
    list(j.targetRoles).forEach((r, k) => {
      if (typeof r === 'string' && !roles.has(r)) say(['injects', ji, 'targetRoles', k], unknownRole(rolesL, r));
    });
    list(j.expectedActions).forEach((a, k) => {
      const roleId = str(obj(a).roleId);
      if (roleId !== undefined && !roles.has(roleId)) say(['injects', ji, 'expectedActions', k, 'roleId'], unknownRole(rolesL, roleId));
    });
    const phaseId = str(j.phaseId);
    if (phaseId !== undefined && !phases.has(phaseId)) say(['injects', ji, 'phaseId'], `unknown phase "${phaseId}"`);
    const after = str(j.afterInjectId);
    if (after !== undefined && (!injects.has(after) || after === j.id)) say(['injects', ji, 'afterInjectId'], `unknown inject "${after}"`);
  });
}

/**
 * Rules a pack must pass to be authored (check, editor, CLI, drill from a file), but which a journal's stored pack
 * is not re-judged by: a drill recorded before a rule existed still opens.
 */
export function authoringProblems(value: unknown): FieldProblem[] {
  const out: { path: (string | number)[]; message: string }[] = [];
  const say: Say = (path, message) => out.push({ path, message });
  const pack = obj(value);
  const roles = list(pack.roles).map(obj);
  const phases = list(pack.phases).map(obj);
  const injects = list(pack.injects).map(obj);

  roles.forEach((r, ri) => duplicates(list(r.tasks), ['roles', ri, 'tasks'], say));
  injects.forEach((j, ji) => duplicates(list(j.expectedActions), ['injects', ji, 'expectedActions'], say));

  // Channels: a known id, or confirmed as the inject's own; an alias (抖音, 微博) is answered with its id.
  injects.forEach((j, ji) => {
    const channel = str(j.channel);
    if (channel === undefined || channel.trim() === '' || isKnownChannel(channel)) return;
    const known = knownChannelOf(channel);
    if (known) say(['injects', ji, 'channel'], `"${channel}" is not a channel id; use the channel id ${known} (${CHANNEL_LABELS[known].zh})`);
    else if (j.customChannel !== true)
      say(['injects', ji, 'channel'], `unknown channel "${channel}": use a known channel id, or confirm a channel of its own with "customChannel": true (private: no feed, no heat)`);
  });

  // Phases follow one another by their targets: an inject's time falls in its phase, and within the drill.
  const windows: { id: string; from: number; to: number }[] = [];
  let end = 0;
  for (const p of phases) {
    const len = num(p.targetMin);
    if (len === undefined || len <= 0 || typeof p.id !== 'string') return finish();
    windows.push({ id: p.id, from: end, to: end + len });
    end += len;
  }
  injects.forEach((j, ji) => {
    const t = num(j.offsetMin);
    if (t === undefined || windows.length === 0) return;
    if (t > end) return say(['injects', ji, 'offsetMin'], `T+${t} min is after the last phase ends (T+${end} min)`);
    const phaseId = str(j.phaseId);
    const w = windows.find((x) => x.id === phaseId);
    if (!w || (t >= w.from && t <= w.to)) return;
    const actual = windows.find((x) => t >= x.from && t < x.to) ?? windows[windows.length - 1]!;
    say(['injects', ji, 'phaseId'], `at T+${t} min the drill is in phase "${actual.id}", not "${w.id}"`);
  });
  return finish();

  function finish(): FieldProblem[] {
    // An inject that waits for one that waits for it is never released.
    const parent = new Map<string, string>();
    for (const j of injects) if (typeof j.id === 'string' && typeof j.afterInjectId === 'string') parent.set(j.id, j.afterInjectId);
    injects.forEach((j, ji) => {
      const start = str(j.id);
      if (start === undefined || parent.get(start) === start) return;
      const chain = [start];
      for (let cur = parent.get(start); cur !== undefined && chain.length <= injects.length; cur = parent.get(cur)) {
        chain.push(cur);
        if (cur === start) return say(['injects', ji, 'afterInjectId'], `waits in a circle (${chain.join(' → ')})`);
        if (chain.indexOf(cur) !== chain.length - 1) return;
      }
    });
    return out.map((p) => ({ field: fmt(p.path), reason: p.message }));
  }
}

function fmt(path: readonly (string | number)[]): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s ? `.${p}` : p;
  return s;
}
