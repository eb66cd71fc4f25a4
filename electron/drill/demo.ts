// A complete scripted drill on a simulated clock: every phase, every inject, a response per expected action.
// Plausible by construction (tests/integration/demo-plausible.test.ts): nothing answers an inject before it is out,
// a phase's tasks are ticked when the phase has run (after its injects), an answer to a journalist goes to the media.
import { MINUTE } from '../../shared/domain/clock';
import type { DrillFactsInput } from '../../shared/domain/facts';
import { PUBLIC_CHANNELS, type ScenarioPack } from '../../shared/domain/scenario';
import type { DrillState } from '../../shared/domain/fold';
import { proposedMilestone } from '../../shared/domain/milestoneProposal';
import { own } from '../../shared/domain/records';
import type { SimulatedClock } from '../clock/simulatedClock';
import type { DrillService } from './drills';
import { scenarioVersion } from '../../shared/domain/scenarioVersion';
import { sha256 } from '../journal/sha256';

export interface DemoOptions {
  /** Extra observation entries to pad the journal with (benchmarks). */
  padTo?: number;
}

type Audience = 'media' | 'public' | 'customer' | 'regulator' | 'internal';

/** Whom a role's communication in the script goes to by default (the heat index falls on public and media statements). */
const AUDIENCE_OF_ROLE: Record<string, Audience> = {
  spokesperson: 'public',
  customer_service: 'customer',
  regulator_liaison: 'regulator',
};

/**
 * Whom an answer goes to: what the action marks says it (首次回应 is public, 监管报告 the regulator), then the way
 * the inject came (a journalist's question is answered to the media), then the role; the liaison's reports to the
 * branch (not naming the regulator) stay inside the bank.
 */
function audienceOf(channel: string, roleId: string, action?: { text: string; milestone?: string | undefined }): Audience {
  if (action?.milestone === 'first_response') return 'public';
  if (action?.milestone === 'regulator_report') return 'regulator';
  if (channel === 'journalist') return 'media';
  if (channel === 'regulator') return 'regulator';
  if (roleId === 'regulator_liaison' && action && !/监管|regulator/i.test(action.text)) return 'internal';
  return own(AUDIENCE_OF_ROLE, roleId) ?? 'internal';
}

interface Pending {
  dueMs: number;
  run: () => void;
}

/** A communication's data with the milestone the quick-log would propose for it (首次回应, 监管报告), as a scribe would accept it. */
function say<D extends { audience: Audience; milestone?: string }>(state: DrillState, data: D): D {
  if (data.milestone) return data;
  const m = proposedMilestone(state, 'communication', data.audience);
  return m ? { ...data, milestone: m } : data;
}

export function demoFacts(pack: ScenarioPack): DrillFactsInput {
  const names = ['王建国', '李晓梅', '张伟', '刘芳', '陈志强', '杨静', '赵磊', '黄丽', '周敏', '吴昊'];
  return {
    name: `${pack.title}应急演练`,
    place: '某银行XX支行三楼会议室',
    organiser: '某银行XX分行办公室',
    facilitator: '孙立新',
    scribe: '郑晓燕',
    commander: '高志远',
    evaluators: '何静、马俊',
    branch: '某银行XX分行XX支行',
    drillType: 'tabletop',
    notice: 'announced',
    plannedStart: '2026-11-28T01:30',
    plannedEnd: '2026-11-28T04:30',
    reviewer: '钱文博',
    participants: Object.fromEntries(pack.roles.map((r, i) => [r.id, names[i % names.length]!])),
  };
}

