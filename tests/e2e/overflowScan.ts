// The overflow scanner run inside a page: every visible text element whose text is clipped (overflow hidden/clip with
// scrollWidth > clientWidth or scrollHeight > clientHeight, or an ellipsis), or a word broken across lines; each named by a CSS path and its text.
import type { Page } from 'playwright-core';

export interface Clipped {
  path: string;
  text: string;
  why: string;
}

/** Runs in the page (no closures over test code). */
function scanInPage(): Clipped[] {
  const out: Clipped[] = [];
  const seen = new Set<Element>();
  const pathOf = (el: Element): string => {
    const parts: string[] = [];
    for (let e: Element | null = el; e && e !== document.body && parts.length < 6; e = e.parentElement) {
      const id = e.getAttribute('data-testid');
      const cls = [...e.classList].slice(0, 2).join('.');
      parts.unshift(`${e.tagName.toLowerCase()}${id ? `[data-testid="${id}"]` : ''}${cls ? `.${cls}` : ''}`);
      if (id) break;
    }
    return parts.join(' > ');
  };
  const visible = (el: Element): boolean => {
    const r = el.getBoundingClientRect();
    if (r.width <= 1 || r.height <= 1) return false;
    const cs = getComputedStyle(el);
    if (cs.visibility === 'hidden' || cs.opacity === '0') return false;
    // A designed preview (data-clamp="preview": the full text is one click away, in a preview pane or the spotlight) may be clamped.
    return !el.closest('.visually-hidden, [data-clamp="preview"], option, select, script, style, svg, input, textarea');
  };
  const clips = (v: string) => v === 'hidden' || v === 'clip';
  const textOf = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80);
  // 1. Boxes that clip text: any element with text whose overflow is hidden or clipped and whose content is larger.
  for (const el of document.body.querySelectorAll('*')) {
    if (!(el instanceof HTMLElement) || !visible(el)) continue;
    const text = textOf(el);
    if (!text) continue;
    const cs = getComputedStyle(el);
    const ellipsis = cs.textOverflow === 'ellipsis';
    const overX = el.scrollWidth > el.clientWidth + 1;
    // Vertically, a glyph's ink may overhang a tight line box by a pixel or two; a cut line is at least half a line.
    const overY = el.scrollHeight - el.clientHeight > parseFloat(cs.fontSize) * 0.5;
    const lineClamp = cs.webkitLineClamp !== 'none' && cs.webkitLineClamp !== '' && overY;
    if ((clips(cs.overflowX) && overX) || (ellipsis && overX) || (clips(cs.overflowY) && overY) || lineClamp) {
      // Only the innermost offender is named: a panel that clips because its child clips adds nothing.
      if ([...el.querySelectorAll('*')].some((c) => seen.has(c))) continue;
      seen.add(el);
      const why = ellipsis && overX ? 'ellipsis' : lineClamp ? 'line-clamp' : overX ? `width ${el.scrollWidth} > ${el.clientWidth}` : `height ${el.scrollHeight} > ${el.clientHeight}`;
      out.push({ path: pathOf(el), text, why });
    }
  }
  // 2. Words cut across lines ("Commande r"): a run of Latin letters whose glyphs sit on two lines.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || !visible(parent)) continue;
    for (const m of (n.textContent ?? '').matchAll(/[A-Za-z]{3,}/g)) {
      range.setStart(n, m.index);
      range.setEnd(n, m.index + m[0].length);
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (tops.size > 1) out.push({ path: pathOf(parent), text: textOf(parent), why: `word "${m[0]}" broken across lines` });
    }
  }
  return out;
}

export async function clippedText(page: Page): Promise<Clipped[]> {
  await page.evaluate(() => document.fonts.ready);
  return page.evaluate(scanInPage);
}

export const describeClipped = (screen: string, list: Clipped[]) => list.map((c) => `${screen}: ${c.path} "${c.text}" (${c.why})`);
