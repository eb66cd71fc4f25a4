// Page and type of the minutes: A4 with official-document margins, fonts set in styles with eastAsia names.
import { AlignmentType, LineRuleType, type IStylesOptions } from 'docx';

const mm = (n: number) => Math.round((n * 1440) / 25.4);

export const PAGE = {
  width: 11906,
  height: 16838,
  margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), header: mm(15), footer: mm(20) },
};
/** Text width in twips: what every table's columns sum to. */
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

/** Widths (twips) for each table; the last column takes what is left. */
export function widths(...fixed: number[]): number[] {
  const used = fixed.reduce((a, b) => a + b, 0);
  return [...fixed, TEXT_WIDTH - used];
}

const LATIN = 'Times New Roman';
const font = (eastAsia: string, latin = LATIN) => ({ ascii: latin, hAnsi: latin, cs: latin, eastAsia, hint: 'eastAsia' as const });

/** Chinese sizes in half-points: 二号 22pt, 三号 16pt, 四号 14pt, 小四 12pt, 五号 10.5pt, 小五 9pt, 六号 7.5pt. */
const SIZE = { er: 44, san: 32, si: 28, xiaosi: 24, wu: 21, xiaowu: 18, liu: 15 };

export const STYLE = {
  title: 'MinutesTitle',
  subtitle: 'MinutesSubtitle',
  h1: 'MinutesHeading1',
  h2: 'MinutesHeading2',
  body: 'MinutesBody',
  note: 'MinutesNote',
  tableHead: 'TableHead',
  tableText: 'TableText',
  tableHeadSmall: 'TableHeadSmall',
  tableTextSmall: 'TableTextSmall',
  tableHeadDense: 'TableHeadDense',
  tableTextDense: 'TableTextDense',
  caption: 'TableCaption',
  hash: 'HashText',
  header: 'PageHeaderText',
  footer: 'PageFooterText',
  signoff: 'SignOff',
  warning: 'MinutesWarning',
} as const;

export function minutesStyles(): IStylesOptions {
  const para = (
    id: string,
    name: string,
    run: Record<string, unknown>,
    paragraph: Record<string, unknown>,
  ) => ({ id, name, basedOn: 'Normal', next: STYLE.body, quickFormat: true, run, paragraph });
  const exact = (pt: number) => ({ line: pt * 20, lineRule: LineRuleType.EXACT });
  return {
    default: {
      document: {
        run: { font: font('仿宋'), size: SIZE.si, language: { value: 'en-US', eastAsia: 'zh-CN' } },
        paragraph: { spacing: { line: 312, lineRule: LineRuleType.AUTO } },
      },
    },
    paragraphStyles: [
      para(STYLE.title, 'Minutes Title', { font: font('黑体'), size: SIZE.er, bold: false }, { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 120, line: 600, lineRule: LineRuleType.AUTO }, keepNext: true }),
      para(STYLE.subtitle, 'Minutes Subtitle', { font: font('楷体'), size: SIZE.si }, { alignment: AlignmentType.CENTER, spacing: { after: 240 } }),
      para(STYLE.h1, 'Minutes Heading 1', { font: font('黑体'), size: SIZE.san }, { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true, outlineLevel: 0 }),
      para(STYLE.h2, 'Minutes Heading 2', { font: font('楷体'), size: SIZE.si, bold: true }, { spacing: { before: 120, after: 60 }, keepNext: true, keepLines: true, outlineLevel: 1 }),
      para(STYLE.body, 'Minutes Body', { font: font('仿宋'), size: SIZE.si }, { indent: { firstLine: 560 }, alignment: AlignmentType.JUSTIFIED }),
      para(STYLE.note, 'Minutes Note', { font: font('仿宋'), size: SIZE.xiaosi }, { spacing: { before: 120, after: 60 }, keepNext: true }),
      para(STYLE.caption, 'Table Caption', { font: font('黑体'), size: SIZE.wu }, { alignment: AlignmentType.LEFT, spacing: { before: 120, after: 60, ...exact(16) }, keepNext: true }),
      para(STYLE.tableHead, 'Table Head', { font: font('黑体'), size: SIZE.wu }, { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0, line: 280, lineRule: LineRuleType.AUTO } }),
      para(STYLE.tableText, 'Table Text', { font: font('宋体'), size: SIZE.wu }, { alignment: AlignmentType.LEFT, spacing: { before: 0, after: 0, line: 280, lineRule: LineRuleType.AUTO } }),
      para(STYLE.tableHeadSmall, 'Table Head Small', { font: font('黑体'), size: SIZE.xiaowu }, { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } }),
      para(STYLE.tableTextSmall, 'Table Text Small', { font: font('宋体'), size: SIZE.xiaowu }, { alignment: AlignmentType.LEFT, spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } }),
      para(STYLE.tableHeadDense, 'Table Head Dense', { font: font('黑体'), size: SIZE.liu }, { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } }),
      para(STYLE.tableTextDense, 'Table Text Dense', { font: font('宋体'), size: SIZE.liu }, { alignment: AlignmentType.LEFT, spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } }),
      para(STYLE.hash, 'Hash Text', { font: font('宋体', 'Courier New'), size: SIZE.xiaowu }, { alignment: AlignmentType.LEFT, spacing: { before: 60, after: 120 }, keepLines: true }),
      para(STYLE.header, 'Page Header Text', { font: font('宋体'), size: SIZE.xiaowu }, { alignment: AlignmentType.CENTER, border: { bottom: { style: 'single', size: 4, color: '000000', space: 1 } } }),
      para(STYLE.footer, 'Page Footer Text', { font: font('宋体'), size: SIZE.xiaowu }, { alignment: AlignmentType.CENTER }),
      para(STYLE.signoff, 'Sign Off', { font: font('仿宋'), size: SIZE.si }, { spacing: { before: 120, line: 360, lineRule: LineRuleType.AUTO }, keepNext: true, keepLines: true }),
      para(STYLE.warning, 'Minutes Warning', { font: font('黑体'), size: SIZE.xiaosi }, { spacing: { before: 120, after: 120 }, border: { top: { style: 'single', size: 8, color: '000000', space: 4 }, bottom: { style: 'single', size: 8, color: '000000', space: 4 }, left: { style: 'single', size: 8, color: '000000', space: 4 }, right: { style: 'single', size: 8, color: '000000', space: 4 } }, keepLines: true }),
    ],
  } as IStylesOptions;
}
