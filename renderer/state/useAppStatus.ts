// Where the data lives and whether the last journal write reached the disk (app.info, then 'app.status' pushes).
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../shared/ipc/contract';
import { api } from '../api/api';

export function useAppStatus(): AppInfo | null {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    let alive = true;
    api
      .call('app.info', {})
      .then((i) => alive && setInfo(i))
      .catch(() => {});
    const off = api.on('app.status', (lastWrite) => setInfo((cur) => (cur ? { ...cur, lastWrite } : cur)));
    return () => {
      alive = false;
      off();
    };
  }, []);
  return info;
}
