// The minutes' words in Chinese and English: headings, labels, entry descriptions and generated sentences.
import { formatDuration, MINUTE } from '../../shared/domain/clock';
export interface MinutesText {
  titleSuffix: (name: string) => string;
  colon: string;
  paren: (s: string) => string;
  /** A `YYYY-MM-DD` date as people write it. */
  date: (ymd: string) => string;
  /** A duration in words, so it is not read as a time of day. */
  duration: (ms: number) => string;
  draftMark: string;
  draftNote: string;
  footer: [before: string, middle: string, after: string];
  sections: {
    basic: string;
    objectives: string;
    scenario: string;
    process: string;
    evaluation: string;
    indicators: string;
    performance: string;
    problems: string;
    lessons: string;
    improvements: string;
    evidence: string;
    conclusion: string;
    signoff: string;
    signIn: string;
    appendix: string;
  };
  /** Sub-headings of the evaluation section. */
  evaluationParts: { objectives: string; actions: string };
  /** The report's own words (issue 12): drill type, injects, action evaluation, roles, problems, verdict, sign-in. */
  report: ReportText;
  /** Section number, e.g. 一、 or 1. */
  sectionNo: (i: number) => string;
  /** Sub-heading number, e.g. (一) or 4.1 */
  subNo: (section: number, i: number) => string;
  basic: {
    name: string;
    scenario: string;
    date: string;
    time: string;
    duration: string;
    place: string;
    organiser: string;
    facilitator: string;
    scribe: string;
    reviewer: string;
    participants: string;
    drillId: string;
    notStarted: string;
    notFinished: string;
    pauses: (n: number, pausedMs: string) => string;
  };
  cols: {
    wallTime: string;
    clock: string;
    /** Wall time over drill clock in one column. */
    when: string;
    /** Wall time and drill clock on one line (the timeline). */
    wallAndClock: string;
    phase: string;
    role: string;
    entry: string;
    seq: string;
    kind: string;
    indicator: string;
    span: string;
    target: string;
    actual: string;
    result: string;
    targetMin: string;
    objectOrRole: string;
    rating: string;
    remark: string;
    no: string;
    measure: string;
    owner: string;
    start: string;
    due: string;
    source: string;
    attachments: string;
    audience: string;
    phaseName: string;
  };
  none: string;
  continued: (title: string) => string;
  beforeStart: string;
  phaseLine: (target: string, actual: string, verdict: string) => string;
  starredNote: (shown: number, total: number) => string;
  allNote: (shown: number) => string;
  status: { met: string; missed: string; running: string; pending: string; notReached: string; over: string; within: string; current: string; notRun: string };
  minutes: (n: number) => string;
  ratingLegend: string;
  ratings: Record<'P' | 'S' | 'M' | 'U', string>;
  target: { objective: string; role: string };
  audience: Record<'media' | 'public' | 'customer' | 'regulator' | 'internal', string>;
  milestones: Record<'start' | 'discovered' | 'reported' | 'verified' | 'first_response' | 'regulator_report', string>;
  kinds: Record<string, string>;
  describe: {
    setup: string;
    facts: string;
    start: string;
    pause: string;
    resume: string;
    finish: string;
    advance: (phase: string) => string;
    recovery: (down: string) => string;
    /** A wall-clock jump: how far, ahead or back, and the two readings. */
    jump: (by: string, ahead: boolean, before: string, after: string) => string;
    /** The facilitator's answer about a restart gap; counted is null when it counts as paused. */
    gap: (counted: string | null) => string;
    released: (title: string, manual: boolean, late: string | null) => string;
    acknowledged: (title: string) => string;
    taskDone: (text: string) => string;
    score: (target: string, rating: string, text: string) => string;
    lesson: (category: string, text: string) => string;
    improvement: (text: string, owner: string, due: string) => string;
    correction: (seq: number, text: string, isVoid: boolean) => string;
    star: (seq: number, starred: boolean) => string;
    spotlight: (title: string | null) => string;
    verdict: (rating: string, text: string) => string;
    approved: (approver: string, version: string) => string;
    attendance: (name: string, department: string | undefined, late: boolean) => string;
    handover: (from: string, to: string) => string;
    followup: (seq: number, move: 'in_progress' | 'done' | 'accepted' | 'reopened', by: string, text: string) => string;
    archived: (archived: boolean) => string;
  };
  lessonCategory: Record<'went_well' | 'to_improve' | 'root_cause' | 'problem', string>;
  corrected: (seq: number, time: string, text: string) => string;
  voided: (seq: number, time: string) => string;
  /** A review entry recorded after the drill finished (the seal): marked with when it was recorded. */
  afterFinish: (time: string) => string;
  /** 补记: logged N minutes after it happened, recorded at wall time / drill clock. */
  late: (minutes: number, time: string, clock: string) => string;
  /** In the appendix (recording order): when a late entry happened. */
  happened: (clock: string) => string;
  /** The first line of a backdated entry's time cell (its wall time of occurrence was not recorded). */
  backdated: string;
  /** 时序存疑: an answer that happened before the inject it answers (released at clock, or not at all). */
  timingDoubt: (releasedClock: string | null) => string;
  /** An indicator's end point: milestone, the entry that marked it and its drill time. */
  cite: (milestone: string, seq: number | null, clock: string | null) => string;
  conclusion: (f: ConclusionFacts) => string[];
  signoff: { scribe: string; reviewer: string; date: string; sign: string };
  anchorIntro: string;
  anchor: { drillId: string; entries: string; finalHash: string; witness: string; witnessIntro: string; filing: string };
  appendixIntro: (count: number, drillId: string) => string;
  finalHash: string;
  verifyHow: string;
  exportedAt: (when: string) => string;
  intro: (f: { name: string; date: string }) => string;
}

