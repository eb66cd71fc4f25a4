// The facilitator's question after a restart gap the records cannot vouch for: paused or drill time? Chinese first.
import { formatDuration, formatWallTime } from '../../../shared/domain/clock';
import type { UndecidedGap } from '../../../shared/domain/fold';
import { countedGapMs } from '../../../shared/domain/wallClock';
import { translate } from '../../i18n/i18n';
import { Icon } from '../../ui/icons';
import type { Run } from './useActions';

export function GapQuestion({ gap, drillId, run, locked, tzOffsetMin }: { gap: UndecidedGap; drillId: string; run: Run; locked: boolean; tzOffsetMin: number }) {
  const duration = formatDuration(countedGapMs(gap.gapMs, 'running'), 'zh-CN');
  const params = { duration, lastSeen: formatWallTime(gap.lastSeenAt, tzOffsetMin) };
  // Both languages, Chinese first: whoever sits at the console after a restart must be able to answer.
  const both = (key: Parameters<typeof translate>[1]) => `${translate('zh-CN', key, params)} / ${translate('en', key, params)}`;
  return (
    <div className="confirm gap-question" role="alertdialog" aria-label={both('gap.title')} data-testid="gap-question">
      <p>
        <Icon name="warning" /> <strong>{translate('zh-CN', 'gap.title')}</strong> · {translate('en', 'gap.title')}
      </p>
      <p lang="zh-CN">{translate('zh-CN', 'gap.question', params)}</p>
      <p lang="en" className="muted">
        {translate('en', 'gap.question', params)}
      </p>
      {locked ? (
        <p className="muted">{both('gap.waiting')}</p>
      ) : (
        <div className="row">
          <button type="button" className="primary" data-testid="gap-paused" onClick={() => void run('drill.decideGap', { drillId, counts: 'paused' })}>
            {both('gap.paused')}
          </button>
          <button type="button" data-testid="gap-running" onClick={() => void run('drill.decideGap', { drillId, counts: 'running' })}>
            {both('gap.running')}
          </button>
        </div>
      )}
    </div>
  );
}
