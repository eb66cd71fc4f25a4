// The minutes' words for the severity grade and the reporting clocks, in Chinese and English.
import type { GradeVerdict, ReportForm, SeverityGrade } from '../../shared/domain/severity';
import type { ReportingStatus } from '../../shared/domain/reporting';

export interface SeverityText {
  section: string;
  grade: Record<SeverityGrade, string>;
  expected: (grade: string, basis: string | null) => string;
  recorded: (grade: string, when: string, role: string, times: number) => string;
  notRecorded: string;
  verdict: Record<GradeVerdict, string>;
  noExpectation: string;
  cols: { clock: string; form: string; recipient: string; within: string; actual: string; result: string };
  form: Record<ReportForm, string>;
  status: Record<ReportingStatus, string>;
  /** Tag in front of an entry's text: the grade a decision gave, the form a regulator report took. */
  gradeTag: (grade: string) => string;
  formTag: (form: string) => string;
}

export const SEVERITY_ZH: SeverityText = {
  section: '研判定级与报告时限',
  grade: { I: '特别重大（I级）', II: '重大（II级）', III: '较大（III级）', IV: '一般（IV级）' },
  expected: (g, basis) => `剧本预期等级：${g}。${basis ? `定级依据：${basis}` : ''}`,
  recorded: (g, when, role, times) => `应急小组研判定级：${g}，由${role}于 ${when} 记录${times > 1 ? `（共定级 ${times} 次，以最后一次为准）` : ''}。`,
  notRecorded: '应急小组研判定级：未记录。',
  verdict: {
    match: '比较结论：小组定级与剧本预期一致。',
    over: '比较结论：小组定级高于剧本预期（定级偏高）。',
    under: '比较结论：小组定级低于剧本预期（定级偏低），可能导致报告时限和处置力度不足。',
    unrecorded: '比较结论：小组未记录研判定级，无法比较。',
    unexpected: '比较结论：剧本未规定预期等级。',
  },
  noExpectation: '剧本未规定预期等级。',
  cols: { clock: '报告时限', form: '方式', recipient: '报送对象', within: '时限', actual: '实际用时', result: '结果' },
  form: { phone: '电话报告', written: '书面报告' },
  status: { met: '按时', late: '超时', missed: '未报告', running: '计时中', pending: '未触发' },
  gradeTag: (g) => `〔定级：${g}〕`,
  formTag: (f) => `〔${f}〕`,
};

export const SEVERITY_EN: SeverityText = {
  section: 'Severity grade and reporting clocks',
  grade: { I: 'Grade I (especially serious)', II: 'Grade II (serious)', III: 'Grade III (relatively serious)', IV: 'Grade IV (general)' },
  expected: (g, basis) => `Grade the scenario expects: ${g}.${basis ? ` Basis: ${basis}` : ''}`,
  recorded: (g, when, role, times) => `Grade the team gave: ${g}, recorded by ${role} at ${when}${times > 1 ? ` (graded ${times} times; the last counts)` : ''}.`,
  notRecorded: 'Grade the team gave: none recorded.',
  verdict: {
    match: 'Comparison: the team\'s grade matches the scenario\'s.',
    over: 'Comparison: the team graded the event higher than the scenario expects.',
    under: 'Comparison: the team graded the event lower than the scenario expects, which risks late reports and too weak a response.',
    unrecorded: 'Comparison: the team recorded no grade, so none can be made.',
    unexpected: 'Comparison: the scenario names no expected grade.',
  },
  noExpectation: 'The scenario names no expected grade.',
  cols: { clock: 'Reporting clock', form: 'Form', recipient: 'To', within: 'Within', actual: 'Actual', result: 'Result' },
  form: { phone: 'phone report', written: 'written report' },
  status: { met: 'on time', late: 'late', missed: 'not reported', running: 'running', pending: 'not triggered' },
  gradeTag: (g) => `[Grade: ${g}] `,
  formTag: (f) => `[${f}] `,
};

export const severityText = (language: 'zh-CN' | 'en'): SeverityText => (language === 'en' ? SEVERITY_EN : SEVERITY_ZH);
