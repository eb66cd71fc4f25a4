// Main's drill clock, animated locally with performance.now(): one timer per component that shows time, no per-second IPC.
import { useEffect, useState } from 'react';
import { drillClockAt } from '../../shared/domain/wallClock';
import type { DrillView } from './useDrill';

/** Drill time now, from main's last reading of it; the renderer's own wall clock plays no part. */
export function useDrillClock(view: DrillView | null, everyMs = 250): number {
  const [, setTick] = useState(0);
  useEffect(() => {
    const id = window.setInterval(() => setTick((n) => n + 1), everyMs);
    return () => window.clearInterval(id);
  }, [everyMs]);
  if (!view) return 0;
  return drillClockAt({ clockMs: view.clockMs, mono: view.receivedAt, running: view.state.clock.running && !view.readOnly }, performance.now());
}
