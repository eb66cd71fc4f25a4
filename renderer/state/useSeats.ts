// The seats status (open, where, join codes, who is connected), polled from main: codes renew and last-seen times move.
import { useCallback, useEffect, useState } from 'react';
import type { SeatsStatus } from '../../shared/ipc/contract';
import { api } from '../api/api';

export function useSeats(everyMs = 2000): { status: SeatsStatus | null; refresh: () => void; set: (s: SeatsStatus) => void } {
  const [status, setStatus] = useState<SeatsStatus | null>(null);
  const refresh = useCallback(() => {
    api.call('seats.status', {}).then(setStatus, () => {});
  }, []);
  useEffect(() => {
    refresh();
    const id = window.setInterval(refresh, everyMs);
    return () => window.clearInterval(id);
  }, [refresh, everyMs]);
  return { status, refresh, set: setStatus };
}
