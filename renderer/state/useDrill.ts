// One drill as the main process sees it: the snapshot from drill.open, then every 'drill.changed' push on top.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnyEntry } from '../../shared/domain/entry';
import type { DrillState } from '../../shared/domain/fold';
import { api } from '../api/api';

export interface DrillView {
  state: DrillState;
  entries: AnyEntry[];
  readOnly: boolean;
  /** Main's drill clock when the snapshot or push was made… */
  clockMs: number;
  /** …and performance.now() when it arrived here: the clock animates from these two, never from wall time. */
  receivedAt: number;
}

export function useDrill(drillId: string | null): { view: DrillView | null; error: unknown; reload: () => void } {
  const [view, setView] = useState<DrillView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const viewRef = useRef<DrillView | null>(null);
  const loading = useRef(false);

  const load = useCallback(() => {
    if (!drillId || loading.current) return;
    loading.current = true;
    api
      .call('drill.open', { drillId })
      .then((snap) => {
        const v: DrillView = { state: snap.state, entries: snap.entries, readOnly: snap.readOnly, clockMs: snap.clockMs, receivedAt: performance.now() };
        viewRef.current = v;
        setView(v);
        setError(null);
      })
      .catch(setError)
      .finally(() => {
        loading.current = false;
      });
  }, [drillId]);

  useEffect(() => {
    if (!drillId) return;
    viewRef.current = null;
    setView(null);
    const off = api.on('drill.changed', (p) => {
      if (p.drillId !== drillId) return;
      const cur = viewRef.current;
      if (!cur) return;
      const fresh = p.entries.filter((e) => e.seq > cur.state.lastSeq);
      if (fresh.length === 0) return;
      // A gap means a push was missed (e.g. the event stream reconnected): read the whole snapshot again.
      if (fresh[0]!.seq !== cur.state.lastSeq + 1) return void load();
      const next: DrillView = { ...cur, state: p.state, entries: [...cur.entries, ...fresh], clockMs: p.clockMs, receivedAt: performance.now() };
      viewRef.current = next;
      setView(next);
    });
    load();
    return off;
  }, [drillId, load]);

  return { view, error, reload: load };
}
