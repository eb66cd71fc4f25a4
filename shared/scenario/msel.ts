// MSEL import: a spreadsheet of timed injects (CSV text) checked row by row into Injects; nothing comes out until every row is clean.
import { InjectSchema, type Inject } from '../domain/scenario';
import { clipText } from '../domain/text';
import { channelChoices, channelOfRow } from './channels';
import { actionsOfRow, cellLines, KIND_ZH, kindOf, MILESTONE_ZH, milestoneOf } from './mselActions';
import { guessDelimiter, parseCsv, type CsvField } from './csv';
import { COLUMN_NAMES, columnOf, readMinutes, REQUIRED_COLUMNS, splitRoles, type MselColumn } from './mselColumns';
import { DEFAULT_ROLES, roleFinder, type NamedRole } from './roles';

export interface MselProblem {
  /** Physical line of the CSV file (1-based) where the bad cell starts. */
  line: number;
  /** The column's header as written in the file ('' for a problem with the whole row or file). */
  column: string;
  reason: string;
  reasonEn: string;
}

export type MselCheck = { ok: true; injects: Inject[] } | { ok: false; problems: MselProblem[] };

/** A pack holds at most this many injects. */
export const MAX_MSEL_ROWS = 500;
const MAX_MINUTES = 24 * 60;

/** "第 5 行 “渠道”: 不能为空" (or the English form). */
export function formatMselProblem(p: MselProblem, lang: 'zh-CN' | 'en' = 'zh-CN'): string {
  if (lang === 'en') return `Line ${p.line}${p.column ? ` "${p.column}"` : ''}: ${p.reasonEn}`;
  return `第 ${p.line} 行${p.column ? ` “${p.column}”` : ''}: ${p.reason}`;
}