/** Run the whole drill; returns its id. The clock must be the service's own simulated clock. */
export function runDemo(drills: DrillService, clock: SimulatedClock, pack: ScenarioPack, opts: DemoOptions = {}): string {
  const drillId = drills.create({ pack, facts: demoFacts(pack), language: pack.language });
  const pending: Pending[] = [];
  const answered = new Set<string>();
  const respond = () => {
    const s = drills.state(drillId);
    for (const r of s.released) {
      if (answered.has(r.injectId)) continue;
      answered.add(r.injectId);
      const inj = pack.injects.find((j) => j.id === r.injectId)!;
      const firstRole = inj.targetRoles[0]!;
      // A well-run team answers every public post with an official statement before silence sets in.
      if (PUBLIC_CHANNELS.includes(inj.channel) && pack.roles.some((r) => r.id === 'spokesperson'))
        pending.push({
          dueMs: r.clockMs + 8 * MINUTE,
          run: () =>
            void drills.record(drillId, {
              kind: 'communication',
              roleId: 'spokesperson',
              text: `就“${inj.title ?? inj.channel}”发布官方回应，说明已启动核查并公布咨询渠道。`,
              data: say(drills.state(drillId), { injectId: inj.id, audience: audienceOf(inj.channel, 'spokesperson') }),
            }),
        });
      pending.push({ dueMs: r.clockMs + MINUTE, run: () => void drills.record(drillId, { kind: 'inject.acknowledged', roleId: firstRole, text: '', data: { injectId: inj.id } }) });
      for (const a of inj.expectedActions) {
        pending.push({
          dueMs: r.clockMs + Math.max(1, Math.floor(a.deadlineMin / 2)) * MINUTE,
          run: () =>
            void drills.record(drillId, {
              kind: a.kind,
              roleId: a.roleId,
              text: `${a.text}（已完成）`,
              data: (a.kind === 'communication'
                ? say(drills.state(drillId), {
                    injectId: inj.id,
                    actionId: a.id,
                    audience: a.reportForm ? 'regulator' : audienceOf(inj.channel, a.roleId, a),
                    ...(a.milestone ? { milestone: a.milestone } : {}),
                    ...(a.reportForm ? { reportForm: a.reportForm } : {}),
                  })
                : { injectId: inj.id, actionId: a.id, ...(a.milestone ? { milestone: a.milestone } : {}) }) as never,
            }),
        });
      }
    }
  };
  const step = (ms: number) => {
    const target = drills.clockNow(drillId) + ms;
    while (drills.clockNow(drillId) < target) {
      clock.advance(MINUTE);
      respond();
      const now = drills.clockNow(drillId);
      pending.sort((a, b) => a.dueMs - b.dueMs);
      while (pending[0] && pending[0].dueMs <= now) pending.shift()!.run();
    }
  };

  // Before the start: the plan's approval freezes the scenario version, and the people sign in by role.
  drills.record(drillId, { kind: 'plan.approved', roleId: null, text: '', data: { scenarioHash: scenarioVersion(pack, sha256), approver: '高志远' } });
  const facts = demoFacts(pack);
  for (const r of pack.roles) {
    const name = own(facts.participants ?? {}, r.id);
    if (name) drills.record(drillId, { kind: 'attendance', roleId: r.id, text: '', data: { name, late: false } });
  }
  drills.start(drillId);
  const lastOffset = Math.max(0, ...pack.injects.filter((j) => !j.contingency).map((j) => j.offsetMin));
  pack.phases.forEach((phase, i) => {
    if (i > 0) drills.nextPhase(drillId);
    if (i === 1) {
      drills.pause(drillId);
      clock.advance(5 * MINUTE);
      drills.resume(drillId);
      gradeAndPhone(drills, drillId, pack);
    }
    if (i === Math.min(4, pack.phases.length - 1)) {
      for (const j of pack.injects.filter((x) => x.contingency)) drills.release(drillId, j.id, true);
    }
    const isLast = i === pack.phases.length - 1;
    const phaseEnd = pack.phases.slice(0, i + 1).reduce((t, p) => t + p.targetMin, 0) * MINUTE;
    const until = isLast ? Math.max(phaseEnd, (lastOffset + 1) * MINUTE) : phaseEnd;
    step(Math.max(MINUTE, until - drills.clockNow(drillId)));
    // Ticked once the phase has run, so no task is done before the injects it answers.
    for (const role of pack.roles)
      for (const task of role.tasks)
        if (task.phaseId === phase.id || (isLast && !task.phaseId)) drills.record(drillId, { kind: 'task.done', roleId: role.id, text: task.text, data: { taskId: task.id } });
  });
  // Let every answer land before the review.
  step(MINUTE * 30);
  const s = drills.state(drillId);
  for (const role of pack.roles)
    for (const task of role.tasks)
      if (own(own(s.tasksDone, role.id), task.id) === undefined) drills.record(drillId, { kind: 'task.done', roleId: role.id, text: task.text, data: { taskId: task.id } });
  for (let n = drills.state(drillId).entryCount; n < (opts.padTo ?? 0) - 8; n++) {
    const role = pack.roles[n % pack.roles.length]!;
    drills.record(drillId, { kind: 'observation', roleId: role.id, text: `第 ${n} 条补充观察记录：${role.name}持续跟踪舆情与客户反馈，暂无新增异常。`, data: {} });
    if (n % 50 === 0) clock.advance(1000);
  }
  review(drills, drillId, pack);
  drills.finish(drillId);
  return drillId;
}

