// The console's opinion tab: the heat curve so far and every mock post of the public injects, newest first.
import { opinionFeed } from '../../../shared/domain/feed';
import { useI18n } from '../../i18n/i18n';
import type { DrillView } from '../../state/useDrill';
import { useDrillClock } from '../../state/useDrillClock';
import { FeedPosts } from './FeedPosts';
import { HeatCurve } from './HeatCurve';

export function FeedPanel({ view }: { view: DrillView }) {
  const { t } = useI18n();
  const clockMs = useDrillClock(view, 1000);
  const { state, entries } = view;
  const posts = opinionFeed(state, clockMs, entries);
  return (
    <div className="feed-panel" data-testid="feed-panel">
      <HeatCurve state={state} entries={entries} clockMs={clockMs} variant="console" />
      <h3>
        {t('feed.title')} <span className="muted">({posts.length})</span>
      </h3>
      <FeedPosts posts={posts} variant="console" />
    </div>
  );
}

/** Whether a scenario has anything for the feed (an inject on a public channel). */
export { hasPublicInjects } from './publicInjects';
