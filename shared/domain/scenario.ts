// The scenario pack: phases, roles with tasks, timed injects and timing targets, validated at run time.
import { z } from 'zod';
import { MARKABLE_MILESTONES, MILESTONES } from './milestones';
import { HeatRulesSchema } from './heatRules';
import { refuseUnstorableText } from './text';
import { DIFFICULTIES, SCENARIO_CATEGORIES } from './library';
import { REPORT_FORMS, SeveritySchema } from './severity';

const id = z
  .string()
  .min(1, 'must not be empty')
  .max(64, 'at most 64 characters')
  .regex(/^[A-Za-z0-9_.-]+$/, 'only letters, digits, _ . -');
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `at most ${max} characters`);

/** Channels with a known look; any other label is kept as the inject's own channel. */
export const KNOWN_CHANNELS = [
  'email',
  'hotline',
  'weibo',
  'wechat',
  'news',
  'video',
  'journalist',
  'regulator',
  'internal',
] as const;
export type KnownChannel = (typeof KNOWN_CHANNELS)[number];
/** Channels on which an inject is public (it shows in the opinion feed). */
export const PUBLIC_CHANNELS: readonly string[] = ['weibo', 'wechat', 'news', 'video', 'hotline'];

export const PhaseSchema = z.object({
  id,
  name: text(60),
  nameEn: z.string().max(80).optional(),
  targetMin: z.number().positive('must be greater than 0').max(24 * 60),
  goal: z.string().max(400).optional(),
});

export const TaskSchema = z.object({
  id,
  text: text(200),
  textEn: z.string().max(300).optional(),
  phaseId: id.optional(),
});

export const RoleSchema = z.object({
  // Role ids key the participants record, and zod (like many JSON tools) drops a `__proto__` key from records:
  // that role's participant would vanish from the minutes without a word. Every other name works (records.ts).
  id: id.refine((v) => v !== '__proto__', 'reserved name "__proto__"'),
  name: text(40),
  nameEn: z.string().max(60).optional(),
  duty: z.string().max(300).optional(),
  tasks: z.array(TaskSchema).max(100),
});

export const ExpectedActionSchema = z.object({
  id,
  text: text(200),
  roleId: id,
  deadlineMin: z.number().positive('must be greater than 0').max(24 * 60),
  kind: z.enum(['observation', 'decision', 'action', 'communication', 'evidence']).default('action'),
  milestone: z.enum(MARKABLE_MILESTONES as [string, ...string[]]).optional(),
  /** A report to the regulator: the phone or the written one the reporting clocks ask for. */
  reportForm: z.enum(REPORT_FORMS).optional(),
});

export const InjectSchema = z.object({
  id,
  offsetMin: z.number().min(0, 'must not be negative').max(24 * 60),
  channel: text(30),
  sender: text(60),
  title: z.string().max(80).optional(),
  content: text(4000),
  targetRoles: z.array(id).min(1, 'name at least one role'),
  expectedActions: z.array(ExpectedActionSchema).max(20).default([]),
  contingency: z.boolean().default(false),
  afterInjectId: id.optional(),
  phaseId: id.optional(),
  /** Milestone the release itself marks (e.g. the complaint arriving = discovered). */
  milestone: z.enum(MARKABLE_MILESTONES as [string, ...string[]]).optional(),
  /** Heat the post adds to the opinion index when it appears (public channels). */
  heat: z.number().min(0).max(100).optional(),
});

export const TimingTargetSchema = z.object({
  id,
  label: text(40),
  labelEn: z.string().max(60).optional(),
  from: z.enum(MILESTONES as unknown as [string, ...string[]]),
  to: z.enum(MARKABLE_MILESTONES as [string, ...string[]]),
  targetMin: z.number().positive('must be greater than 0').max(24 * 60),
});

/** A reporting clock the expected grade implies: a report of this form within so many minutes of a milestone. */
export const ReportingClockSchema = z.object({
  id,
  label: text(60),
  labelEn: z.string().max(90).optional(),
  form: z.enum(REPORT_FORMS),
  from: z.enum(MILESTONES as unknown as [string, ...string[]]).default('discovered'),
  withinMin: z.number().positive('must be greater than 0').max(24 * 60),
  /** Whom the report goes to, e.g. 国家金融监督管理总局XX监管分局. */
  recipient: z.string().max(80).optional(),
});

export const ObjectiveSchema = z.object({ id, text: text(300), textEn: z.string().max(400).optional() });

