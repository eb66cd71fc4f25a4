// The word and icon for a timing indicator's state: a running indicator of a paused drill says 暂停中, not 计时中.
import type { DrillStatus } from '../../shared/domain/fold';
import type { Indicator } from '../../shared/domain/indicators';
import type { MessageKey } from '../i18n/i18n';
import { INDICATOR_ICON } from './icons';

export function indicatorWord(status: Indicator['status'], drill: DrillStatus): { key: MessageKey; icon: (typeof INDICATOR_ICON)[keyof typeof INDICATOR_ICON] | 'pause'; paused: boolean } {
  if (status === 'running' && drill === 'paused') return { key: 'ind.paused', icon: 'pause', paused: true };
  return { key: `ind.${status}` as MessageKey, icon: INDICATOR_ICON[status], paused: false };
}
