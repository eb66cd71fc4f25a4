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
    decisions: string;
    indicators: string;
    evaluation: string;
    problems: string;
    lessons: string;
    improvements: string;
    evidence: string;
    conclusion: string;
    signoff: string;
    appendix: string;
  };
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
  missed: string[];
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
    basic: '基本情况',
    objectives: '演练目标',
    scenario: '情景概要',
    process: '演练过程',
    decisions: '决策与沟通',
    indicators: '时效指标',
    evaluation: '评估评分',
    problems: '发现的问题',
    lessons: '经验教训',
    improvements: '整改措施',
    evidence: '证据清单',
    conclusion: '演练结论',
    signoff: '签字确认',
    appendix: '附录：完整事件日志',
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
  allNote: (shown) => `下表按阶段列出演练过程记录 ${shown} 条；更正以“原记录/更正”对照列出，全部原始记录见附录。`,
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
    if (f.missed.length) out.push(`未达标的指标：${f.missed.join('、')}。应在整改中予以重点关注。`);
    else if (f.indicators > 0) out.push('各项时效指标均在目标时限内完成。');
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
    basic: 'Basic information',
    objectives: 'Objectives',
    scenario: 'Scenario summary',
    process: 'Process',
    decisions: 'Decisions and communications',
    indicators: 'Timing indicators',
    evaluation: 'Evaluation',
    problems: 'Problems found',
    lessons: 'Lessons learned',
    improvements: 'Improvement measures',
    evidence: 'Evidence',
    conclusion: 'Conclusion',
    signoff: 'Sign-off',
    appendix: 'Appendix: full incident journal',
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
  allNote: (shown) => `The table lists ${shown} entries by phase; corrections are shown beside the original. Every original entry is in the appendix.`,
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
    if (f.missed.length) out.push(`Targets missed: ${f.missed.join(', ')}. The improvement measures should address them.`);
    else if (f.indicators > 0) out.push('Every timing target was met.');
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
