// The console's opinion tab: the heat curve so far and every mock post of the public injects, newest first, each one
// able to go on the projector full-size (the spotlight).
import { opinionFeed } from '../../../shared/domain/feed';
import { useI18n } from '../../i18n/i18n';
import type { DrillView } from '../../state/useDrill';
import { useDrillClock } from '../../state/useDrillClock';
import { Icon } from '../../ui/icons';
import { useControls } from '../console/controls';
import { FeedPosts } from './FeedPosts';
import { HeatCurve } from './HeatCurve';
import { StatementForm } from './StatementForm';

export function FeedPanel({ view }: { view: DrillView }) {
  const { t } = useI18n();
  const clockMs = useDrillClock(view, 1000);
  const { state, entries } = view;
  const posts = opinionFeed(state, clockMs, entries);
  const controls = useControls();
  const live = !view.readOnly && (state.status === 'running' || state.status === 'paused');
  const spotButton = (injectId: string) =>
    state.spotlight?.injectId === injectId && state.spotlight.form === 'post' ? (
      <button type="button" className="small" onClick={() => controls.spotlight(null)}>
        <Icon name="screen" /> {t('spot.off')}
      </button>
    ) : (
      <button type="button" className="small" title={t('spot.onHint')} onClick={() => controls.spotlight(injectId, 'post')}>
        <Icon name="screen" /> {t('spot.on')}
      </button>
    );
  return (
    <div className="feed-panel" data-testid="feed-panel">
      <HeatCurve state={state} entries={entries} clockMs={clockMs} variant="console" />
      <h3>
        {t('feed.title')} <span className="muted">({posts.length})</span>
      </h3>
      {live ? <StatementForm view={view} /> : null}
      <FeedPosts posts={posts} variant="console" actions={live ? (p) => (p.source === 'inject' ? spotButton(p.injectId) : null) : undefined} />
    </div>
  );
}

/** Whether a scenario has anything for the feed (an inject on a public channel). */
export { hasPublicInjects } from './publicInjects';
