// Main's wall time, animated locally: one timer per component that shows time, no per-second IPC.
import { useEffect, useState } from 'react';

export function useNow(offset: number, everyMs = 250): number {
  const [, setTick] = useState(0);
  useEffect(() => {
    const id = window.setInterval(() => setTick((n) => n + 1), everyMs);
    return () => window.clearInterval(id);
  }, [everyMs]);
  return Date.now() + offset;
}
