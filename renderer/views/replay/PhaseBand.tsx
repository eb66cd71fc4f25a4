// One phase band on the replay track: its name when the name fits whole, else its number (the name in the tooltip), never a cut name.
import { useLayoutEffect, useRef, useState, type CSSProperties } from 'react';

export function PhaseBand({ n, name, className, style }: { n: number; name: string; className: string; style: CSSProperties }) {
  const ref = useRef<HTMLSpanElement>(null);
  const [fits, setFits] = useState(true);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      // Measure the full name: show it, compare, then keep whichever fits.
      el.textContent = name;
      const ok = el.scrollWidth <= el.clientWidth;
      el.textContent = ok ? name : String(n);
      setFits(ok);
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [name, n]);
  return (
    <span ref={ref} className={className} style={style} title={name} data-fits={fits}>
      {fits ? name : String(n)}
    </span>
  );
}