export interface ReportText {
  drillType: Record<'tabletop' | 'live', string>;
  notice: Record<'announced' | 'no_notice', string>;
  basic: { type: string; planned: string; actual: string; branch: string; commander: string; evaluators: string; version: string };
  /** The scenario line: title, short version hash, the approver (and whether the approved version is the one run). */
  scenarioLine: (title: string, version: string, approval: { approver: string; same: boolean; approvedVersion: string } | null) => string;
  injectIntro: (released: number, total: number) => string;
  injectCols: { no: string; released: string; content: string };
  channel: string;
  sender: string;
  to: string;
  notReleased: string;
  contingency: string;
  actionIntro: (s: { total: number; on_time: number; late: number; missed: number; pending: number; not_released: number }) => string;
  actionCols: { action: string; role: string; times: string; result: string };
  outcome: { on_time: string; late: (by: string) => string; missed: string; pending: string; not_released: string };
  inject: (title: string) => string;
  /** The inject's number in the 情景与注入 table, before an expected action. */
  injectRef: (n: number) => string;
  noPhase: string;
  objectivesIntro: string;
  perfCols: { role: string; people: string; tasks: string; actions: string; rating: string; remark: string };
  perfActions: (s: { on_time: number; late: number; missed: number; total: number }) => string;
  notRated: string;
  problem: {
    missed: (phase: string, action: string, role: string, deadline: string) => string;
    late: (phase: string, action: string, role: string, by: string, seq: number) => string;
    indicator: (label: string, target: string, actual: string) => string;
    clock: (label: string, status: string) => string;
    rating: (target: string, rating: string, remark: string, seq: number) => string;
    lesson: (text: string) => string;
    none: string;
    intro: string;
  };
  improvementCols: { no: string; measure: string; owner: string; dates: string; status: string; acceptance: string; capability: string };
  status: Record<'open' | 'in_progress' | 'done' | 'accepted', string>;
  overdue: string;
  verdictTitle: string;
  derivedTitle: string;
  verdict: (rating: string, text: string) => string;
  noVerdict: string;
  /** The verdict says all was met, the record does not: shown, never silently. */
  mismatch: (problems: number) => string;
  actionsLine: (s: { total: number; on_time: number; late: number; missed: number; not_released: number }) => string;
  allMet: string;
  notAllMet: (parts: string[]) => string;
  parts: { late: (n: number) => string; missed: (n: number) => string; indicators: (labels: string[]) => string; clocks: (n: number) => string; ratings: (n: number) => string };
  signatories: { commander: string; facilitator: string; evaluators: string; scribe: string; reviewer: string };
  signIntro: string;
  signInIntro: string;
  signInCols: { role: string; name: string; department: string; time: string; sign: string };
  staff: string;
  /** The participants row of 基本概要: how many roles are staffed, and where the names are. */
  participantsSeeAppendix: (roles: number) => string;
  lateMark: string;
  appendixIntro: (f: { count: number; drillId: string; voided: number; corrected: number; superseded: number; body: number }) => string;
  appendixCols: { seq: string; time: string; clock: string; kind: string; role: string; entry: string; hash: string };
  supersededBy: (seq: number) => string;
  voidedMark: string;
  correctedMark: string;
}

export interface ConclusionFacts {
  date: string;
  start: string | null;
  end: string | null;
  duration: string | null;
  pauses: number;
  phasesDone: number;
  phases: number;
  released: number;
  injects: number;
  met: number;
  indicators: number;
  /** The sentences about actions, indicators and ratings (report.actionsLine, allMet or notAllMet). */
  findings: string[];
  entries: number;
  measures: number;
  draft: boolean;
}

const CN_NUM = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];
const cn = (n: number) => CN_NUM[n] ?? String(n);