/** Check CSV text (already decoded) against the roles the injects may target; roles default to the nine standard ones. */
export function parseMsel(text: string, roles: readonly NamedRole[] = DEFAULT_ROLES): MselCheck {
  const problems: MselProblem[] = [];
  const say = (line: number, column: string, reason: string, reasonEn: string) => problems.push({ line, column, reason, reasonEn });
  const csv = parseCsv(text, guessDelimiter(text));
  for (const p of csv.problems) {
    if (p.reason === 'unclosed_quote') say(p.line, '', '引号未闭合:从此行开始的单元格缺少结尾的英文双引号', 'unclosed quote: the cell starting on this line has no closing double quote');
    else say(p.line, '', '结尾引号后还有文字', 'text after a closing quote');
  }
  const blank = (fs: CsvField[]) => fs.every((f) => f.value.trim() === '');
  const rows = csv.records.filter((r) => !blank(r.fields));
  const header = rows.shift();
  if (!header) {
    say(1, '', '文件是空的:第一行应为表头(序号、时间、渠道、发送方、内容、接收角色、预期行动、时限)', 'the file is empty: the first line should be the header');
    return { ok: false, problems };
  }

  // Which cell index holds which column.
  const at = new Map<MselColumn, { index: number; name: string }>();
  header.fields.forEach((f, index) => {
    const col = columnOf(f.value);
    if (!col) return;
    const name = f.value.normalize('NFKC').trim();
    if (at.has(col)) say(header.line, name, `与“${at.get(col)!.name}”是同一列,表头重复`, `same column as "${at.get(col)!.name}": duplicate header`);
    else at.set(col, { index, name });
  });
  for (const col of REQUIRED_COLUMNS)
    if (!at.has(col))
      say(header.line, COLUMN_NAMES[col].zh, `表头缺少此列(可写作“${COLUMN_NAMES[col].zh}”)`, `the header has no "${COLUMN_NAMES[col].zh}" (${COLUMN_NAMES[col].en}) column`);
  if (problems.length > 0) return { ok: false, problems };
  if (rows.length === 0) {
    say(header.line, '', '表头之后没有任何注入行', 'no inject rows after the header');
    return { ok: false, problems };
  }
  if (rows.length > MAX_MSEL_ROWS)
    say(rows[MAX_MSEL_ROWS]!.line, '', `注入行过多(最多 ${MAX_MSEL_ROWS} 行)`, `too many inject rows (at most ${MAX_MSEL_ROWS})`);

  const findRole = roleFinder(roles);
  const roleList = roles.map((r) => r.name).join('、');
  const seenSeq = new Map<string, number>();
  const injects: Inject[] = [];

  rows.forEach((row, rowIndex) => {
    const before = problems.length;
    const cell = (col: MselColumn) => {
      const c = at.get(col);
      const f = c ? row.fields[c.index] : undefined;
      // `raw` keeps leading blank lines: line k of 节点 belongs to line k of 预期行动.
      return { value: (f?.value ?? '').trim(), raw: f?.value ?? '', line: f?.line ?? row.line, name: c?.name ?? COLUMN_NAMES[col].zh };
    };
    const required = (col: MselColumn) => {
      const c = cell(col);
      if (c.value === '') say(c.line, c.name, '不能为空', 'must not be empty');
      return c;
    };
    row.fields.forEach((f, i) => {
      if (i >= header.fields.length && f.value.trim() !== '')
        say(f.line, '', `第 ${i + 1} 列“${clip(f.value)}”没有表头(内容里的英文逗号需要用双引号括起来)`, `cell ${i + 1} "${clip(f.value)}" has no header (quote cells that contain commas)`);
    });

    // 序号 names the inject; without it the row number does.
    const seqCell = cell('seq');
    let seq = seqCell.value.normalize('NFKC');
    if (seq === '') seq = String(rowIndex + 1);
    else if (!/^[A-Za-z0-9_.-]{1,60}$/.test(seq)) say(seqCell.line, seqCell.name, '序号只能包含字母、数字、_ . -', 'only letters, digits, _ . - are allowed');
    else if (seenSeq.has(seq)) say(seqCell.line, seqCell.name, `序号“${seq}”与第 ${seenSeq.get(seq)} 行重复`, `"${seq}" repeats line ${seenSeq.get(seq)}`);
    if (!seenSeq.has(seq)) seenSeq.set(seq, seqCell.line);

    const time = required('time');
    const offsetMin = time.value === '' ? undefined : readMinutes(time.value);
    if (time.value !== '' && offsetMin === undefined)
      say(time.line, time.name, `无法识别的时间“${clip(time.value)}”:请写分钟数,如 15、T+15、00:15 或 15分钟`, `unreadable time "${clip(time.value)}": write minutes, e.g. 15, T+15, 00:15 or 15 min`);
    else if (offsetMin !== undefined && offsetMin > MAX_MINUTES) say(time.line, time.name, '时间超过 24 小时', 'more than 24 hours');

    const channel = required('channel');
    const sender = required('sender');
    const content = required('content');
    const channelId = channel.value === '' ? undefined : channelOfRow(channel.value, sender.value, content.value);
    if (channel.value !== '' && !channelId)
      say(
        channel.line,
        channel.name,
        `未知渠道“${clip(channel.value)}”:请改为以下之一:${channelChoices('zh-CN')}(确为自定义渠道的,导入后在剧本编辑器中确认)`,
        `unknown channel "${clip(channel.value)}": use one of ${channelChoices('en')} (confirm a channel of its own in the scenario editor after import)`,
      );
    const rolesCell = required('roles');
    const targetRoles: string[] = [];
    for (const word of splitRoles(rolesCell.value)) {
      const id = findRole(word);
      if (!id) say(rolesCell.line, rolesCell.name, `未知角色“${clip(word)}”(可用角色:${roleList})`, `unknown role "${clip(word)}"`);
      else if (!targetRoles.includes(id)) targetRoles.push(id);
    }

    const actionCell = cell('action');
    const deadlineCell = cell('deadline');
    const deadlineMin = deadlineCell.value === '' ? undefined : readMinutes(deadlineCell.value);
    if (deadlineCell.value !== '' && (deadlineMin === undefined || deadlineMin <= 0))
      say(deadlineCell.line, deadlineCell.name, `无法识别的时限“${clip(deadlineCell.value)}”:请写大于 0 的分钟数,如 30`, `unreadable deadline "${clip(deadlineCell.value)}": write minutes greater than 0, e.g. 30`);
    else if (deadlineMin !== undefined && deadlineMin > MAX_MINUTES) say(deadlineCell.line, deadlineCell.name, '时限超过 24 小时', 'more than 24 hours');
    else if (actionCell.value !== '' && deadlineMin === undefined)
      say(deadlineCell.line, deadlineCell.name, '填写了预期行动,请同时填写时限(分钟)', 'an expected action needs a deadline in minutes');
    const actionLines = cellLines(actionCell.raw).filter((l) => l !== '').length;
    // 行动类型 and 节点: one value for the row, or one per action line; 发现 is marked by the inject's release itself.
    const kindCell = cell('kind');
    const kinds = cellLines(kindCell.raw).map((w) => {
      if (w === '') return undefined;
      const k = kindOf(w);
      if (!k) say(kindCell.line, kindCell.name, `无法识别的行动类型“${clip(w)}”(可填:${KIND_ZH})`, `unknown action kind "${clip(w)}" (one of: observation, decision, action, communication, evidence)`);
      return k;
    });
    const milestoneCell = cell('milestone');
    let injectMilestone: 'discovered' | undefined;
    const milestones = cellLines(milestoneCell.raw).map((w) => {
      if (w === '') return undefined;
      const m = milestoneOf(w);
      if (!m) say(milestoneCell.line, milestoneCell.name, `无法识别的节点“${clip(w)}”(可填:${MILESTONE_ZH})`, `unknown milestone "${clip(w)}"`);
      if (m === 'discovered') injectMilestone = m;
      return m === 'discovered' ? undefined : m;
    });
    if (milestones.filter(Boolean).length > 0 && actionLines > 1 && milestones.length !== actionLines)
      say(milestoneCell.line, milestoneCell.name, '有多条预期行动时,请逐行填写节点(与预期行动的行一一对应)', 'several expected actions: give the milestone line by line, one per action');
    if (milestones.filter(Boolean).length > 0 && actionLines === 0)
      say(milestoneCell.line, milestoneCell.name, '除“发现”外,节点由预期行动标记:请同时填写预期行动', 'a milestone other than discovered is marked by an expected action: fill one in');
    const expectedActions = actionsOfRow(
      { action: actionCell.value, deadlineMin: deadlineMin ?? 0, kinds, milestones: actionLines === 1 ? [milestones.find(Boolean)] : milestones },
      roles,
      targetRoles,
    );

    const heatCell = cell('heat');
    const heat = heatCell.value === '' ? undefined : Number(heatCell.value.normalize('NFKC'));
    if (heat !== undefined && !(Number.isFinite(heat) && heat >= 0 && heat <= 100))
      say(heatCell.line, heatCell.name, '热度应为 0 到 100 之间的数字', 'heat must be a number from 0 to 100');
    const title = cell('title').value;

    if (problems.length > before) return;
    const draft = {
      id: `m-${seq}`,
      offsetMin: offsetMin ?? 0,
      channel: channelId ?? '',
      ...(injectMilestone ? { milestone: injectMilestone } : {}),
      sender: sender.value,
      ...(title ? { title } : {}),
      content: content.value,
      targetRoles,
      expectedActions,
      ...(heat !== undefined ? { heat } : {}),
    };
    const res = InjectSchema.safeParse(draft);
    if (res.success) {
      injects.push(res.data);
      return;
    }
    // Whatever the schema still refuses (lengths, mostly) is named by its column.
    const FIELD_COLUMN: Record<string, MselColumn> = {
      id: 'seq', offsetMin: 'time', channel: 'channel', sender: 'sender', title: 'title', content: 'content', targetRoles: 'roles', expectedActions: 'action', heat: 'heat',
    };
    for (const issue of res.error.issues) {
      const col = FIELD_COLUMN[String(issue.path[0])] ?? 'content';
      const c = cell(col);
      const limit = /at most (\d+) characters/.exec(issue.message);
      if (limit) say(c.line, c.name, `过长(最多 ${limit[1]} 字)`, `too long (at most ${limit[1]} characters)`);
      else say(c.line, c.name, issue.message, issue.message);
    }
  });

  if (problems.length > 0) return { ok: false, problems: problems.sort((a, b) => a.line - b.line) };
  return { ok: true, injects };
}

const clip = (s: string) => (s.length > 20 ? `${clipText(s, 20)}…` : s);

