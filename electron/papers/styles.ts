// The papers' own paragraph styles (large card type, ruled note lines, tick boxes) on top of the minutes' styles.
import { AlignmentType, LineRuleType, type IStylesOptions } from 'docx';
import { minutesStyles } from '../minutes/layout';

const LATIN = 'Times New Roman';
const font = (eastAsia: string, latin = LATIN) => ({ ascii: latin, hAnsi: latin, cs: latin, eastAsia, hint: 'eastAsia' as const });

export const PAPER_STYLE = {
  cardHead: 'CardHead',
  cardRoles: 'CardRoles',
  cardTitle: 'CardTitle',
  cardBody: 'CardBody',
  cardMeta: 'CardMeta',
  cut: 'CutLine',
  ruled: 'RuledLine',
  injectHead: 'InjectHead',
  field: 'FieldLine',
} as const;

/** Sizes in half-points. */
const PT = (n: number) => n * 2;

export function paperStyles(): IStylesOptions {
  const base = minutesStyles();
  const para = (id: string, name: string, run: Record<string, unknown>, paragraph: Record<string, unknown>) => ({ id, name, basedOn: 'Normal', quickFormat: true, run, paragraph });
  const extra = [
    para(PAPER_STYLE.cardHead, 'Card Head', { font: font('黑体'), size: PT(12) }, { alignment: AlignmentType.LEFT, spacing: { before: 0, after: 60 }, keepNext: true }),
    para(PAPER_STYLE.cardRoles, 'Card Roles', { font: font('黑体'), size: PT(20), bold: true }, { alignment: AlignmentType.LEFT, spacing: { before: 60, after: 120, line: 300, lineRule: LineRuleType.AUTO }, keepNext: true }),
    para(PAPER_STYLE.cardTitle, 'Card Title', { font: font('黑体'), size: PT(18), bold: true }, { alignment: AlignmentType.LEFT, spacing: { before: 60, after: 60 }, keepNext: true }),
    para(PAPER_STYLE.cardBody, 'Card Body', { font: font('仿宋'), size: PT(16) }, { alignment: AlignmentType.JUSTIFIED, spacing: { before: 0, after: 60, line: 312, lineRule: LineRuleType.AUTO } }),
    para(PAPER_STYLE.cardMeta, 'Card Meta', { font: font('楷体'), size: PT(14) }, { alignment: AlignmentType.LEFT, spacing: { before: 120, after: 0 } }),
    para(PAPER_STYLE.cut, 'Cut Line', { font: font('宋体'), size: PT(9) }, { alignment: AlignmentType.RIGHT, spacing: { before: 200, after: 200 }, border: { bottom: { style: 'dashed', size: 8, color: '000000', space: 1 } } }),
    para(PAPER_STYLE.ruled, 'Ruled Line', { font: font('仿宋'), size: PT(12) }, { spacing: { before: 0, after: 0, line: 440, lineRule: LineRuleType.EXACT } }),
    para(PAPER_STYLE.injectHead, 'Inject Head', { font: font('黑体'), size: PT(12) }, { spacing: { before: 240, after: 60 }, keepNext: true, keepLines: true, border: { top: { style: 'single', size: 6, color: '000000', space: 4 } } }),
    para(PAPER_STYLE.field, 'Field Line', { font: font('仿宋'), size: PT(12) }, { spacing: { before: 0, after: 40, line: 300, lineRule: LineRuleType.AUTO }, keepNext: true, indent: { left: 0 } }),
  ];
  return { ...base, paragraphStyles: [...(base.paragraphStyles ?? []), ...extra] } as IStylesOptions;
}
