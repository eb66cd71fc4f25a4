// The minutes' print page: every block kind of the layout becomes print-styled HTML, and no text can become markup.
import { describe, expect, it } from 'vitest';
import type { MinutesLayout } from '../../electron/minutes/blocks';
import { cssString, escapeHtml, FONTS, minutesPrintPage } from '../../electron/minutes/printPage';
import { FIXTURE_HASH, fixtureLayout, TIMELINE_ROWS } from '../fixtures/minutesLayout';

const HOSTILE = '</p></td></tr></table><script>alert(1)</script><img src=x onerror=alert(2)><style>*{display:none}</style>"\'&amp;';

/** The markup of a page with all text nodes and attribute values taken out: what the page's structure is. */
const tagsOf = (html: string) => [...html.matchAll(/<\/?([a-z0-9]+)[\s>/]/gi)].map((m) => m[1]!.toLowerCase());

describe('the print page of the minutes', () => {
  it('lays out every block kind: title, subtitle, headings (with a page break), each paragraph style, tables and the sign-off', async () => {
    const html = minutesPrintPage(await fixtureLayout('zh-CN'));
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    expect(html).toContain('<h1 class="title">转账失败投诉应急演练纪要</h1>');
    expect(html).toContain('<p class="subtitle">草稿：');
    expect(html).toContain('<h2 class="h1">一、基本情况</h2>');
    expect(html).toContain('<h3 class="h2">（一）事件发现与报告</h3>');
    expect(html).toContain('<h2 class="h1 page-break">四、签字确认</h2>');
    for (const style of ['body', 'note', 'caption', 'hash', 'signoff']) expect(html, style).toContain(`<p class="${style}">`);
    expect(html).toContain(`<p class="hash">${FIXTURE_HASH}</p>`);
    // The facts table has no head; the others have one that repeats on every page.
    expect(html.match(/<table/g)).toHaveLength(5);
    expect(html.match(/<thead>/g)).toHaveLength(4);
    expect(html).toContain('<table class="small">');
    expect(html).toContain('<section class="signoff-page">');
    expect(html).toContain('总指挥：王建国');
    expect(html).toContain('评估组：____________');
  });

  it('keeps times on one line: the no-wrap columns of each row are marked, the others are not', async () => {
    const html = minutesPrintPage(await fixtureLayout('zh-CN'));
    const rows = [...html.matchAll(/<tr><td class="nw">(\d\d:\d\d:\d\d)<\/td><td class="nw">(T\+\d\d:\d\d:\d\d)<\/td><td>/g)];
    expect(rows.length).toBe(TIMELINE_ROWS + 12); // the timeline and the appendix
    expect(html).toMatch(/td\.nw \{ white-space: nowrap;/);
    expect(html).toMatch(/tr \{ break-inside: avoid; \}/);
    expect(html).toMatch(/thead \{ display: table-header-group; \}/);
  });

  it('sets A4 with the official margins, the Word styles\' faces with free stand-ins, and page numbers in the footer', async () => {
    const zh = minutesPrintPage(await fixtureLayout('zh-CN'));
    expect(zh).toContain('size: A4;');
    expect(zh).toContain('margin: 37.0mm 26.0mm 35.0mm 28.0mm;');
    expect(zh).toMatch(/@bottom-center \{\s+content: "第 " counter\(page\) " 页 共 " counter\(pages\) " 页";/);
    expect(FONTS.hei).toContain('"黑体", SimHei, "WenQuanYi Zen Hei", "Noto Sans CJK SC"');
    expect(FONTS.fangsong).toContain('"仿宋", FangSong, "仿宋_GB2312", FangSong_GB2312, "Noto Serif CJK SC"');
    expect(FONTS.kai).toContain('"楷体", KaiTi, "楷体_GB2312", KaiTi_GB2312, "AR PL KaitiM GB"');
    expect(FONTS.song).toContain('"宋体", SimSun, "AR PL SungtiL GB"');
    expect(zh).toContain(`.title { font-family: ${FONTS.hei}; font-size: 22pt;`);
    expect(zh).toContain(`body { margin: 0; color: #000; background: #fff; font-family: ${FONTS.fangsong}; font-size: 14pt;`);
    const en = minutesPrintPage(await fixtureLayout('en'));
    expect(en).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(en).toMatch(/content: "Page " counter\(page\) " of " counter\(pages\) "";/);
  });

  it('carries the QR code as an inline PNG and loads nothing from outside (no script, a CSP that forbids it)', async () => {
    const layout = await fixtureLayout('zh-CN');
    const html = minutesPrintPage(layout);
    const signoff = layout.blocks.find((b) => b.type === 'signoff')!;
    const src = /<img class="qr" alt="[^"]*" src="data:image\/png;base64,([A-Za-z0-9+/=]+)">/.exec(html)![1]!;
    expect(Buffer.from(src, 'base64').equals(Buffer.from(signoff.qr!))).toBe(true);
    expect(html).toContain(`content="default-src 'none'; img-src data:; style-src 'unsafe-inline'"`);
    expect(tagsOf(html)).not.toContain('script');
    expect(html).not.toMatch(/\b(src|href)="(?!data:)/);
  });

  it('keeps hostile entry text as text in cells, paragraphs, signatures, the title and the page header', async () => {
    const layout = await fixtureLayout('zh-CN', { hostile: HOSTILE });
    const clean = minutesPrintPage(await fixtureLayout('zh-CN'));
    const hostile: MinutesLayout = { ...layout, title: HOSTILE, header: HOSTILE, footer: [HOSTILE, ' / ', ''] };
    const html = minutesPrintPage(hostile);
    // The same elements as the page without it (the title element aside): nothing was injected.
    expect(tagsOf(html)).toEqual(tagsOf(clean));
    expect(html).toContain('&lt;/p&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain('&quot;&#39;&amp;amp;');
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html.match(/<style>/g)).toHaveLength(1);
  });

  it('escapes text for HTML and for CSS strings', () => {
    expect(escapeHtml('<a href="x">&\'</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;');
    expect(escapeHtml('a\u0000b\u0007c')).toBe('abc');
    expect(cssString('第 " 页')).toBe('"第 \\22  页"');
    expect(cssString('</style>')).toBe('"\\3c \\2f style\\3e "');
    expect(cssString('a\\b\nc')).toBe('"a\\5c b c"');
  });
});
