// Field problems in the user's words: `injects[3].channel` → 情景注入第 4 项 · 渠道, validation reasons in Chinese.
import { own } from '../domain/records';
import { BROKEN_TEXT_REASON } from '../domain/text';
import type { Language } from './errors';

interface FieldProblem {
  field: string;
  reason: string;
}

const FIELD_ZH: Record<string, string> = {
  schema: '格式版本',
  id: '编号',
  title: '标题',
  summary: '概述',
  language: '语言',
  objectives: '演练目标',
  phases: '阶段',
  roles: '角色',
  tasks: '任务',
  injects: '情景注入',
  timingTargets: '时效指标',
  name: '名称',
  text: '内容',
  targetMin: '目标时长(分钟)',
  offsetMin: '发布时间(分钟)',
  channel: '渠道',
  sender: '发送方',
  content: '正文',
  targetRoles: '接收角色',
  expectedActions: '应对要求',
  roleId: '角色',
  phaseId: '阶段',
  deadlineMin: '时限(分钟)',
  afterInjectId: '前置情景注入',
  label: '名称',
  from: '起点',
  to: '终点',
  facts: '演练信息',
  place: '地点',
  organiser: '组织单位',
  facilitator: '主持人',
  scribe: '记录人',
  reviewer: '审核人',
  participants: '参演人员',
  drillId: '演练编号',
  seq: '记录序号',
  kind: '记录类型',
  measure: '整改措施',
  owner: '责任人',
  due: '完成时限',
  start: '开始日期',
  remark: '评语',
  rating: '评级',
  files: '附件',
  category: '剧本类型',
  difficulty: '难度',
  stressedRoles: '重点检验角色',
  severity: '预期等级',
  grade: '等级',
  basis: '定级依据',
  reportingClocks: '报告时限',
  form: '报告方式',
  withinMin: '时限(分钟)',
  recipient: '报送对象',
  reportForm: '报告方式',
  titleEn: '英文标题',
  summaryEn: '英文概述',
  textEn: '英文内容',
  nameEn: '英文名称',
  labelEn: '英文名称',
  basisEn: '英文定级依据',
  goal: '阶段目标',
  duty: '职责',
  milestone: '标记节点',
  contingency: '备用注入',
  heat: '热度',
  customChannel: '自定义渠道',
  evaluateRoles: '按角色评估',
  heatRules: '热度规则',
  statementDrop: '及时声明降温',
  lateStatementDrop: '迟到声明降温',
  silenceAfterMin: '沉默起算(分钟)',
  silenceRisePerMin: '沉默每分钟升温',
  decayPerMin: '每分钟自然回落',
  defaultInjectHeat: '默认注入热度',
  spreadAt: '扩散阈值',
  fallRatio: '回落比例',
  offChannelStatementFactor: '异渠道声明降温比例',
  controlPostHeat: '导演组发帖热度',
  controlCommentHeat: '导演组评论热度',
  officialAccount: '官方账号名称',
};

const REASON_ZH: [RegExp, string | ((m: RegExpExecArray) => string)][] = [
  [/^must not be empty$/, '不能为空'],
  [/^at most (\d+) characters$/, '最多 $1 个字符'],
  [/^only letters, digits, _ \. -$/, '只能使用字母、数字和 _ . -'],
  [/^must be greater than 0$/, '必须大于 0'],
  [/^must not be negative$/, '不能为负数'],
  [/^name at least one (\w+)$/, '至少需要一项'],
  [/^duplicate id "(.+)"$/, '编号“$1”重复'],
  [/^reserved name "(.+)"$/, '“$1”是保留名称,不能用作角色编号,请换一个编号'],
  [/^unknown role "(.+)"; use the role id (\S+) \((.+)\)$/, '应为角色编号 $2($3)'],
  [/^unknown role "(.+)"$/, '角色“$1”不存在'],
  [/^unknown field "(.+)"$/, '不认识的字段“$1”,请删除或改正拼写'],
  [/^must be one of: (.+)$/, (m) => `取值应为以下之一:${m[1]!.split(', ').join('、')}`],
  [/^"(.+)" is not a channel id; use the channel id (\S+) \((.+)\)$/, '“$1”应写作渠道编号 $2($3)'],
  [/^unknown channel "(.+)": use a known channel id/, '渠道“$1”不是本产品认识的渠道:请改用已知渠道编号,或以 "customChannel": true 确认为自定义渠道(非公开:不进入舆情动态,不计热度)'],
  [/^T\+(\S+) min is after the last phase ends \(T\+(\S+) min\)$/, 'T+$1 分钟已超出全部阶段(至 T+$2 分钟结束)'],
  [/^at T\+(\S+) min the drill is in phase "(.+)", not "(.+)"$/, 'T+$1 分钟时演练处于阶段“$2”,不是“$3”'],
  [/^waits in a circle \((.+)\)$/, '前置情景注入首尾相接($1),这些注入永远不会发布'],
  [/^no inject marks milestone discovered/, '没有任何情景注入标记“发现”(milestone discovered),发现→上报无法计时'],
  [/^a second inject marks milestone discovered/, '又一条情景注入标记了“发现”,只有最先发布的一条计入'],
  [/^heat on the private channel "(.+)" does not reach the opinion index$/, '“$1”是非公开渠道,热度不会计入舆情指数'],
  [/^the role has no tasks$/, '该角色没有任何任务'],
  [/^unknown phase "(.+)"$/, '阶段“$1”不存在'],
  [/^unknown inject "(.+)"$/, '情景注入“$1”不存在'],
  [/^not valid JSON: (.*)$/, '不是有效的 JSON 文件($1)'],
  [/expected (\w+), received undefined/, '缺少此项'],
  [/expected (\w+), received (\w+)/, '类型不对(应为 $1,实为 $2)'],
  [/^Invalid input: expected "drillroom\.scenario\/1"/, '应为 "drillroom.scenario/1"'],
  [/^date as YYYY-MM-DD$|^Invalid string: must match pattern/, '格式不对(日期请写成 YYYY-MM-DD)'],
  [/^Unrecognized key/, '含有不认识的字段'],
  [/^Invalid option/, '取值不在可选范围内'],
  [/^Too big: expected string to have <=(\d+) characters$/, '最多 $1 个字符'],
  [/^Too small: expected string to have >=1 characters$/, '不能为空'],
  [new RegExp(`^${BROKEN_TEXT_REASON.replace(/[()]/g, '\\$&')}$`), '含有不完整的字符(半个代理对),无法原样保存,请删除该字符后重试'],
];

function fieldZh(field: string): string {
  if (field === '(root)') return '文件';
  return field
    .split('.')
    .map((part) => {
      const m = /^(\w+)((?:\[\d+\])*)$/.exec(part);
      if (!m) return part;
      const label = own(FIELD_ZH, m[1]!) ?? m[1]!;
      const idx = [...m[2]!.matchAll(/\[(\d+)\]/g)].map((x) => Number(x[1]) + 1);
      return idx.length ? `${label}第 ${idx.join('-')} 项` : label;
    })
    .join(' · ');
}

function reasonZh(reason: string): string {
  for (const [re, zh] of REASON_ZH) {
    const m = re.exec(reason);
    if (!m) continue;
    if (typeof zh === 'function') return zh(m);
    return zh.replace(/\$(\d)/g, (_: string, i: string) => m[Number(i)] ?? '');
  }
  return reason;
}

export function describeProblem(p: FieldProblem, lang: Language): { field: string; reason: string } {
  return lang === 'zh-CN' ? { field: fieldZh(p.field), reason: reasonZh(p.reason) } : p;
}
