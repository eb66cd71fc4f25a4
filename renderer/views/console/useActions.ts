// The facilitator's calls for one drill: each one goes through the api module; a refusal becomes a notice.
import { useMemo } from 'react';
import type { CallInput, CallName, CallOutput } from '../../../shared/ipc/contract';
import { api } from '../../api/api';
import { useNotice } from '../../ui/notice';

export type Run = <N extends CallName>(name: N, input: CallInput<N>) => Promise<CallOutput<N> | undefined>;

export function useRun(): Run {
  const notice = useNotice();
  return useMemo<Run>(
    () =>
      async (name, input) => {
        try {
          return await api.call(name, input);
        } catch (err) {
          notice.error(err);
          return undefined;
        }
      },
    [notice],
  );
}