export const ZH: MinutesText = {
  colon: '：',
  paren: (s) => `（${s}）`,
  date: (ymd) => {
    const [y, m, d] = ymd.split('-').map(Number);
    return `${y}年${m}月${d}日`;
  },
  duration: (ms) => formatDuration(ms, 'zh-CN'),
  titleSuffix: (name) => (name.endsWith('演练') ? `${name}纪要` : `${name}演练纪要`),
  draftMark: '（草稿）',
  draftNote: '草稿：演练尚未结束，本纪要依据导出时的记录生成，不作为最终记录。',
  footer: ['第 ', ' 页 共 ', ' 页'],
  sections: {
    basic: '基本概要',
    objectives: '演练目标',
    scenario: '情景与注入',
    process: '处置过程',
    evaluation: '目标实现与关键任务评估',
    indicators: '时效指标',
    performance: '参演人员表现',
    problems: '暴露问题',
    lessons: '经验教训',
    improvements: '整改措施',
    evidence: '证据清单',
    conclusion: '演练结论',
    signoff: '签字确认',
    signIn: '附录一：签到表',
    appendix: '附录二：完整事件日志',
  },
  evaluationParts: { objectives: '目标实现', actions: '关键任务评估' },
  report: {
    drillType: { tabletop: '桌面推演', live: '实战演练' },
    notice: { announced: '预先通知', no_notice: '突击演练' },
    basic: { type: '演练类型', planned: '计划时间', actual: '实际时间', branch: '机构/网点', commander: '总指挥', evaluators: '评估组', version: '剧本版本' },
    scenarioLine: (title, v, a) =>
      `${title}\n版本 ${v}${a ? (a.same ? `（方案经 ${a.approver} 审批，审批版本与执行版本一致）` : `（方案经 ${a.approver} 审批，审批版本 ${a.approvedVersion} 与执行版本不一致）`) : '（方案未录入审批）'}`,
    injectIntro: (r, t) => `本次演练剧本共设情景注入 ${t} 条，发布 ${r} 条。下表按发布先后列出每条注入的发布时间、渠道与发送方、接收岗位和完整内容，未发布的列于最后。`,
    injectCols: { no: '序号', released: '发布时间\n演练时钟', content: '注入内容（渠道：发送方 → 接收岗位）' },
    channel: '渠道',
    sender: '发送方',
    to: '接收',
    notReleased: '未发布',
    contingency: '（备用注入）',
    actionIntro: (s) =>
      `剧本对情景注入共设预期行动 ${s.total} 项：按时完成 ${s.on_time} 项，超时完成 ${s.late} 项，未完成 ${s.missed} 项${s.pending ? `，进行中 ${s.pending} 项` : ''}，所属注入未发布 ${s.not_released} 项。完成时间以记录的发生时间为准（补记按发生时间计），已作废的记录不计。`,
    actionCols: { action: '预期行动', role: '责任岗位', times: '截止时限\n完成时间', result: '评估结果\n（记录）' },
    outcome: { on_time: '按时完成', late: (by) => `超时 ${by}`, missed: '未完成', pending: '进行中', not_released: '注入未发布' },
    inject: (t) => `注入：${t}`,
    injectRef: (n) => `〔注入${n}〕`,
    noPhase: '未分阶段',
    objectivesIntro: '各演练目标的评级以评估组最后一次评分为准，被取代的评分仅列于附录二。',
    perfCols: { role: '岗位', people: '人员', tasks: '任务', actions: '预期行动', rating: '评级', remark: '评语' },
    perfActions: (s) => (s.total ? `共 ${s.total} 项：按时 ${s.on_time}，超时 ${s.late}，未完成 ${s.missed}` : '—'),
    notRated: '未评',
    problem: {
      missed: (ph, a, r, d) => `【未完成】${ph}：${a}（${r}，截止 ${d}）`,
      late: (ph, a, r, by, seq) => `【超时】${ph}：${a}（${r}，超时 ${by}，第 ${seq} 条记录）`,
      indicator: (l, t, a) => `【时效未达标】${l}：目标 ${t}，实际 ${a}`,
      clock: (l, st) => `【监管报告】${l}：${st}`,
      rating: (t, r, rem, seq) => `【评级 ${r}】${t}${rem ? `——${rem}` : ''}（第 ${seq} 条记录）`,
      lesson: (t) => `【评估组记录的问题】${t}`,
      none: '记录中没有未完成或超时的预期行动、未达标的时效指标或 M／U 评级，评估组亦未记录问题。',
      intro: '以下问题由系统依据事件日志逐项导出（未完成和超时的预期行动、未达标的时效指标与监管报告时限、评为 M 或 U 的目标与岗位），其后为评估组记录的问题；评估组可在复盘界面补充和更正。',
    },
    improvementCols: { no: '序号', measure: '整改措施', owner: '责任人\n（部门）', dates: '开始日期\n完成期限', status: '状态', acceptance: '验收标准', capability: '对应能力' },
    status: { open: '待整改', in_progress: '整改中', done: '已完成', accepted: '已验收' },
    overdue: '（逾期）',
    verdictTitle: '（一）评估组结论',
    derivedTitle: '（二）系统依据记录的汇总',
    verdict: (r, t) => `总体评级：${r}。${t}`,
    noVerdict: '评估组尚未在复盘界面录入结论和总体评级。',
    mismatch: (n) => `注意：评估组结论表示各项均已达成，但记录显示 ${n} 项问题（见“暴露问题”），二者不一致，请评估组复核后签字。`,
    actionsLine: (s) => `预期行动 ${s.total} 项中按时完成 ${s.on_time} 项、超时 ${s.late} 项、未完成 ${s.missed} 项${s.not_released ? `，另有 ${s.not_released} 项所属注入未发布` : ''}。`,
    allMet: '各项时效指标均在目标时限内完成，预期行动均按时完成，无评为 M 或 U 的目标与岗位。',
    notAllMet: (parts) => `未全部达成：${parts.join('；')}。应在整改中予以重点关注。`,
    parts: {
      late: (n) => `超时完成的预期行动 ${n} 项`,
      missed: (n) => `未完成的预期行动 ${n} 项`,
      indicators: (l) => `未达标的时效指标 ${l.length} 项（${l.join('、')}）`,
      clocks: (n) => `未按时限完成的监管报告 ${n} 项`,
      ratings: (n) => `评为 M 或 U 的目标与岗位 ${n} 项`,
    },
    signatories: { commander: '总指挥', facilitator: '主持人', evaluators: '评估组', scribe: '记录人', reviewer: '审核人' },
    signIntro: '以下人员确认本纪要如实记录了本次演练，并与下列凭据所对应的演练档案一致。',
    signInIntro: '参演人员按岗位列出，姓名取自演练信息和现场签到记录；空行供临时到场人员签到。',
    signInCols: { role: '岗位', name: '姓名', department: '部门', time: '签到时间', sign: '本人签名' },
    staff: '组织与评估',
    participantsSeeAppendix: (n) => (n ? `${n} 个岗位，人员名单见“参演人员表现”和附录一签到表` : '—'),
    lateMark: '（迟到）',
    appendixIntro: (f) =>
      `本附录列出演练 ${f.drillId} 的全部 ${f.count} 条记录，按序号排列，含 ${f.voided} 条已作废、${f.corrected} 条已更正${f.superseded ? `、${f.superseded} 条被后续评分取代` : ''}的记录；正文“处置过程”列出其中 ${f.body} 条，其余为系统记录、签收、任务勾选和复盘记录。记录只增不改，错误以更正记录说明；每条记录的哈希包含前一条记录的哈希，“哈希”列为其前 8 位，供与档案抽查核对；记录内容仅列开头，全文见正文相应章节或演练档案。`,
    appendixCols: { seq: '序号', time: '时间　演练时钟', clock: '演练时钟', kind: '类型·角色', role: '角色', entry: '记录内容', hash: '哈希' },
    supersededBy: (seq) => `〔已被第 ${seq} 条评分取代〕`,
    voidedMark: '〔已作废〕',
    correctedMark: '〔已更正〕',
  },
  sectionNo: (i) => `${cn(i)}、`,
  subNo: (_s, i) => `（${cn(i)}）`,
  basic: {
    name: '演练名称',
    scenario: '演练情景',
    date: '演练日期',
    time: '起止时间',
    duration: '演练时长',
    place: '演练地点',
    organiser: '组织单位',
    facilitator: '主持人',
    scribe: '记录人',
    reviewer: '审核人',
    participants: '参演人员',
    drillId: '演练编号',
    notStarted: '未开始',
    notFinished: '未结束',
    pauses: (n, ms) => `（暂停 ${n} 次，共 ${ms}）`,
  },
  cols: {
    wallTime: '时间',
    clock: '演练时钟',
    when: '时间\n演练时钟',
    wallAndClock: '时间　演练时钟',
    phase: '阶段',
    role: '角色',
    entry: '记录内容',
    seq: '序号',
    kind: '类型',
    indicator: '指标',
    span: '起止节点',
    target: '目标时限',
    actual: '实际用时',
    result: '结果',
    targetMin: '计划时长',
    objectOrRole: '评估对象',
    rating: '评级',
    remark: '评语',
    no: '序号',
    measure: '整改措施',
    owner: '责任部门/人',
    start: '开始日期',
    due: '完成期限',
    source: '来源',
    attachments: '附件及 SHA-256',
    audience: '对象',
    phaseName: '阶段',
  },
  none: '无。',
  continued: (t) => `${t}（续表）`,
  beforeStart: '演练开始前',
  phaseLine: (target, actual, verdict) => `计划 ${target}，实际 ${actual}，${verdict}。`,
  starredNote: (shown, total) => `下表仅列出主持人标记的重点记录 ${shown} 条（全部 ${total} 条记录见附录）。`,
  allNote: (shown) => `下表按阶段列出参演人员记录和演练时钟记录 ${shown} 条（情景注入的发布见第二部分）；更正以“原记录／更正”对照列出，全部记录见附录二。`,
  status: { met: '达标', missed: '未达标', running: '进行中', pending: '未触发', notReached: '未完成', over: '超时', within: '按时', current: '进行中', notRun: '未进行' },
  minutes: (n) => formatDuration(n * MINUTE, 'zh-CN'),
  ratingLegend: '评级说明（HSEEP 四级）：P—无挑战完成；S—有一定挑战；M—有重大挑战；U—未能完成。',
  ratings: { P: 'P（无挑战完成）', S: 'S（有一定挑战）', M: 'M（有重大挑战）', U: 'U（未能完成）' },
  target: { objective: '目标', role: '岗位' },
  audience: { media: '媒体', public: '公众', customer: '客户', regulator: '监管部门', internal: '内部' },
  milestones: { start: '演练开始', discovered: '发现', reported: '上报', verified: '核实研判完成', first_response: '首次回应', regulator_report: '报告监管' },
  kinds: {
    'drill.setup': '创建演练',
    'drill.facts': '演练信息',
    'clock.start': '开始',
    'clock.pause': '暂停',
    'clock.resume': '继续',
    'phase.advance': '阶段切换',
    'clock.finish': '结束',
    recovery: '恢复',
    'clock.jump': '时钟跳变',
    'clock.gap': '间隔确认',
    'inject.released': '情景注入',
    'inject.acknowledged': '签收',
    observation: '观察',
    decision: '决策',
    action: '行动',
    communication: '沟通',
    evidence: '证据',
    'task.done': '任务完成',
    score: '评分',
    lesson: '经验教训',
    improvement: '整改措施',
    correction: '更正',
    star: '重点标记',
    spotlight: '投屏聚焦',
    verdict: '评估结论',
    'improvement.followup': '整改跟进',
    'plan.approved': '方案审批',
    attendance: '签到',
    'role.handover': '岗位交接',
    'drill.archived': '归档',
    'feed.post': '导演组帖子',
    'inject.adhoc': '临场注入',
  },
  describe: {
    setup: '创建演练，载入剧本与基本信息。',
    facts: '更新演练基本信息。',
    start: '演练开始。',
    pause: '演练暂停。',
    resume: '演练继续。',
    finish: '演练结束。',
    advance: (p) => `进入阶段：${p}。`,
    recovery: (d) => `程序中断后恢复运行，中断 ${d}。`,
    jump: (by, ahead, b, a) => `电脑时钟${ahead ? '向前' : '向后'}跳变 ${by}（${b} → ${a}）；演练时钟按单调时钟计时，不受影响。`,
    gap: (c) => (c ? `主持人确认：重启间隔 ${c} 计入演练时间。` : '主持人确认：重启间隔计为暂停，不计入演练时间。'),
    released: (t, manual, late) => `发布情景注入：${t}${manual ? '（主持人手动发布）' : ''}${late ? `（延迟 ${late}）` : ''}`,
    acknowledged: (t) => `签收情景注入：${t}`,
    taskDone: (t) => `完成任务：${t}`,
    score: (target, rating, text) => `【${target}】评级 ${rating}。${text}`,
    lesson: (c, t) => `【${c}】${t}`,
    improvement: (t, o, d) => `${t}（责任：${o}；完成期限：${d}）`,
    correction: (seq, t, v) => (v ? `作废第 ${seq} 条记录。${t}` : `更正第 ${seq} 条记录：${t}`),
    star: (seq, s) => (s ? `将第 ${seq} 条记录标为重点。` : `取消第 ${seq} 条记录的重点标记。`),
    spotlight: (t) => (t === null ? '撤下大屏投屏聚焦。' : `在大屏投屏聚焦：${t}`),
    verdict: (r, t) => `评估组结论（总体评级 ${r}）：${t}`,
    approved: (a, v) => `演练方案经 ${a} 审批，剧本版本 ${v}。`,
    attendance: (n, d, late) => `${n}${d ? `（${d}）` : ''}签到${late ? '（迟到）' : ''}。`,
    handover: (f, t) => `岗位由 ${f} 交接给 ${t}。`,
    followup: (seq, m, by, t) => `第 ${seq} 条整改措施${{ in_progress: '开始整改', done: '完成整改', accepted: '通过验收', reopened: '重新整改' }[m]}（${by}）${t ? `：${t}` : '。'}`,
    archived: (a) => (a ? '演练归档（从演练列表隐藏）。' : '演练取消归档。'),
  },
  lessonCategory: { went_well: '做得好的', to_improve: '待改进', root_cause: '根本原因', problem: '问题' },
  corrected: (seq, time, t) => `〔更正，第 ${seq} 条，${time}〕${t}`,
  voided: (seq, time) => `〔已作废，第 ${seq} 条，${time}〕`,
  afterFinish: (time) => `（结束后补记，${time}）`,
  late: (n, time, clock) => `〔补记（晚 ${n} 分钟记录），记录于 ${time}（${clock}）〕`,
  backdated: '补记',
  happened: (clock) => `〔补记：发生于 ${clock}〕`,
  timingDoubt: (clock) => (clock ? `〔时序存疑：早于所回应的情景注入（${clock} 发布）〕` : '〔时序存疑：所回应的情景注入尚未发布〕'),
  cite: (m, seq, clock) => (seq === null || clock === null ? m : `${m} #${seq} ${clock}`),
  conclusion: (f) => {
    const out: string[] = [];
    if (f.start)
      out.push(
        `本次演练于 ${f.date} ${f.start} 开始，${f.end ? `${f.end} 结束，历时 ${f.duration}` : '导出纪要时尚未结束'}${f.pauses ? `，其间暂停 ${f.pauses} 次` : ''}。`,
      );
    else out.push('本次演练尚未开始。');
    out.push(
      `演练共完成处置阶段 ${f.phasesDone}/${f.phases} 个，发布情景注入 ${f.released}/${f.injects} 条，时效指标达标 ${f.met}/${f.indicators} 项，事件日志记录 ${f.entries} 条，形成整改措施 ${f.measures} 项。`,
    );
    out.push(...f.findings);
    if (f.draft) out.push('演练尚未结束，本结论依据导出时的记录生成，仅供参考。');
    return out;
  },
  signoff: { scribe: '记录人', reviewer: '审核人', date: '日期', sign: '签字：' },
  anchorIntro: '签字页凭据：以下信息与本纪要对应的演练档案一致，可用于核对档案是否被改写（二维码内容相同）。',
  anchor: {
    drillId: '演练编号',
    entries: '记录条数',
    finalHash: '最终哈希（SHA-256）',
    witness: '见证码',
    witnessIntro: '见证码：每次阶段转换和演练结束时大屏显示的代码，由当时的哈希链头生成；与现场记录或照片一致，即说明该时刻之前的记录未被改写。',
    filing: '备案码（演练结束时报送上级或合规部门）',
  },
  appendixIntro: (n, id) =>
    `以下为演练 ${id} 的全部 ${n} 条原始记录，按序号排列。记录只增不改，错误以更正记录说明；每条记录的哈希包含前一条记录的哈希。`,
  finalHash: '哈希链最终哈希（SHA-256）：',
  verifyHow:
    '校验方法：取得本次演练的档案文件（.drill），在装有演练台的电脑上运行命令 drillroom verify <档案文件.drill> --expect <上列最终哈希>（源码环境：npm run cli -- verify …）。校验能发现的：意外损坏，以及对记录的直接修改、删除、插入、调换顺序和截断。校验不能发现的：掌握该文件和本程序的人对全部记录前后一致的改写——文件里的哈希与文件一起被改写。因此，只有保存在文件之外的凭据才能证明记录未被改写：本页签字的纸质纪要上的最终哈希和二维码、演练中大屏显示并由现场人员记录或拍照的见证码、演练结束时报送上级或合规部门的备案码。请以这些凭据核对档案。',
  exportedAt: (w) => `本纪要由演练台依据事件日志自动生成，导出时间：${w}。`,
  intro: (f) => `${f.date}，${f.name}按计划组织实施。现将演练情况纪要如下。`,
};

