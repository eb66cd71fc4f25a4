// Sizes the spotlight's text to the largest font that fits (between a floor and a ceiling in px) so it is shown whole
// and as large as the screen allows; text too long even at the floor is split into pages at sentence ends, each page
// whole — never clamped, never cut inside a line.
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** Sentences (and lines) in order, each with its closing punctuation; English breaks only after ". " etc. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    cur += c;
    if ('。！？!?；;\n'.includes(c) || (c === '.' && /\s/.test(text[i + 1] ?? ' '))) {
      out.push(cur);
      cur = '';
    }
  }
  if (cur) out.push(cur);
  return out;
}

export function useSpotlightPages(
  content: string,
  deps: readonly unknown[],
  range: () => { min: number; max: number },
): { boxRef: RefObject<HTMLDivElement | null>; bodyRef: RefObject<HTMLDivElement | null>; pages: string[] } {
  const boxRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const rangeRef = useRef(range);
  rangeRef.current = range;
  const [pages, setPages] = useState<string[]>([content]);
  useLayoutEffect(() => {
    const box = boxRef.current;
    const body = bodyRef.current;
    if (!box || !body) return;
    const run = () => {
      const { min, max } = rangeRef.current();
      // A probe stands in for the body (React owns the body's text): same classes, same place in the flow.
      const probe = body.cloneNode(false) as HTMLElement;
      probe.removeAttribute('data-testid');
      probe.setAttribute('aria-hidden', 'true');
      body.style.display = 'none';
      box.appendChild(probe);
      const px = (n: number) => void (box.style.fontSize = `${n}px`);
      const fits = (text: string) => {
        probe.textContent = text;
        return box.scrollHeight <= box.clientHeight + 1 && box.scrollWidth <= box.clientWidth + 1;
      };
      let result = [content];
      px(max);
      if (!fits(content)) {
        px(min);
        if (fits(content)) {
          let lo = min;
          let hi = max;
          while (hi - lo > 1) {
            const mid = Math.floor((lo + hi) / 2);
            px(mid);
            if (fits(content)) lo = mid;
            else hi = mid;
          }
          px(lo);
        } else {
          result = [];
          let cur = '';
          for (const s of sentences(content)) {
            if (cur && !fits(cur + s)) {
              result.push(cur);
              cur = s;
            } else cur += s;
          }
          if (cur) result.push(cur);
        }
      }
      probe.remove();
      body.style.display = '';
      setPages((prev) => (prev.length === result.length && prev.every((p, i) => p === result[i]) ? prev : result));
    };
    run();
    const ro = new ResizeObserver(() => run());
    ro.observe(box.parentElement ?? box);
    return () => ro.disconnect();
    // The caller names what the text depends on.
  }, [content, ...deps]);
  return { boxRef, bodyRef, pages };
}
