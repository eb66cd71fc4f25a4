// The spreadsheet tables: the drill ledger (with per-year and per-branch sheets), the improvement ledger and one drill's journal.
import { formatDrillClock, MINUTE } from '../../shared/domain/clock';
import type { DrillLedger, DrillLedgerRow, LedgerGroup } from '../../shared/domain/drillLedger';
import { effectiveJournal } from '../../shared/domain/effective';
import type { AnyEntry } from '../../shared/domain/entry';
import { fold } from '../../shared/domain/fold';
import { shortVersion } from '../../shared/domain/scenarioVersion';
import { minutesText } from '../minutes/catalogue';
import type { ImprovementLedgerRow } from '../../shared/domain/improvementLedger';
import type { CellValue, Column, Table } from './table';

export type Lang = 'zh-CN' | 'en';

const col = (header: string, width: number, kind: Column['kind'] = 'text'): Column => ({ header, width, kind });

const WORDS = {
  'zh-CN': {
    drillSheet: '演练台账',
    yearSheet: '按年度',
    branchSheet: '按机构',
    improvementSheet: '整改台账',
    journalSheet: '演练记录',
    noBranch: '（未填机构）',
    type: { tabletop: '桌面推演', live: '实战演练' },
    notice: { announced: '预先通知', no_notice: '突击' },
    status: { ready: '未开始', running: '进行中', paused: '已暂停', finished: '已结束' },
    improvement: { open: '待整改', in_progress: '整改中', done: '已完成', accepted: '已验收' },
    yes: '是',
    extraKinds: { verdict: '演练结论', 'improvement.followup': '整改跟进', 'plan.approved': '方案审批', attendance: '签到', 'role.handover': '岗位交接', 'drill.archived': '归档' } as Record<string, string>,
  },
  en: {
    drillSheet: 'Drill ledger',
    yearSheet: 'By year',
    branchSheet: 'By branch',
    improvementSheet: 'Improvement ledger',
    journalSheet: 'Journal',
    noBranch: '(no branch)',
    type: { tabletop: 'Tabletop', live: 'Live' },
    notice: { announced: 'Announced', no_notice: 'No-notice' },
    status: { ready: 'Not started', running: 'Running', paused: 'Paused', finished: 'Finished' },
    improvement: { open: 'Open', in_progress: 'In progress', done: 'Done', accepted: 'Accepted' },
    yes: 'yes',
    extraKinds: { verdict: 'Verdict', 'improvement.followup': 'Improvement follow-up', 'plan.approved': 'Plan approved', attendance: 'Check-in', 'role.handover': 'Role handover', 'drill.archived': 'Archived' } as Record<string, string>,
  },
} as const;

const HEAD = {
  'zh-CN': {
    drill: ['日期', '机构', '演练名称', '情景', '情景版本', '演练形式', '通知方式', '状态', '参演人数', '指标达标', '指标总数', '达标率', '各目标评级', '总体结论', '关键动作按时', '关键动作总数', '整改未完成', '整改已完成', '整改逾期', '记录条数', '最终哈希', '见证码', '备案码', '演练编号'],
    group: { year: '年度', branch: '机构', drills: '演练次数', met: '指标达标', total: '指标总数', share: '达标率', actionsOnTime: '关键动作按时', actionsTotal: '关键动作总数', open: '整改未完成', avg: (l: string) => `${l} 平均（分钟）` },
    improvement: ['演练名称', '机构', '演练日期', '记录号', '整改措施', '责任人', '责任部门', '开始日期', '完成期限', '状态', '逾期', '验收标准', '跟进次数', '最近跟进', '演练编号'],
    journal: ['序号', '时间', '演练时钟', '类型', '阶段', '岗位', '内容', '已作废', '数据', '哈希', '前一哈希'],
  },
  en: {
    drill: ['Date', 'Branch', 'Drill', 'Scenario', 'Scenario version', 'Type', 'Notice', 'Status', 'Participants', 'Indicators met', 'Indicators', 'Share met', 'Ratings by objective', 'Verdict', 'Actions on time', 'Expected actions', 'Improvements open', 'Improvements closed', 'Improvements overdue', 'Entries', 'Final hash', 'Witness codes', 'Filing code', 'Drill id'],
    group: { year: 'Year', branch: 'Branch', drills: 'Drills', met: 'Indicators met', total: 'Indicators', share: 'Share met', actionsOnTime: 'Actions on time', actionsTotal: 'Expected actions', open: 'Improvements open', avg: (l: string) => `${l} average (min)` },
    improvement: ['Drill', 'Branch', 'Drill date', 'Entry #', 'Measure', 'Owner', 'Department', 'Start', 'Due', 'Status', 'Overdue', 'Acceptance', 'Follow-ups', 'Last follow-up', 'Drill id'],
    journal: ['#', 'Time', 'Drill clock', 'Kind', 'Phase', 'Role', 'Text', 'Voided', 'Data', 'Hash', 'Previous hash'],
  },
} as const;

const ratingsText = (r: DrillLedgerRow, lang: Lang) =>
  r.ratings
    .filter((x) => x.rating)
    .map((x) => `${lang === 'en' ? (x.textEn ?? x.text) : x.text}: ${x.rating}`)
    .join(lang === 'en' ? '; ' : '；');

