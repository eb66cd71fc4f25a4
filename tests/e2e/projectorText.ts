// The smallest rendered text under a selector of a projector page (what the back row of a room must still read).
import type { Page } from 'playwright-core';

export interface SmallestText {
  px: number;
  what: string;
  count: number;
}

export function smallestText(page: Page, selector: string): Promise<SmallestText> {
  return page.evaluate((sel) => {
    const sizes: { px: number; what: string }[] = [];
    for (const root of document.querySelectorAll(sel)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement!;
        if (n.textContent!.trim() && el.getClientRects().length)
          sizes.push({ px: parseFloat(getComputedStyle(el).fontSize), what: `${el.tagName.toLowerCase()}.${el.className} "${n.textContent!.trim().slice(0, 30)}"` });
      }
    }
    sizes.sort((a, b) => a.px - b.px);
    return sizes.length ? { ...sizes[0]!, count: sizes.length } : { px: 0, what: 'no text', count: 0 };
  }, selector);
}
