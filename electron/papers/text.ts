// The papers' words (演练方案, 导调脚本, 情景卡, 签到表, 评估表) in Chinese and English; full-width punctuation in Chinese.
import type { DrillNotice, DrillType } from '../../shared/domain/facts';

export { PAPER_KINDS as PAPERS, type PaperKind } from '../../shared/domain/papers';
import type { PaperKind } from '../../shared/domain/papers';

export interface PapersText {
  colon: string;
  /** Joins role names and people: 、 in Chinese, ', ' in English. */
  sep: string;
  paren: (s: string) => string;
  period: string;
  blank: string;
  none: string;
  paper: Record<PaperKind, string>;
  filledMark: string;
  title: (drillName: string, paper: string) => string;
  header: (drillName: string, paper: string) => string;
  footer: [before: string, middle: string, after: string];
  sectionNo: (i: number) => string;
  subNo: (i: number) => string;
  drillType: Record<DrillType, string>;
  notice: Record<DrillNotice, string>;
  /** A planned 'YYYY-MM-DDTHH:mm' as people write it. */
  dateTime: (ymd: string, hm: string) => string;
  minutes: (n: number) => string;
  /** A reporting deadline: so many minutes after a milestone. */
  within: (from: string, min: number) => string;
  /** T+ offset of a deadline, and on a second line the window after release (a time never wraps in a cell). */
  deadline: (at: string, withinMin: number) => string;
  version: string;
  plan: {
    sections: { background: string; form: string; time: string; organisation: string; scenario: string; flow: string; evaluation: string; support: string; approval: string };
    org: { leaders: string; directors: string; evaluators: string; roles: string };
    purpose: (title: string) => string;
    objectivesIntro: string;
    form: (type: string, notice: string) => string;
    formNote: Record<DrillNotice, string>;
    plannedTime: string;
    plannedDuration: (min: number) => string;
    place: string;
    commander: string;
    leadersDuty: string;
    facilitator: string;
    scribe: string;
    directorsDuty: string;
    evaluatorNames: string;
    evaluatorsDuty: string;
    scenarioCounts: (injects: number, contingency: number, phases: number) => string;
    expectedGrade: (grade: string) => string;
    phasesIntro: string;
    targetsIntro: string;
    clocksIntro: string;
    actionsIntro: (n: number) => string;
    scaleIntro: string;
    scale: Record<'P' | 'S' | 'M' | 'U', string>;
    support: string[];
    approvalLines: [string, string, string];
    sign: string;
    date: string;
    approved: (who: string, when: string) => string;
    approvedHash: string;
    notApproved: string;
  };
  cols: {
    no: string;
    role: string;
    duty: string;
    people: string;
    phase: string;
    start: string;
    targetMin: string;
    goal: string;
    indicator: string;
    span: string;
    target: string;
    inject: string;
    action: string;
    deadline: string;
    clock: string;
    form: string;
    recipient: string;
    name: string;
    department: string;
    post: string;
    signTime: string;
    signature: string;
    observed: string;
    remarks: string;
    objective: string;
    rating: string;
  };
  script: {
    intro: (n: number) => string;
    contingency: string;
    trigger: (after: string) => string;
    triggerNone: string;
    sender: string;
    channel: string;
    targets: string;
    actions: string;
    noActions: string;
    notes: string;
    phase: string;
  };
  cards: {
    card: (n: number, total: number) => string;
    to: string;
    from: string;
    cut: string;
    contingency: string;
  };
  signin: {
    intro: string;
    walkIns: string;
    staff: string;
    staffRoles: { facilitator: string; scribe: string; evaluator: string; observer: string };
  };
  evaluation: {
    intro: string;
    filledIntro: string;
    evaluator: string;
    actionsHead: string;
    objectivesHead: string;
    legend: string;
    outcome: Record<'on_time' | 'late' | 'missed' | 'pending' | 'not_released', string>;
    lateBy: (min: string) => string;
    by: (role: string) => string;
    entryRef: (seq: number) => string;
    overall: string;
    signature: string;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const CN_NUM = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const cn = (n: number) => (n <= 10 ? CN_NUM[n]! : n < 20 ? `十${CN_NUM[n - 10]}` : `${CN_NUM[Math.floor(n / 10)]}十${n % 10 ? CN_NUM[n % 10] : ''}`);

const zh: PapersText = {
  colon: '：',
  sep: '、',
  paren: (s) => `（${s}）`,
  period: '。',
  blank: '________________',
  none: '（无）',
  paper: { plan: '演练方案', script: '导调脚本', cards: '情景卡', signin: '签到表', evaluation: '评估表' },
  filledMark: '（演练后填写）',
  // '转账失败投诉应急演练' + '演练方案' reads 应急演练方案, not 演练演练方案.
  title: (name, paper) => (name.endsWith('演练') && paper.startsWith('演练') ? `${name}${paper.slice(2)}` : `${name}${paper}`),
  header: (name, paper) => `${name}\u3000${paper}`,
  footer: ['第 ', ' 页 共 ', ' 页'],
  sectionNo: (i) => `${cn(i)}、`,
  subNo: (i) => `（${cn(i)}）`,
  drillType: { tabletop: '桌面推演', live: '实战演练' },
  notice: { announced: '预先通知', no_notice: '突击（不预先通知）' },
  dateTime: (ymd, hm) => {
    const [y, m, d] = ymd.split('-').map(Number);
    return `${y}年${m}月${d}日${hm ? ` ${hm}` : ''}`;
  },
  minutes: (n) => `${n} 分钟`,
  within: (from, n) => `${from}后 ${n} 分钟内`,
  deadline: (at, within) => `${at}\n（发布后 ${within} 分钟内）`,
  version: '剧本版本（SHA-256）',
  plan: {
    sections: {
      background: '背景与目的',
      form: '演练形式',
      time: '时间地点',
      organisation: '组织机构与职责',
      scenario: '情景概要',
      flow: '流程与时间安排',
      evaluation: '评估方法',
      support: '保障与要求',
      approval: '审批',
    },
    org: { leaders: '领导小组', directors: '导演组', evaluators: '评估组', roles: '参演岗位' },
    purpose: (title) => `为检验本机构舆情应急预案的可操作性，锻炼各岗位发现、报告、研判、处置和回应舆情的能力，以“${title}”为情景组织本次演练。`,
    objectivesIntro: '演练目标：',
    form: (type, notice) => `本次演练为${type}，采取${notice}方式。`,
    formNote: {
      announced: '参演人员事先知悉演练时间，不预先知悉情景内容；情景注入由导演组按导调脚本发布。',
      no_notice: '参演人员事先不知悉演练时间和情景内容；导演组须事先确定中止口令，并向领导小组报备。',
    },
    plannedTime: '计划时间',
    plannedDuration: (min) => `计划时长约 ${min} 分钟，为各阶段目标用时之和`,
    place: '地点',
    commander: '总指挥',
    leadersDuty: '职责：统一领导本次演练，批准演练方案，决定演练的开始、中止和结束，主持应急处置决策。',
    facilitator: '导演（主持）',
    scribe: '记录',
    directorsDuty: '职责：按导调脚本发布情景注入、掌握演练节奏，记录各岗位的处置过程，组织演练后的总结复盘。',
    evaluatorNames: '评估人员',
    evaluatorsDuty: '职责：对照评估表观察各岗位的预期行动及完成时间，按 P/S/M/U 四级评价各项目标，提出问题与改进建议。',
    scenarioCounts: (injects, contingency, phases) => `本剧本共 ${injects} 条情景注入（其中应急备用注入 ${contingency} 条），分 ${phases} 个阶段推进。`,
    expectedGrade: (grade) => `预期研判定级：${grade}。`,
    phasesIntro: '演练按以下阶段推进，开始时间为演练时钟（T+时:分）：',
    targetsIntro: '时效指标：',
    clocksIntro: '报告时限：',
    actionsIntro: (n) => `各情景注入的预期行动共 ${n} 项，时限自注入发布起算：`,
    scaleIntro: '评价等级（HSEEP 四级）：',
    scale: {
      P: 'P（无挑战完成）：按预案和时限完成，无需纠正；',
      S: 'S（有一定挑战）：完成，但有可改进之处，不影响结果；',
      M: 'M（有重大挑战）：完成，但存在明显延误或差错，影响处置效果；',
      U: 'U（未能完成）：未完成或完成方式不可接受。',
    },
    support: [
      '场地与设备：演练场地、投影、网络及演练台设备须提前调试，准备备用电源和纸质导调脚本、情景卡。',
      '人员：参演人员按时签到，演练期间手机静音，不得离岗；岗位交接须告知导演组并记录。',
      '保密：所有情景注入均为模拟内容，演练材料仅限内部使用，不得对外发布或转发。',
      '安全：演练中如发生真实突发事件，由总指挥宣布中止演练，优先处置真实事件。',
      '记录与评估：记录人在演练台实时记录，评估组按评估表记录观察结果，演练结束后提交。',
    ],
    approvalLines: ['编制', '审核', '批准'],
    sign: '签字',
    date: '日期',
    approved: (who, when) => `已批准：${who}，${when}。`,
    approvedHash: '批准的剧本版本（SHA-256）',
    notApproved: '本方案尚未在演练台批准。',
  },
  cols: {
    no: '序号',
    role: '岗位',
    duty: '职责',
    people: '参演人员',
    phase: '阶段',
    start: '开始',
    targetMin: '目标用时',
    goal: '阶段目标',
    indicator: '指标',
    span: '起止',
    target: '目标',
    inject: '注入',
    action: '预期行动',
    deadline: '时限',
    clock: '报告',
    form: '形式',
    recipient: '报送对象',
    name: '姓名',
    department: '部门',
    post: '岗位',
    signTime: '签到时间',
    signature: '签名',
    observed: '实际时间',
    remarks: '备注',
    objective: '演练目标',
    rating: '评价',
  },
  script: {
    intro: (n) => `本脚本供导演组使用，按演练时钟列出全部 ${n} 条情景注入。应急备用注入仅在触发条件出现时发布。`,
    contingency: '应急备用注入',
    trigger: (after) => `触发条件：在“${after}”发布后，视处置情况由导演组决定是否发布。`,
    triggerNone: '触发条件：由导演组视处置情况决定是否发布。',
    sender: '发送方',
    channel: '渠道',
    targets: '接收岗位',
    actions: '预期行动',
    noActions: '本注入无预期行动。',
    notes: '导演记录',
    phase: '阶段',
  },
  cards: {
    card: (n, total) => `情景卡 ${n}／${total}`,
    to: '接收岗位',
    from: '来自',
    cut: '✂　沿虚线剪开',
    contingency: '应急备用',
  },
  signin: {
    intro: '请参演人员按岗位签到。临时参加的人员请填写在本岗位的空白行。',
    walkIns: '（临时参加）',
    staff: '导演组、评估组及观摩人员',
    staffRoles: { facilitator: '导演', scribe: '记录', evaluator: '评估', observer: '观摩' },
  },
  evaluation: {
    intro: '请对照每项预期行动记录实际完成时间（演练时钟或北京时间均可），并在 P/S/M/U 中勾选一项。',
    filledIntro: '本表由演练台根据演练记录填写：实际时间为演练时钟，评价为评估组在复盘中记录的最新评级。',
    evaluator: '评估人',
    actionsHead: '预期行动',
    objectivesHead: '演练目标',
    legend: '评价：P—无挑战完成；S—有一定挑战；M—有重大挑战；U—未能完成。',
    outcome: { on_time: '按时完成', late: '超时完成', missed: '未完成', pending: '进行中', not_released: '注入未发布' },
    lateBy: (min) => `超时 ${min}`,
    by: (role) => `由${role}记录`,
    entryRef: (seq) => `见第 ${seq} 条记录`,
    overall: '总体评价',
    signature: '评估人签字',
  },
};

const en: PapersText = {
  colon: ': ',
  sep: ', ',
  paren: (s) => ` (${s})`,
  period: '.',
  blank: '________________',
  none: '(none)',
  paper: { plan: 'Drill plan', script: 'Control script', cards: 'Inject cards', signin: 'Sign-in sheet', evaluation: 'Evaluator form' },
  filledMark: ' (filled after the drill)',
  title: (name, paper) => `${paper}: ${name}`,
  header: (name, paper) => `${name} · ${paper}`,
  footer: ['Page ', ' of ', ''],
  sectionNo: (i) => `${i}. `,
  subNo: (i) => `${String.fromCharCode(96 + i)}) `,
  drillType: { tabletop: 'tabletop exercise', live: 'live drill' },
  notice: { announced: 'announced in advance', no_notice: 'no-notice (unannounced)' },
  dateTime: (ymd, hm) => `${ymd}${hm ? ` ${hm}` : ''}`,
  minutes: (n) => `${n} min`,
  within: (from, n) => `within ${n} min of ${from}`,
  deadline: (at, within) => `${at}\n(within ${within} min)`,
  version: 'Scenario version (SHA-256)',
  plan: {
    sections: {
      background: 'Background and purpose',
      form: 'Form of the drill',
      time: 'Time and place',
      organisation: 'Organisation and duties',
      scenario: 'Scenario outline',
      flow: 'Flow and timetable',
      evaluation: 'Evaluation method',
      support: 'Logistics and rules',
      approval: 'Approval',
    },
    org: { leaders: 'Leading group', directors: 'Control cell', evaluators: 'Evaluation team', roles: 'Participating roles' },
    purpose: (title) => `To test whether our public-opinion response plan works in practice, and to train every role in spotting, reporting, assessing, handling and answering a public-opinion event, this drill runs the scenario "${title}".`,
    objectivesIntro: 'Objectives:',
    form: (type, notice) => `This drill is a ${type}, ${notice}.`,
    formNote: {
      announced: 'Participants know the time of the drill but not the scenario; the control cell releases the injects by the control script.',
      no_notice: 'Participants know neither the time nor the scenario; the control cell agrees a stop word beforehand and informs the leading group.',
    },
    plannedTime: 'Planned time',
    plannedDuration: (min) => `about ${min} min planned, the sum of the phase targets`,
    place: 'Place',
    commander: 'Commander',
    leadersDuty: 'Duties: leads the drill, approves this plan, decides its start, stop and end, and chairs the response decisions.',
    facilitator: 'Facilitator',
    scribe: 'Scribe',
    directorsDuty: 'Duties: releases the injects by the control script, keeps the pace, records how each role responds, and runs the debrief.',
    evaluatorNames: 'Evaluators',
    evaluatorsDuty: 'Duties: observe each expected action and its time on the evaluator form, rate each objective P/S/M/U, and propose improvements.',
    scenarioCounts: (injects, contingency, phases) => `The scenario has ${injects} injects (${contingency} of them contingency injects) in ${phases} phases.`,
    expectedGrade: (grade) => `Expected severity grade: ${grade}.`,
    phasesIntro: 'The drill runs in these phases; start times are on the drill clock (T+h:mm):',
    targetsIntro: 'Timing targets:',
    clocksIntro: 'Reporting deadlines:',
    actionsIntro: (n) => `The injects expect ${n} actions in all; each deadline counts from the inject's release:`,
    scaleIntro: 'Ratings (HSEEP, four levels):',
    scale: {
      P: 'P (performed without challenges): done by the plan and in time, no correction needed;',
      S: 'S (some challenges): done, with room for improvement that did not change the outcome;',
      M: 'M (major challenges): done, but with clear delays or errors that hurt the response;',
      U: 'U (unable to perform): not done, or done in an unacceptable way.',
    },
    support: [
      'Room and equipment: room, projector, network and the DrillRoom machine are tested beforehand, with spare power and paper copies of the control script and inject cards.',
      'People: participants sign in on time, phones on silent, nobody leaves their post; a role handed over is told to the control cell and recorded.',
      'Confidentiality: every inject is simulated; drill papers are for internal use only and must not be published or forwarded.',
      'Safety: if a real incident happens during the drill, the commander stops the drill and the real incident comes first.',
      'Records and evaluation: the scribe records in DrillRoom as it happens; evaluators fill the evaluator form and hand it in after the drill.',
    ],
    approvalLines: ['Prepared by', 'Reviewed by', 'Approved by'],
    sign: 'Signature',
    date: 'Date',
    approved: (who, when) => `Approved: ${who}, ${when}.`,
    approvedHash: 'Approved scenario version (SHA-256)',
    notApproved: 'This plan has not been approved in DrillRoom yet.',
  },
  cols: {
    no: 'No.',
    role: 'Role',
    duty: 'Duties',
    people: 'People',
    phase: 'Phase',
    start: 'Start',
    targetMin: 'Target',
    goal: 'Goal',
    indicator: 'Indicator',
    span: 'From – to',
    target: 'Target',
    inject: 'Inject',
    action: 'Expected action',
    deadline: 'Deadline',
    clock: 'Report',
    form: 'Form',
    recipient: 'Recipient',
    name: 'Name',
    department: 'Department',
    post: 'Role',
    signTime: 'Time in',
    signature: 'Signature',
    observed: 'Observed',
    remarks: 'Remarks',
    objective: 'Objective',
    rating: 'Rating',
  },
  script: {
    intro: (n) => `For the control cell: all ${n} injects in drill-clock order. Contingency injects are released only when their trigger occurs.`,
    contingency: 'Contingency inject',
    trigger: (after) => `Trigger: after "${after}" is released, if the response calls for it (control cell decides).`,
    triggerNone: 'Trigger: if the response calls for it (control cell decides).',
    sender: 'Sender',
    channel: 'Channel',
    targets: 'To',
    actions: 'Expected actions',
    noActions: 'No expected action for this inject.',
    notes: 'Control notes',
    phase: 'Phase',
  },
  cards: {
    card: (n, total) => `Inject card ${n}/${total}`,
    to: 'To',
    from: 'From',
    cut: '✂  cut along the dashed line',
    contingency: 'Contingency',
  },
  signin: {
    intro: 'Participants sign in by role. Walk-ins write their names on the blank lines of their role.',
    walkIns: '(walk-in)',
    staff: 'Control cell, evaluators and observers',
    staffRoles: { facilitator: 'Facilitator', scribe: 'Scribe', evaluator: 'Evaluator', observer: 'Observer' },
  },
  evaluation: {
    intro: 'For each expected action write the time it was done (drill clock or local time) and tick one of P/S/M/U.',
    filledIntro: 'Filled by DrillRoom from the drill record: observed times are on the drill clock; ratings are the latest the evaluators recorded in the review.',
    evaluator: 'Evaluator',
    actionsHead: 'Expected actions',
    objectivesHead: 'Objectives',
    legend: 'Ratings: P — performed without challenges; S — some challenges; M — major challenges; U — unable to perform.',
    outcome: { on_time: 'on time', late: 'late', missed: 'missed', pending: 'pending', not_released: 'inject not released' },
    lateBy: (min) => `late by ${min}`,
    by: (role) => `logged by ${role}`,
    entryRef: (seq) => `entry #${seq}`,
    overall: 'Overall rating',
    signature: 'Evaluator signature',
  },
};

export function papersText(lang: 'zh-CN' | 'en'): PapersText {
  return lang === 'en' ? en : zh;
}

/** `T+01:05` from minutes after the start. */
export function offsetText(min: number): string {
  const total = Math.round(min);
  return `T+${pad(Math.floor(total / 60))}:${pad(total % 60)}`;
}
