// The scenario pack: phases, roles with tasks, timed injects and timing targets, validated at run time.
import { z } from 'zod';
import { MARKABLE_MILESTONES, MILESTONES } from './milestones';
import { HeatRulesSchema } from './heatRules';
import { refuseUnstorableText } from './text';
import { DIFFICULTIES, SCENARIO_CATEGORIES } from './library';
import { REPORT_FORMS, SeveritySchema } from './severity';
import { authoringProblems, checkReferences } from './packRules';
import { packWarnings } from './packWarnings';

const id = z
  .string()
  .min(1, 'must not be empty')
  .max(64, 'at most 64 characters')
  .regex(/^[A-Za-z0-9_.-]+$/, 'only letters, digits, _ . -');
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `at most ${max} characters`);

export { KNOWN_CHANNELS, PUBLIC_CHANNELS, type KnownChannel } from '../scenario/channels';

export const PhaseSchema = z.object({
  id,
  name: text(60),
  nameEn: z.string().max(80).optional(),
  targetMin: z.number().positive('must be greater than 0').max(24 * 60),
  goal: z.string().max(400).optional(),
}).strict();

export const TaskSchema = z.object({
  id,
  text: text(200),
  textEn: z.string().max(300).optional(),
  phaseId: id.optional(),
}).strict();

export const RoleSchema = z.object({
  // Role ids key the participants record, and zod (like many JSON tools) drops a `__proto__` key from records:
  // that role's participant would vanish from the minutes without a word. Every other name works (records.ts).
  id: id.refine((v) => v !== '__proto__', 'reserved name "__proto__"'),
  name: text(40),
  nameEn: z.string().max(60).optional(),
  duty: z.string().max(300).optional(),
  tasks: z.array(TaskSchema).max(100),
}).strict();

export const ExpectedActionSchema = z.object({
  id,
  text: text(200),
  roleId: id,
  deadlineMin: z.number().positive('must be greater than 0').max(24 * 60),
  kind: z.enum(['observation', 'decision', 'action', 'communication', 'evidence']).default('action'),
  milestone: z.enum(MARKABLE_MILESTONES as [string, ...string[]]).optional(),
  /** A report to the regulator: the phone or the written one the reporting clocks ask for. */
  reportForm: z.enum(REPORT_FORMS).optional(),
}).strict();

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
  /** The author confirms `channel` is a channel of its own: private, no feed, no heat (a known word is resolved instead). */
  customChannel: z.literal(true).optional(),
}).strict();

export const TimingTargetSchema = z.object({
  id,
  label: text(40),
  labelEn: z.string().max(60).optional(),
  from: z.enum(MILESTONES as unknown as [string, ...string[]]),
  to: z.enum(MARKABLE_MILESTONES as [string, ...string[]]),
  targetMin: z.number().positive('must be greater than 0').max(24 * 60),
}).strict();

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
}).strict();

export const ObjectiveSchema = z.object({ id, text: text(300), textEn: z.string().max(400).optional() }).strict();

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
    /** The name the bank's official statements post under in the feed (default: the bank's official account). */
    officialAccount: z.string().trim().min(1).max(40).optional(),
  })
  .strict()
  // Cross-references run even when the structure has errors, so an author sees every problem at once.
  .superRefine(
    (pack, ctx) => {
      refuseUnstorableText(pack, ctx);
      checkReferences(pack, ctx);
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

/** Problems refuse the pack; warnings are shown (editor, CLI) but the pack loads and runs. */
export type PackCheck = { ok: true; pack: ScenarioPack; warnings: FieldProblem[] } | { ok: false; problems: FieldProblem[]; warnings: FieldProblem[] };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '(root)';
}

/** Validate an unknown value as a scenario pack; problems name the field and the reason. */
export function checkPack(value: unknown): PackCheck {
  const res = ScenarioPackSchema.safeParse(value);
  const warnings = packWarnings(value);
  const problems = [...(res.success ? [] : res.error.issues.flatMap(problemsOfIssue)), ...authoringProblems(value)];
  if (res.success && problems.length === 0) return { ok: true, pack: res.data, warnings };
  return { ok: false, problems, warnings };
}

/** One problem per unknown key (by its own path), enum values listed; everything else as zod says it. */
function problemsOfIssue(i: z.core.$ZodIssue): FieldProblem[] {
  if (i.code === 'unrecognized_keys') return i.keys.map((k) => ({ field: formatPath([...i.path, k]), reason: `unknown field "${k}"` }));
  if (i.code === 'invalid_value' && i.values.length > 1)
    return [{ field: formatPath(i.path), reason: `must be one of: ${i.values.map(String).join(', ')}` }];
  return [{ field: formatPath(i.path), reason: i.message }];
}

/** Parse pack JSON text; a syntax error is a problem at the root. */
export function checkPackText(json: string): PackCheck {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (e) {
    return { ok: false, problems: [{ field: '(root)', reason: `not valid JSON: ${(e as Error).message}` }], warnings: [] };
  }
  return checkPack(value);
}

/** Injects sorted by offset then id: the release order. */
export function injectsInOrder(pack: ScenarioPack): Inject[] {
  return [...pack.injects].sort((a, b) => a.offsetMin - b.offsetMin || a.id.localeCompare(b.id));
}
