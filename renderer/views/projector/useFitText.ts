// Sizes a block's text to the largest font that fits its box (between a floor and a ceiling in px), so a spotlighted
// inject is shown whole and as large as the screen allows, never clamped or cut.
import { useLayoutEffect, useRef, type RefObject } from 'react';

export function useFitText<E extends HTMLElement>(deps: readonly unknown[], range: () => { min: number; max: number }): RefObject<E | null> {
  const ref = useRef<E>(null);
  const rangeRef = useRef(range);
  rangeRef.current = range;
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const fit = () => {
      const { min, max } = rangeRef.current();
      const fits = (px: number) => {
        el.style.fontSize = `${px}px`;
        return el.scrollHeight <= el.clientHeight + 1 && el.scrollWidth <= el.clientWidth + 1;
      };
      let lo = min;
      let hi = max;
      if (fits(hi)) return;
      if (!fits(lo)) return; // even the floor overflows: keep the floor (the caller pages or says so)
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (fits(mid)) lo = mid;
        else hi = mid;
      }
      fits(lo);
    };
    fit();
    const ro = new ResizeObserver(() => fit());
    ro.observe(el.parentElement ?? el);
    return () => ro.disconnect();
  }, deps);
  return ref;
}