export function drillLedgerTables(ledger: DrillLedger, lang: Lang): Table[] {
  const W = WORDS[lang];
  const H = HEAD[lang];
  const widths = [12, 16, 24, 24, 14, 10, 10, 8, 9, 9, 9, 9, 36, 9, 11, 11, 10, 10, 9, 9, 66, 24, 21, 28];
  const kinds: Column['kind'][] = ['date', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'int', 'int', 'int', 'percent', 'text', 'text', 'int', 'int', 'int', 'int', 'int', 'int', 'text', 'text', 'text', 'text'];
  const drills: Table = {
    sheet: W.drillSheet,
    columns: H.drill.map((h, i) => col(h, widths[i]!, kinds[i])),
    rows: ledger.rows.map((r): CellValue[] => [
      r.dateYmd,
      r.branch || W.noBranch,
      r.name,
      lang === 'en' ? (r.scenarioTitleEn ?? r.scenarioTitle) : r.scenarioTitle,
      shortVersion(r.scenarioVersion),
      W.type[r.drillType],
      W.notice[r.notice],
      W.status[r.status],
      r.participants,
      r.indicatorsMet,
      r.indicatorsTotal,
      r.indicatorsTotal ? r.indicatorsMet / r.indicatorsTotal : null,
      ratingsText(r, lang),
      r.verdict ?? '',
      r.actionsOnTime,
      r.actionsTotal,
      r.improvementsOpen,
      r.improvementsClosed,
      r.improvementsOverdue,
      r.entryCount,
      r.finalHash,
      r.witnessCodes.join(' '),
      r.filingCode ?? '',
      r.drillId,
    ]),
  };
  return [drills, groupTable(W.yearSheet, H.group.year, ledger.byYear, lang, 'int'), groupTable(W.branchSheet, H.group.branch, ledger.byBranch, lang, 'text')];
}

function groupTable(sheet: string, keyHeader: string, groups: readonly LedgerGroup[], lang: Lang, keyKind: 'int' | 'text'): Table {
  const G = HEAD[lang].group;
  const indicatorIds = [...new Map(groups.flatMap((g) => g.averages.map((a) => [a.id, lang === 'en' ? (a.labelEn ?? a.label) : a.label] as const)))];
  return {
    sheet,
    columns: [
      col(keyHeader, 16, keyKind),
      col(G.drills, 9, 'int'),
      col(G.met, 9, 'int'),
      col(G.total, 9, 'int'),
      col(G.share, 9, 'percent'),
      col(G.actionsOnTime, 11, 'int'),
      col(G.actionsTotal, 11, 'int'),
      col(G.open, 10, 'int'),
      ...indicatorIds.map(([, label]) => col(G.avg(label), 16, 'number')),
    ],
    rows: groups.map((g) => [
      keyKind === 'int' ? Number(g.key) : g.key || WORDS[lang].noBranch,
      g.drills,
      g.indicatorsMet,
      g.indicatorsTotal,
      g.shareMet,
      g.actionsOnTime,
      g.actionsTotal,
      g.improvementsOpen,
      ...indicatorIds.map(([id]) => {
        const a = g.averages.find((x) => x.id === id);
        return a ? Math.round((a.averageMs / MINUTE) * 10) / 10 : null;
      }),
    ]),
  };
}

export function improvementLedgerTable(rows: readonly ImprovementLedgerRow[], lang: Lang): Table {
  const W = WORDS[lang];
  const widths = [24, 16, 12, 8, 40, 10, 12, 12, 12, 9, 7, 30, 9, 12, 28];
  const kinds: Column['kind'][] = ['text', 'text', 'date', 'int', 'text', 'text', 'text', 'date', 'date', 'text', 'text', 'text', 'int', 'date', 'text'];
  return {
    sheet: W.improvementSheet,
    columns: HEAD[lang].improvement.map((h, i) => col(h, widths[i]!, kinds[i])),
    rows: rows.map((r) => [
      r.drillName,
      r.branch || W.noBranch,
      r.drillDate,
      r.seq,
      r.measure,
      r.owner,
      r.department ?? '',
      r.start ?? '',
      r.due,
      W.improvement[r.status],
      r.overdue ? W.yes : '',
      r.acceptance ?? '',
      r.followUps,
      r.lastMove?.date ?? '',
      r.drillId,
    ]),
  };
}

/** One drill's journal, every entry as recorded (voided ones marked), with its hashes. */
export function journalTable(entries: readonly AnyEntry[], lang: Lang): Table {
  const W = WORDS[lang];
  const state = fold(entries);
  const kinds = minutesText(lang).kinds;
  const voided = effectiveJournal(entries).voided;
  const phase = new Map(state.scenario.phases.map((p) => [p.id, lang === 'en' ? (p.nameEn ?? p.name) : p.name]));
  const role = new Map(state.scenario.roles.map((r) => [r.id, lang === 'en' ? (r.nameEn ?? r.name) : r.name]));
  const widths = [7, 20, 10, 12, 14, 14, 60, 7, 40, 66, 66];
  const colKinds: Column['kind'][] = ['int', 'datetime', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text'];
  return {
    sheet: W.journalSheet,
    columns: HEAD[lang].journal.map((h, i) => col(h, widths[i]!, colKinds[i])),
    rows: entries.map((e) => [
      e.seq,
      { at: e.at, tzOffsetMin: state.tzOffsetMin },
      formatDrillClock(e.clockMs),
      kinds[e.kind] ?? W.extraKinds[e.kind] ?? e.kind,
      e.phaseId ? (phase.get(e.phaseId) ?? e.phaseId) : '',
      e.roleId ? (role.get(e.roleId) ?? e.roleId) : '',
      e.text,
      voided.has(e.seq) ? W.yes : '',
      // The setup entry carries the whole scenario pack: the journal sheet names it rather than repeating it.
      e.kind === 'drill.setup' ? `${state.scenario.title} (${state.scenario.id})` : JSON.stringify(e.data),
      e.hash,
      e.prevHash,
    ]),
  };
}

