// MSEL columns: which header words name which column, and how the time cells (T+15, 00:15, 15分钟) read as minutes.
import { normaliseLabel } from './channels';

export const MSEL_COLUMNS = ['seq', 'time', 'channel', 'sender', 'content', 'roles', 'action', 'deadline', 'kind', 'milestone', 'title', 'heat'] as const;
export type MselColumn = (typeof MSEL_COLUMNS)[number];

export const REQUIRED_COLUMNS: readonly MselColumn[] = ['time', 'channel', 'sender', 'content', 'roles'];

/** The canonical Chinese and English header of each column (used when a column is missing). */
export const COLUMN_NAMES: Record<MselColumn, { zh: string; en: string }> = {
  seq: { zh: '序号', en: 'No.' },
  time: { zh: '时间', en: 'Time' },
  channel: { zh: '渠道', en: 'Channel' },
  sender: { zh: '发送方', en: 'Sender' },
  content: { zh: '内容', en: 'Content' },
  roles: { zh: '接收角色', en: 'Target roles' },
  action: { zh: '预期行动', en: 'Expected action' },
  deadline: { zh: '时限', en: 'Deadline' },
  kind: { zh: '行动类型', en: 'Action kind' },
  milestone: { zh: '节点', en: 'Milestone' },
  title: { zh: '标题', en: 'Title' },
  heat: { zh: '热度', en: 'Heat' },
};

const HEADER_WORDS: Record<MselColumn, string[]> = {
  seq: ['序号', '编号', '序列号', '注入编号', 'no', 'no.', '#', 'id', 'seq', 'number'],
  time: ['时间', 't+分钟', 't+', '时间(t+分钟)', '时间(分钟)', '注入时间', '发布时间', '时间点', '偏移', '偏移(分钟)', 'time', 'offset', 'minute', 'minutes', 'offset (min)', 't+ (min)'],
  channel: ['渠道', '来源渠道', '注入渠道', '媒介', '平台', 'channel', 'medium'],
  sender: ['发送方', '发送人', '发布者', '发布人', '来源', '人设', '发件人', 'sender', 'from', 'persona'],
  content: ['内容', '注入内容', '情景内容', '情景', '正文', '消息', 'content', 'message', 'text', 'inject'],
  roles: ['接收角色', '接收方', '接收人', '接收对象', '目标角色', '角色', '责任角色', 'roles', 'role', 'target roles', 'target role', 'recipients', 'to'],
  action: ['预期行动', '预期动作', '期望行动', '预期响应', '预期处置', '应对要求', 'expected action', 'expected actions', 'expected response'],
  deadline: ['时限', '时限(分钟)', '完成时限', '响应时限', '处置时限', 'deadline', 'deadline (min)', 'deadline(min)', 'time limit'],
  kind: ['行动类型', '动作类型', '行动种类', '记录类型', '类型', 'action kind', 'action type', 'kind', 'type'],
  milestone: ['节点', '里程碑', '标记节点', '时效节点', '关键节点', 'milestone', 'milestones'],
  title: ['标题', '主题', '注入标题', 'title', 'subject', 'headline'],
  heat: ['热度', '热度值', 'heat'],
};

const BY_HEADER: ReadonlyMap<string, MselColumn> = new Map(
  MSEL_COLUMNS.flatMap((c) => HEADER_WORDS[c].map((w) => [normaliseLabel(w), c] as const)),
);

/** The column a header cell names: exact word first, then without a trailing "(unit)" note. */
export function columnOf(header: string): MselColumn | undefined {
  const key = normaliseLabel(header);
  if (key === '') return undefined;
  const exact = BY_HEADER.get(key) ?? BY_HEADER.get(key.replace(/\s+/g, ''));
  if (exact) return exact;
  const bare = key.replace(/\s*[([][^)\]]*[)\]]\s*$/, '').trim();
  return bare !== key ? BY_HEADER.get(bare) : undefined;
}

/** Minutes from "15", "15.5", "T+15", "00:15", "1:05:30", "15分钟", "15 min", "1小时30分"; undefined when unreadable. */
export function readMinutes(cell: string): number | undefined {
  let s = cell.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, '');
  s = s.replace(/^t\+/, '');
  let m = /^(\d+):(\d{1,2})(?::(\d{1,2}))?$/.exec(s);
  if (m) {
    const [h, min, sec] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
    if (min >= 60 || sec >= 60) return undefined;
    return h * 60 + min + sec / 60;
  }
  m = /^(\d+(?:\.\d+)?)(?:分钟|分|mins?|minutes?|m)?$/.exec(s);
  if (m) return Number(m[1]);
  m = /^(\d+(?:\.\d+)?)(?:小时|个小时|h|hrs?|hours?)(?:(\d+(?:\.\d+)?)(?:分钟|分|mins?|minutes?|m)?)?$/.exec(s);
  if (m) return Number(m[1]) * 60 + Number(m[2] ?? 0);
  return undefined;
}

/** Several roles in one cell: 、 ; ； / ， , or a line break between them. */
export const splitRoles = (cell: string): string[] =>
  cell
    .split(/[、;；/／，,\n]+/)
    .map((w) => w.trim())
    .filter((w) => w !== '');