export const EN: MinutesText = {
  colon: ': ',
  paren: (s) => ` (${s})`,
  date: (ymd) => ymd,
  duration: (ms) => formatDuration(ms, 'en'),
  titleSuffix: (name) => `Drill minutes: ${name}`,
  draftMark: ' (DRAFT)',
  draftNote: 'DRAFT: the drill has not finished. These minutes reflect the record at export time and are not final.',
  footer: ['Page ', ' of ', ''],
  sections: {
    basic: 'Overview',
    objectives: 'Objectives',
    scenario: 'Scenario and injects',
    process: 'Response',
    evaluation: 'Objectives and critical tasks',
    indicators: 'Timing indicators',
    performance: 'Performance by role',
    problems: 'Problems found',
    lessons: 'Lessons learned',
    improvements: 'Improvement measures',
    evidence: 'Evidence',
    conclusion: 'Conclusion',
    signoff: 'Sign-off',
    signIn: 'Appendix 1: sign-in sheet',
    appendix: 'Appendix 2: full incident journal',
  },
  evaluationParts: { objectives: 'Objectives', actions: 'Critical tasks' },
  report: {
    drillType: { tabletop: 'Tabletop exercise', live: 'Live exercise' },
    notice: { announced: 'announced', no_notice: 'no-notice' },
    basic: { type: 'Type', planned: 'Planned', actual: 'Actual', branch: 'Branch', commander: 'Incident commander', evaluators: 'Evaluators', version: 'Scenario version' },
    scenarioLine: (title, v, a) =>
      `${title}\nversion ${v}${a ? (a.same ? ` (plan approved by ${a.approver}; the approved version is the one run)` : ` (plan approved by ${a.approver} at version ${a.approvedVersion}, which is NOT the version run)`) : ' (no plan approval recorded)'}`,
    injectIntro: (r, t) => `The scenario holds ${t} injects, ${r} of them released. The table lists each in order of release with its time, channel and sender, the roles it went to and its full text; injects never released come last.`,
    injectCols: { no: 'No.', released: 'Released\ndrill clock', content: 'Inject (channel: sender → roles)' },
    channel: 'Channel',
    sender: 'From',
    to: 'To',
    notReleased: 'not released',
    contingency: ' (contingency)',
    actionIntro: (s) =>
      `The injects expect ${s.total} actions: ${s.on_time} done on time, ${s.late} late, ${s.missed} missed${s.pending ? `, ${s.pending} still open` : ''}, ${s.not_released} whose inject was not released. An action counts when it happened (a late entry by its occurred time); voided entries do not count.`,
    actionCols: { action: 'Expected action', role: 'Role', times: 'Deadline\ndone', result: 'Result\n(entry)' },
    outcome: { on_time: 'on time', late: (by) => `late by ${by}`, missed: 'missed', pending: 'open', not_released: 'inject not released' },
    inject: (t) => `Inject: ${t}`,
    injectRef: (n) => `[inject ${n}] `,
    noPhase: 'No phase',
    objectivesIntro: "Each objective's rating is the evaluators' latest score; superseded scores are listed in appendix 2 only.",
    perfCols: { role: 'Role', people: 'People', tasks: 'Tasks', actions: 'Expected actions', rating: 'Rating', remark: 'Remarks' },
    perfActions: (s) => (s.total ? `${s.on_time} on time / ${s.late} late / ${s.missed} missed (of ${s.total})` : '—'),
    notRated: 'not rated',
    problem: {
      missed: (ph, a, r, d) => `[Missed] ${ph}: ${a} (${r}, due ${d})`,
      late: (ph, a, r, by, seq) => `[Late] ${ph}: ${a} (${r}, late by ${by}, entry #${seq})`,
      indicator: (l, t, a) => `[Timing target missed] ${l}: target ${t}, actual ${a}`,
      clock: (l, st) => `[Regulator report] ${l}: ${st}`,
      rating: (t, r, rem, seq) => `[Rated ${r}] ${t}${rem ? ` — ${rem}` : ''} (entry #${seq})`,
      lesson: (t) => `[Recorded by the evaluators] ${t}`,
      none: 'The record holds no missed or late expected action, no missed timing target and no M or U rating; the evaluators recorded no problem.',
      intro: 'Derived from the journal item by item (missed and late expected actions, missed timing targets and reporting clocks, objectives and roles rated M or U), followed by the problems the evaluators recorded; the evaluators add and correct them in the review.',
    },
    improvementCols: { no: 'No.', measure: 'Measure', owner: 'Owner\n(department)', dates: 'Start\ndue', status: 'Status', acceptance: 'Acceptance', capability: 'Capability' },
    status: { open: 'open', in_progress: 'in progress', done: 'done', accepted: 'accepted' },
    overdue: ' (overdue)',
    verdictTitle: "1. The evaluators' verdict",
    derivedTitle: '2. Summary derived from the record',
    verdict: (r, t) => `Overall rating: ${r}. ${t}`,
    noVerdict: 'The evaluators have not entered their verdict and overall rating in the review.',
    mismatch: (n) => `Note: the evaluators' verdict says everything was met, but the record shows ${n} problem(s) (see Problems found). They disagree: the evaluators should review before signing.`,
    actionsLine: (s) => `Of ${s.total} expected actions, ${s.on_time} were done on time, ${s.late} late and ${s.missed} missed${s.not_released ? `; ${s.not_released} belong to injects not released` : ''}.`,
    allMet: 'Every timing target was met, every expected action was done on time, and no objective or role was rated M or U.',
    notAllMet: (parts) => `Not everything was met: ${parts.join('; ')}. The improvement measures should address them.`,
    parts: {
      late: (n) => `${n} expected action(s) late`,
      missed: (n) => `${n} expected action(s) missed`,
      indicators: (l) => `${l.length} timing target(s) missed (${l.join(', ')})`,
      clocks: (n) => `${n} reporting clock(s) not met`,
      ratings: (n) => `${n} objective(s) or role(s) rated M or U`,
    },
    signatories: { commander: 'Incident commander', facilitator: 'Facilitator', evaluators: 'Evaluators', scribe: 'Scribe', reviewer: 'Reviewer' },
    signIntro: 'The undersigned confirm that these minutes are a true record of the drill and match the archive these anchors name.',
    signInIntro: 'Participants by role, named from the drill facts and the sign-ins recorded; blank lines for walk-ins.',
    signInCols: { role: 'Role', name: 'Name', department: 'Department', time: 'Signed in', sign: 'Signature' },
    staff: 'Organisers and evaluators',
    participantsSeeAppendix: (n) => (n ? `${n} roles staffed; names under Performance by role and in the sign-in sheet (appendix 1)` : '—'),
    lateMark: ' (late)',
    appendixIntro: (f) =>
      `All ${f.count} entries of drill ${f.drillId}, in order, including ${f.voided} voided and ${f.corrected} corrected${f.superseded ? ` and ${f.superseded} superseded score(s)` : ''}; the Response section shows ${f.body} of them, the rest are system entries, acknowledgements, ticked tasks and review entries. The journal is append-only: mistakes are fixed by correction entries. Each entry's hash covers the previous one's; the Hash column holds its first 8 hex digits for spot checks against the archive; the entry text is abbreviated (in full in the body or the archive).`,
    appendixCols: { seq: 'No.', time: 'Time  drill clock', clock: 'Drill clock', kind: 'Kind · role', role: 'Role', entry: 'Entry', hash: 'Hash' },
    supersededBy: (seq) => `[superseded by score #${seq}]`,
    voidedMark: '[voided]',
    correctedMark: '[corrected]',
  },
  sectionNo: (i) => `${i}. `,
  subNo: (s, i) => `${s}.${i} `,
  basic: {
    name: 'Drill',
    scenario: 'Scenario',
    date: 'Date',
    time: 'Start – end',
    duration: 'Duration',
    place: 'Place',
    organiser: 'Organiser',
    facilitator: 'Facilitator',
    scribe: 'Scribe',
    reviewer: 'Reviewer',
    participants: 'Participants',
    drillId: 'Drill ID',
    notStarted: 'not started',
    notFinished: 'not finished',
    pauses: (n, ms) => ` (paused ${n}×, ${ms} in total)`,
  },
  cols: {
    wallTime: 'Time',
    clock: 'Drill clock',
    when: 'Time\ndrill clock',
    wallAndClock: 'Time  drill clock',
    phase: 'Phase',
    role: 'Role',
    entry: 'Entry',
    seq: 'No.',
    kind: 'Kind',
    indicator: 'Indicator',
    span: 'From – to',
    target: 'Target',
    actual: 'Actual',
    result: 'Result',
    targetMin: 'Planned',
    objectOrRole: 'Objective / role',
    rating: 'Rating',
    remark: 'Remarks',
    no: 'No.',
    measure: 'Measure',
    owner: 'Owner',
    start: 'Start',
    due: 'Due',
    source: 'Source',
    attachments: 'Attachments and SHA-256',
    audience: 'Audience',
    phaseName: 'Phase',
  },
  none: 'None.',
  continued: (t) => `${t} (continued)`,
  beforeStart: 'Before the start',
  phaseLine: (target, actual, verdict) => `Planned ${target}, actual ${actual}, ${verdict}.`,
  starredNote: (shown, total) => `The table lists the ${shown} entries the facilitator starred (all ${total} entries are in the appendix).`,
  allNote: (shown) => `The table lists ${shown} entries by phase: what the participants logged and what the drill clock did (inject releases are in section 2); corrections are shown beside the original. Every entry is in appendix 2.`,
  status: { met: 'met', missed: 'missed', running: 'running', pending: 'not triggered', notReached: 'not reached', over: 'over time', within: 'on time', current: 'in progress', notRun: 'not run' },
  minutes: (n) => formatDuration(n * MINUTE, 'en'),
  ratingLegend: 'Ratings: P — performed without challenges; S — some challenges; M — major challenges; U — unable to perform.',
  ratings: { P: 'P (performed)', S: 'S (some challenges)', M: 'M (major challenges)', U: 'U (unable)' },
  target: { objective: 'Objective', role: 'Role' },
  audience: { media: 'media', public: 'public', customer: 'customer', regulator: 'regulator', internal: 'internal' },
  milestones: { start: 'start', discovered: 'discovered', reported: 'reported', verified: 'verified', first_response: 'first response', regulator_report: 'regulator report' },
  kinds: {
    'drill.setup': 'Drill created',
    'drill.facts': 'Drill facts',
    'clock.start': 'Start',
    'clock.pause': 'Pause',
    'clock.resume': 'Resume',
    'phase.advance': 'Phase change',
    'clock.finish': 'Finish',
    recovery: 'Recovery',
    'clock.jump': 'Clock jump',
    'clock.gap': 'Gap decided',
    'inject.released': 'Inject',
    'inject.acknowledged': 'Acknowledged',
    observation: 'Observation',
    decision: 'Decision',
    action: 'Action',
    communication: 'Communication',
    evidence: 'Evidence',
    'task.done': 'Task done',
    score: 'Score',
    lesson: 'Lesson',
    improvement: 'Improvement',
    correction: 'Correction',
    star: 'Star',
    spotlight: 'Spotlight',
    verdict: 'Verdict',
    'improvement.followup': 'Follow-up',
    'plan.approved': 'Plan approved',
    attendance: 'Check-in',
    'role.handover': 'Handover',
    'drill.archived': 'Archived',
    'feed.post': 'Control cell post',
    'inject.adhoc': 'Live inject',
  },
  describe: {
    setup: 'Drill created; scenario and facts loaded.',
    facts: 'Drill facts updated.',
    start: 'Drill started.',
    pause: 'Drill paused.',
    resume: 'Drill resumed.',
    finish: 'Drill finished.',
    advance: (p) => `Phase: ${p}.`,
    recovery: (d) => `Recovered after an interruption of ${d}.`,
    jump: (by, ahead, b, a) => `The PC clock jumped ${ahead ? 'ahead' : 'back'} by ${by} (${b} → ${a}); the drill clock runs on monotonic time and is unaffected.`,
    gap: (c) => (c ? `Facilitator: the restart gap of ${c} counts as drill time.` : 'Facilitator: the restart gap counts as paused, not as drill time.'),
    released: (t, manual, late) => `Inject released: ${t}${manual ? ' (by hand)' : ''}${late ? ` (late by ${late})` : ''}`,
    acknowledged: (t) => `Inject acknowledged: ${t}`,
    taskDone: (t) => `Task done: ${t}`,
    score: (target, rating, text) => `Score ${target}: ${rating}. ${text}`,
    lesson: (c, t) => `[${c}] ${t}`,
    improvement: (t, o, d) => `${t} (owner: ${o}; due: ${d})`,
    correction: (seq, t, v) => (v ? `Entry #${seq} voided. ${t}` : `Entry #${seq} corrected: ${t}`),
    star: (seq, s) => (s ? `Entry #${seq} starred.` : `Entry #${seq} unstarred.`),
    spotlight: (t) => (t === null ? 'Spotlight taken down from the projector.' : `Put on the projector in the spotlight: ${t}`),
    verdict: (r, t) => `Evaluators' verdict (overall rating ${r}): ${t}`,
    approved: (a, v) => `Plan approved by ${a}, scenario version ${v}.`,
    attendance: (n, d, late) => `${n}${d ? ` (${d})` : ''} signed in${late ? ' late' : ''}.`,
    handover: (f, t) => `Role handed over from ${f} to ${t}.`,
    followup: (seq, m, by, t) => `Measure #${seq} ${{ in_progress: 'in progress', done: 'done', accepted: 'accepted', reopened: 'reopened' }[m]} (${by})${t ? `: ${t}` : '.'}`,
    archived: (a) => (a ? 'Drill archived (hidden from the list).' : 'Drill brought back from the archive.'),
  },
  lessonCategory: { went_well: 'went well', to_improve: 'to improve', root_cause: 'root cause', problem: 'problem' },
  corrected: (seq, time, t) => `[Correction, #${seq}, ${time}] ${t}`,
  voided: (seq, time) => `[Voided, #${seq}, ${time}]`,
  afterFinish: (time) => ` (added after finish, ${time})`,
  late: (n, time, clock) => `[Logged ${n} min late, recorded at ${time} (${clock})]`,
  backdated: 'Late entry',
  happened: (clock) => `[Logged late: happened at ${clock}]`,
  timingDoubt: (clock) => (clock ? `[Timing doubtful: before the inject it answers (released ${clock})]` : '[Timing doubtful: the inject it answers was not released]'),
  cite: (m, seq, clock) => (seq === null || clock === null ? m : `${m} #${seq} ${clock}`),
  conclusion: (f) => {
    const out: string[] = [];
    if (f.start)
      out.push(
        `The drill started on ${f.date} at ${f.start}${f.end ? ` and finished at ${f.end} after ${f.duration}` : ' and had not finished at export'}${f.pauses ? `, with ${f.pauses} pause(s)` : ''}.`,
      );
    else out.push('The drill has not started.');
    out.push(
      `${f.phasesDone} of ${f.phases} phases were completed, ${f.released} of ${f.injects} injects released, ${f.met} of ${f.indicators} timing targets met; the journal holds ${f.entries} entries and ${f.measures} improvement measures were agreed.`,
    );
    out.push(...f.findings);
    if (f.draft) out.push('The drill has not finished; this conclusion reflects the record at export time.');
    return out;
  },
  signoff: { scribe: 'Scribe', reviewer: 'Reviewer', date: 'Date', sign: 'Signature: ' },
  anchorIntro: 'Anchor of the signed copy: the drill archive must match these values (the QR code holds the same).',
  anchor: {
    drillId: 'Drill',
    entries: 'Entries',
    finalHash: 'Final hash (SHA-256)',
    witness: 'Witness code',
    witnessIntro: 'Witness codes: shown on the projector at each phase change and at finish, made from the chain head at that moment; if they match the notes or photos taken in the room, the record up to that moment was not rewritten.',
    filing: 'Filing code (sent to head office or compliance at finish)',
  },
  appendixIntro: (n, id) =>
    `The ${n} original entries of drill ${id}, in order. The journal is append-only: mistakes are fixed by correction entries. Each entry's hash covers the previous entry's hash.`,
  finalHash: 'Final hash of the chain (SHA-256):',
  verifyHow:
    'To verify: take the drill archive (.drill) and run drillroom verify <archive.drill> --expect <the final hash above> on a PC with DrillRoom installed (from source: npm run cli -- verify …). Verification finds accidental damage and direct edits, deletions, insertions, reordering and truncation of entries. It cannot find a consistent rewrite of the whole record by someone who holds the file and this program: the hashes in the file are rewritten with it. Only anchors kept outside the file prove a record was not rewritten: the final hash and QR code on this signed paper copy, the witness codes shown on the projector during the drill and noted or photographed by those present, and the filing code sent to head office or compliance at finish. Check the archive against them.',
  exportedAt: (w) => `Generated by DrillRoom from the incident journal at ${w}.`,
  intro: (f) => `On ${f.date}, ${f.name} was held as planned. These minutes record it.`,
};

export function minutesText(language: 'zh-CN' | 'en'): MinutesText {
  return language === 'en' ? EN : ZH;
}
