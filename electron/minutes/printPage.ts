// MinutesLayout -> one self-contained print-styled HTML page (A4, official margins, the Word styles' fonts) for the PDF.
import type { MinutesBlock, MinutesLayout, ParagraphStyle, SignoffBlock, TableBlock } from './blocks';
import { minutesText } from './catalogue';
import { PAGE } from './layout';
import { cleanText, type Cell } from './tables';

/** Text as HTML text or attribute value: nothing a journal entry says can become markup. */
export function escapeHtml(text: string): string {
  return cleanText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Text as a CSS string literal (for @page margin boxes): every character that could close it or the style element is escaped. */
export function cssString(text: string): string {
  const body = [...cleanText(text).replace(/\s+/g, ' ')].map((ch) => (/^[\p{L}\p{N} ]$/u.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16)} `)).join('');
  return `"${body}"`;
}

// Font stacks: the office names Word and WPS find on a Chinese PC first (Latin face first, as the Word styles set
// Times New Roman on Latin text), then the free stand-ins the test machines and Linux desktops have, then Noto CJK.
const LATIN = '"Times New Roman", "Liberation Serif"';
export const FONTS = {
  hei: `${LATIN}, "黑体", SimHei, "WenQuanYi Zen Hei", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif`,
  kai: `${LATIN}, "楷体", KaiTi, "楷体_GB2312", KaiTi_GB2312, "AR PL KaitiM GB", "AR PL UKai CN", "Noto Serif CJK SC", serif`,
  fangsong: `${LATIN}, "仿宋", FangSong, "仿宋_GB2312", FangSong_GB2312, "Noto Serif CJK SC", "AR PL SungtiL GB", serif`,
  song: `${LATIN}, "宋体", SimSun, "AR PL SungtiL GB", "AR PL UMing CN", "Noto Serif CJK SC", serif`,
  mono: `"Courier New", "Liberation Mono", "DejaVu Sans Mono", "Noto Sans Mono CJK SC", monospace`,
};

const twipsToMm = (t: number) => `${((t * 25.4) / 1440).toFixed(1)}mm`;
const M = PAGE.margin;

/** The print CSS: the same sizes and faces as layout.ts's Word styles (二号 22pt title … 小五 9pt). */
function styleSheet(layout: MinutesLayout): string {
  const [before, middle, after] = layout.footer;
  return `
@page {
  size: A4;
  margin: ${twipsToMm(M.top)} ${twipsToMm(M.right)} ${twipsToMm(M.bottom)} ${twipsToMm(M.left)};
  @top-center {
    content: ${cssString(layout.header)};
    font-family: ${FONTS.song}; font-size: 9pt; color: #000;
    vertical-align: top; padding-top: ${twipsToMm(M.header)};
  }
  @bottom-center {
    content: ${cssString(before)} counter(page) ${cssString(middle)} counter(pages) ${cssString(after)};
    font-family: ${FONTS.song}; font-size: 9pt; color: #000;
    vertical-align: bottom; padding-bottom: ${twipsToMm(M.footer - 200)};
  }
}
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: #000; background: #fff; font-family: ${FONTS.fangsong}; font-size: 14pt; line-height: 1.3; }
.title { font-family: ${FONTS.hei}; font-size: 22pt; font-weight: normal; text-align: center; margin: 12pt 0 6pt; line-height: 1.5; break-after: avoid; }
.subtitle { font-family: ${FONTS.kai}; font-size: 14pt; text-align: center; margin: 0 0 12pt; }
h2.h1 { font-family: ${FONTS.hei}; font-size: 16pt; font-weight: normal; margin: 12pt 0 6pt; break-after: avoid; break-inside: avoid; }
h3.h2 { font-family: ${FONTS.kai}; font-size: 14pt; font-weight: bold; margin: 6pt 0 3pt; break-after: avoid; break-inside: avoid; }
.page-break { break-before: page; }
p { margin: 0; orphans: 2; widows: 2; }
p.body { text-indent: 2em; text-align: justify; }
p.note { font-size: 12pt; margin: 6pt 0 3pt; break-after: avoid; }
p.caption { font-family: ${FONTS.hei}; font-size: 10.5pt; margin: 6pt 0 3pt; break-after: avoid; }
p.hash { font-family: ${FONTS.mono}; font-size: 9pt; margin: 3pt 0 6pt; overflow-wrap: anywhere; break-inside: avoid; }
p.signoff { margin-top: 12pt; line-height: 2; break-inside: avoid; }
table { width: 100%; table-layout: fixed; border-collapse: collapse; margin: 0 0 6pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border: 0.5pt solid #000; padding: 1.4pt 4.25pt; vertical-align: top; text-align: left; overflow-wrap: break-word; line-height: 1.17; }
th { font-family: ${FONTS.hei}; font-weight: normal; font-size: 10.5pt; text-align: center; background: #e7e6e6; }
td { font-family: ${FONTS.song}; font-size: 10.5pt; }
table.small th, table.small td { font-size: 9pt; }
td.nw { white-space: nowrap; font-variant-numeric: tabular-nums; }
.signoff-page { break-inside: avoid; }
.signoff-page .qr { display: block; width: 32mm; height: 32mm; margin: 3pt 0 6pt; image-rendering: pixelated; }
`;
}

function cellHtml(cell: Cell): string {
  const runs = typeof cell === 'string' ? [{ text: cell }] : cell;
  return runs
    .map((r) => {
      let html = escapeHtml(r.text).replace(/\n/g, '<br>').replace(/\t/g, ' ');
      if (r.bold) html = `<b>${html}</b>`;
      if (r.strike) html = `<s>${html}</s>`;
      return html;
    })
    .join('');
}

function tableHtml(t: TableBlock): string {
  const total = t.columns.reduce((n, c) => n + c.width, 0) || 1;
  const nowrap = new Set(t.nowrap ?? []);
  const cls = (i: number) => (nowrap.has(i) ? ' class="nw"' : '');
  const cols = t.columns.map((c) => `<col style="width:${((c.width * 100) / total).toFixed(3)}%">`).join('');
  const head = t.header ? `<thead><tr>${t.columns.map((c) => `<th>${cellHtml(c.title)}</th>`).join('')}</tr></thead>` : '';
  const rows = t.rows.map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${cellHtml(c)}</td>`).join('')}</tr>`).join('\n');
  return `<table${t.small ? ' class="small"' : ''}><colgroup>${cols}</colgroup>${head}<tbody>\n${rows}\n</tbody></table>`;
}

const para = (style: ParagraphStyle, text: string) => `<p class="${style}">${escapeHtml(text).replace(/\n/g, '<br>')}</p>`;

function signoffHtml(b: SignoffBlock, layout: MinutesLayout): string {
  const T = minutesText(layout.language);
  const line = '____________';
  const gap = '\u3000\u3000';
  const parts = b.signatories.map((s) => para('signoff', `${s.role}${T.colon}${s.name || line}${gap}${T.signoff.sign}${line}${gap}${T.signoff.date}${T.colon}${line}`));
  parts.push(para('note', T.anchorIntro));
  parts.push(para('note', `${T.anchor.drillId}${T.colon}${b.drillId}${gap}${T.anchor.entries}${T.colon}${b.entryCount}`));
  parts.push(para('note', `${T.anchor.finalHash}${T.colon}`));
  parts.push(para('hash', b.finalHash));
  if (b.qr)
    parts.push(
      `<img class="qr" alt="${escapeHtml(`${b.drillId} ${b.entryCount} ${b.finalHash}`)}" src="data:image/png;base64,${Buffer.from(b.qr).toString('base64')}">`,
    );
  if (b.witness) {
    parts.push(para('note', T.anchor.witnessIntro));
    parts.push(tableHtml(b.witness));
  }
  if (b.filing) parts.push(para('note', `${T.anchor.filing}${T.colon}${b.filing}`));
  parts.push(para('note', b.exportedLine));
  return `<section class="signoff-page">\n${parts.join('\n')}\n</section>`;
}

function blockHtml(b: MinutesBlock, layout: MinutesLayout): string {
  switch (b.type) {
    case 'title':
      return `<h1 class="title">${escapeHtml(b.text)}</h1>`;
    case 'subtitle':
      return `<p class="subtitle">${escapeHtml(b.text)}</p>`;
    case 'heading': {
      const tag = b.level === 1 ? 'h2' : 'h3';
      return `<${tag} class="h${b.level}${b.pageBreakBefore ? ' page-break' : ''}">${escapeHtml(b.text)}</${tag}>`;
    }
    case 'paragraph':
      return para(b.style, b.text);
    case 'table':
      return tableHtml(b);
    case 'signoff':
      return signoffHtml(b, layout);
  }
}

/**
 * The whole print page: no script, no external resource (the CSP says so too), the QR code inline as a data: PNG,
 * page numbers from @page margin boxes (Chromium 131+; Electron 39 is Chromium 142).
 */
export function minutesPrintPage(layout: MinutesLayout): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${layout.language === 'en' ? 'en' : 'zh-CN'}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">`,
    `<meta name="description" content="${escapeHtml(layout.description)}">`,
    `<title>${escapeHtml(layout.title)}</title>`,
    `<style>${styleSheet(layout)}</style>`,
    '</head>',
    '<body>',
    ...layout.blocks.map((b) => blockHtml(b, layout)),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