export const ScenarioPackSchema = z
  .object({
    schema: z.literal('drillroom.scenario/1'),
    id,
    title: text(80),
    titleEn: z.string().max(120).optional(),
    summary: text(4000),
    summaryEn: z.string().max(6000).optional(),
    language: z.enum(['zh-CN', 'en']).default('zh-CN'),
    objectives: z.array(ObjectiveSchema).max(30).default([]),
    phases: z.array(PhaseSchema).min(1, 'name at least one phase').max(20),
    roles: z.array(RoleSchema).min(1, 'name at least one role').max(30),
    injects: z.array(InjectSchema).max(500),
    timingTargets: z.array(TimingTargetSchema).max(20).default([]),
    evaluateRoles: z.boolean().default(false),
    /** How the opinion heat index reacts (defaults in heatRules.ts). */
    heatRules: HeatRulesSchema.optional(),
    /** Library metadata for the scenario picker; the duration is derived from the phases. */
    category: z.enum(SCENARIO_CATEGORIES).optional(),
    difficulty: z.enum(DIFFICULTIES).optional(),
    stressedRoles: z.array(id).max(30).optional(),
    /** The grade the team should give the event in 核实研判, and the reporting clocks that grade implies. */
    severity: SeveritySchema.optional(),
    reportingClocks: z.array(ReportingClockSchema).max(10).optional(),
  })
  // Cross-references run even when the structure has errors, so an author sees every problem at once.
  .superRefine(
    (pack, ctx) => {
      refuseUnstorableText(pack, ctx);
      const list = <T>(v: T[] | undefined): T[] => (Array.isArray(v) ? v : []);
      const idOf = (v: unknown) => (v && typeof v === 'object' ? (v as { id?: unknown }).id : undefined);
      const dup = (items: unknown[], path: string) => {
        const seen = new Set<unknown>();
        items.forEach((it, i) => {
          const v = idOf(it);
          if (typeof v !== 'string') return;
          if (seen.has(v)) ctx.addIssue({ code: 'custom', path: [path, i, 'id'], message: `duplicate id "${v}"` });
          seen.add(v);
        });
      };
      const phasesL = list(pack.phases);
      const rolesL = list(pack.roles);
      const injectsL = list(pack.injects);
      dup(phasesL, 'phases');
      dup(rolesL, 'roles');
      dup(injectsL, 'injects');
      dup(list(pack.timingTargets), 'timingTargets');
      dup(list(pack.objectives), 'objectives');
      dup(list(pack.reportingClocks), 'reportingClocks');
      const roles = new Set(rolesL.map(idOf));
      const phases = new Set(phasesL.map(idOf));
      const injects = new Set(injectsL.map(idOf));
      list(pack.stressedRoles).forEach((r, k) => {
        if (typeof r === 'string' && !roles.has(r)) ctx.addIssue({ code: 'custom', path: ['stressedRoles', k], message: `unknown role "${r}"` });
      });
      rolesL.forEach((r, ri) =>
        list(r?.tasks).forEach((t, ti) => {
          if (typeof t?.phaseId === 'string' && !phases.has(t.phaseId))
            ctx.addIssue({ code: 'custom', path: ['roles', ri, 'tasks', ti, 'phaseId'], message: `unknown phase "${t.phaseId}"` });
        }),
      );
      injectsL.forEach((j, ji) => {
        if (!j || typeof j !== 'object') return;
        list(j.targetRoles).forEach((r, k) => {
          if (typeof r === 'string' && !roles.has(r))
            ctx.addIssue({ code: 'custom', path: ['injects', ji, 'targetRoles', k], message: `unknown role "${r}"` });
        });
        list(j.expectedActions).forEach((a, k) => {
          if (typeof a?.roleId === 'string' && !roles.has(a.roleId))
            ctx.addIssue({ code: 'custom', path: ['injects', ji, 'expectedActions', k, 'roleId'], message: `unknown role "${a.roleId}"` });
        });
        if (typeof j.phaseId === 'string' && !phases.has(j.phaseId))
          ctx.addIssue({ code: 'custom', path: ['injects', ji, 'phaseId'], message: `unknown phase "${j.phaseId}"` });
        if (typeof j.afterInjectId === 'string' && (!injects.has(j.afterInjectId) || j.afterInjectId === j.id))
          ctx.addIssue({ code: 'custom', path: ['injects', ji, 'afterInjectId'], message: `unknown inject "${j.afterInjectId}"` });
      });
    },
    { when: () => true },
  );

export type ScenarioPack = z.output<typeof ScenarioPackSchema>;
export type Phase = ScenarioPack['phases'][number];
export type Role = ScenarioPack['roles'][number];
export type Task = Role['tasks'][number];
export type Inject = ScenarioPack['injects'][number];
export type ExpectedAction = Inject['expectedActions'][number];
export type TimingTarget = ScenarioPack['timingTargets'][number];
export type Objective = ScenarioPack['objectives'][number];
export type ReportingClock = NonNullable<ScenarioPack['reportingClocks']>[number];

export interface FieldProblem {
  /** Dotted path to the field, e.g. `injects[3].targetRoles[0]`. */
  field: string;
  reason: string;
}

export type PackCheck = { ok: true; pack: ScenarioPack } | { ok: false; problems: FieldProblem[] };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '(root)';
}

/** Validate an unknown value as a scenario pack; problems name the field and the reason. */
export function checkPack(value: unknown): PackCheck {
  const res = ScenarioPackSchema.safeParse(value);
  if (res.success) return { ok: true, pack: res.data };
  return {
    ok: false,
    problems: res.error.issues.map((i) => ({ field: formatPath(i.path), reason: i.message })),
  };
}

/** Parse pack JSON text; a syntax error is a problem at the root. */
export function checkPackText(json: string): PackCheck {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (e) {
    return { ok: false, problems: [{ field: '(root)', reason: `not valid JSON: ${(e as Error).message}` }] };
  }
  return checkPack(value);
}

/** Injects sorted by offset then id: the release order. */
export function injectsInOrder(pack: ScenarioPack): Inject[] {
  return [...pack.injects].sort((a, b) => a.offsetMin - b.offsetMin || a.id.localeCompare(b.id));
}