/** In 核实研判 the team grades the event as the pack expects and phones the regulator at once. */
function gradeAndPhone(drills: DrillService, drillId: string, pack: ScenarioPack): void {
  const grade = pack.severity?.grade;
  const commander = pack.roles.find((r) => r.id === 'commander')?.id ?? pack.roles[0]!.id;
  if (grade) drills.record(drillId, { kind: 'decision', roleId: commander, text: `研判定级：${grade}级事件，按相应等级启动报告与处置。`, data: { severity: grade } });
  if (!pack.reportingClocks?.some((c) => c.form === 'phone')) return;
  if (pack.injects.some((j) => !j.contingency && j.expectedActions.some((a) => a.reportForm === 'phone'))) return;
  const liaison = pack.roles.find((r) => r.id === 'regulator_liaison')?.id ?? commander;
  drills.record(drillId, {
    kind: 'communication',
    roleId: liaison,
    text: '电话向监管部门首报事件基本情况、初步定级及已采取的措施。',
    data: { audience: 'regulator', reportForm: 'phone' },
  });
}

function review(drills: DrillService, drillId: string, pack: ScenarioPack): void {
  const evaluator = pack.roles.find((r) => r.id === 'evaluator')?.id ?? pack.roles[0]!.id;
  const ratings = ['P', 'S', 'P', 'M'] as const;
  pack.objectives.forEach((o, i) =>
    drills.record(drillId, { kind: 'score', roleId: evaluator, text: ['处置及时，分工明确，信息报送规范。', '核实研判基本到位，个别数据口径需统一。', '对外回应及时，口径一致。', '跨部门衔接不畅，核实结论未及时同步，存在较大改进空间。'][i % 4]!, data: { target: 'objective', targetId: o.id, rating: ratings[i % ratings.length]! } }),
  );
  drills.record(drillId, { kind: 'lesson', roleId: null, text: '舆情监测发现及时，首次回应在目标时限内完成。', data: { category: 'went_well' } });
  drills.record(drillId, { kind: 'lesson', roleId: null, text: '核实结论同步给新闻发言岗晚于预期，对外口径一度不一致。', data: { category: 'problem' } });
  drills.record(drillId, { kind: 'lesson', roleId: null, text: '跨部门信息传递依赖电话，核实结论未及时同步给新闻发言岗。', data: { category: 'to_improve' } });
  drills.record(drillId, { kind: 'lesson', roleId: null, text: '内部管理制度执行不到位是事件根源。', data: { category: 'root_cause' } });
  drills.record(drillId, { kind: 'improvement', roleId: null, text: '建立舆情事件信息共享群组与统一台账，核实结论十分钟内同步。', data: { owner: '李晓梅', department: '办公室', due: '2027-01-31', start: '2026-12-01', capability: '信息报送', acceptance: '台账上线运行，抽查三起事件均在十分钟内同步' } });
  drills.record(drillId, { kind: 'improvement', roleId: null, text: '开展员工合规操作与客户沟通专题培训，覆盖全体柜面人员。', data: { owner: '刘芳', department: '合规部', due: '2027-02-28', start: '2026-12-15', capability: '合规管理', acceptance: '培训签到率百分之百，考试合格率不低于九成' } });
  drills.record(drillId, {
    kind: 'verdict',
    roleId: null,
    text: '演练基本达到预期目标：各岗位分工明确，首报及时，对外回应口径一致；跨部门信息同步存在较大改进空间，须按整改措施落实。',
    data: { rating: 'S' },
  });
}
