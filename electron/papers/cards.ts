// 情景卡 (inject cards): one card per inject, two to an A4 page with a dashed cut line, large type, target roles first.
import { escapeXml } from '../minutes/tables';
import { injectsInOrder, type Inject } from '../../shared/domain/scenario';
import { BodyWriter, packPaper, paraXml, type PageSetup } from './docxKit';
import { injectTitle, phaseName, rolesText, channelText, type PaperInput, type PaperOptions } from './common';
import { PAPER_STYLE } from './styles';
import { offsetText } from './text';

const mm = (n: number) => Math.round((n * 1440) / 25.4);

/** Cards get narrow margins: the card is the page's content. */
export const CARD_PAGE: PageSetup = {
  width: 11906,
  height: 16838,
  margin: { top: mm(18), bottom: mm(15), left: mm(18), right: mm(18), header: mm(8), footer: mm(7) },
};
const CARD_WIDTH = CARD_PAGE.width - CARD_PAGE.margin.left - CARD_PAGE.margin.right;
/** Height of a half-page card and of a card that needs the page to itself, in mm. */
const HALF_MM = 118;
const FULL_MM = 240;

/** A rough height of a card in mm (16 pt body: about 30 Chinese characters a line, lines about 10.6 mm). */
export function estimatedCardMm(inj: Inject, rolesLine: string, title: string): number {
  const lines = (text: string, perLine: number) =>
    text.split('\n').reduce((n, l) => n + Math.max(1, Math.ceil([...l].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 1 : 0.55), 0) / perLine)), 0);
  return 30 + lines(rolesLine, 23) * 12 + lines(title, 26) * 10 + lines(inj.content, 30) * 10.6;
}

/** Cards to pages: two to a page, except a card too tall for half a page, which gets a page of its own. */
export function cardPages(inp: PaperInput): Inject[][] {
  const pages: Inject[][] = [];
  let open: Inject[] = [];
  for (const inj of injectsInOrder(inp.pack)) {
    const tall = estimatedCardMm(inj, rolesLine(inp, inj), injectTitle(inp, inj)) > HALF_MM;
    if (tall) {
      if (open.length) pages.push(open);
      pages.push([inj]);
      open = [];
      continue;
    }
    open.push(inj);
    if (open.length === 2) {
      pages.push(open);
      open = [];
    }
  }
  if (open.length) pages.push(open);
  return pages;
}

const rolesLine = (inp: PaperInput, inj: Inject) => `${inp.T.cards.to}${inp.T.colon}${rolesText(inp, inj.targetRoles)}`;

function cardXml(inp: PaperInput, inj: Inject, n: number, total: number, heightMm: number): string {
  const { T } = inp;
  const C = T.cards;
  const gap = inp.lang === 'en' ? '   ' : '　';
  const phase = phaseName(inp, inj.phaseId);
  const head = [C.card(n, total), offsetText(inj.offsetMin), phase, inj.contingency ? C.contingency : ''].filter(Boolean).join(gap);
  const paras = [
    paraXml(PAPER_STYLE.cardHead, [{ text: head }]),
    paraXml(PAPER_STYLE.cardRoles, [{ text: rolesLine(inp, inj) }]),
    paraXml(PAPER_STYLE.cardTitle, [{ text: injectTitle(inp, inj) }]),
    ...inj.content.split(/\n+/).map((para) => paraXml(PAPER_STYLE.cardBody, [{ text: para }])),
    paraXml(PAPER_STYLE.cardMeta, [{ text: `${C.from}${T.colon}${inj.sender}${gap}${T.script.channel}${T.colon}${channelText(inp, inj.channel)}` }]),
  ].join('');
  const border = (side: string) => `<w:${side} w:val="single" w:sz="12" w:space="0" w:color="000000"/>`;
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${CARD_WIDTH}" w:type="dxa"/><w:jc w:val="center"/>` +
    `<w:tblBorders>${['top', 'left', 'bottom', 'right'].map(border).join('')}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
    `<w:tblCellMar><w:top w:w="170" w:type="dxa"/><w:left w:w="227" w:type="dxa"/><w:bottom w:w="113" w:type="dxa"/><w:right w:w="227" w:type="dxa"/></w:tblCellMar>` +
    `<w:tblCaption w:val="${escapeXml(`${inj.id}`)}"/></w:tblPr><w:tblGrid><w:gridCol w:w="${CARD_WIDTH}"/></w:tblGrid>` +
    `<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="${mm(heightMm)}" w:hRule="atLeast"/></w:trPr>` +
    `<w:tc><w:tcPr><w:tcW w:w="${CARD_WIDTH}" w:type="dxa"/></w:tcPr>${paras}</w:tc></w:tr></w:tbl>`
  );
}

/** A paragraph of (almost) no height: after a table one must stand; with a page break it ends the page. */
const spacer = (pageBreak: boolean) =>
  `<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/><w:rPr><w:sz w:val="2"/></w:rPr></w:pPr>${pageBreak ? '<w:r><w:rPr><w:sz w:val="2"/></w:rPr><w:br w:type="page"/></w:r>' : ''}</w:p>`;

export async function buildCards(inp: PaperInput, opts: PaperOptions): Promise<Uint8Array> {
  const { T, facts } = inp;
  const w = new BodyWriter();
  const pages = cardPages(inp);
  const total = inp.pack.injects.length;
  let n = 0;
  pages.forEach((page, p) => {
    const last = p === pages.length - 1;
    const parts: string[] = [];
    page.forEach((inj, i) => {
      parts.push(cardXml(inp, inj, ++n, total, page.length === 1 && estimatedCardMm(inj, rolesLine(inp, inj), injectTitle(inp, inj)) > HALF_MM ? FULL_MM : HALF_MM));
      if (i === 0 && page.length === 2) parts.push(paraXml(PAPER_STYLE.cut, [{ text: T.cards.cut }]));
    });
    parts.push(spacer(!last));
    w.raw(parts.join(''));
  });
  const title = T.title(facts.name, T.paper.cards);
  return packPaper(w, { title, header: T.header(facts.name, T.paper.cards), footer: T.footer, exportedAt: opts.exportedAt, tzOffsetMin: inp.state.tzOffsetMin, page: CARD_PAGE });
}
