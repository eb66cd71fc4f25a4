// The replay clock: a drill time that advances at 1×–60× while playing, stops at the end, and can be set anywhere.
import { useEffect, useRef, useState } from 'react';

export const SPEEDS = [1, 2, 5, 10, 30, 60] as const;

export interface ReplayClock {
  t: number;
  playing: boolean;
  speed: number;
  seek(t: number): void;
  play(): void;
  pause(): void;
  setSpeed(s: number): void;
}

export function useReplayClock(endMs: number, startMs = 0): ReplayClock {
  const [t, setT] = useState(startMs);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<number>(10);
  const last = useRef(0);
  useEffect(() => {
    if (!playing) return;
    last.current = performance.now();
    const id = window.setInterval(() => {
      const now = performance.now();
      const dt = now - last.current;
      last.current = now;
      setT((cur) => {
        const next = Math.min(endMs, cur + dt * speed);
        if (next >= endMs) setPlaying(false);
        return next;
      });
    }, 200);
    return () => window.clearInterval(id);
  }, [playing, speed, endMs]);
  return {
    t,
    playing,
    speed,
    seek: (v) => setT(Math.max(0, Math.min(endMs, v))),
    play: () => {
      if (t >= endMs) setT(0);
      setPlaying(true);
    },
    pause: () => setPlaying(false),
    setSpeed,
  };
}
