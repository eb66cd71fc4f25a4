// The spotlight on the projector: one released inject (or its feed post) full-size, its whole text as large as the
// screen allows. Chinese wraps between characters as it should (but never tears a number from its unit: keepTogether);
// English only at spaces, unless a word alone is wider
// than the line (overflow-wrap: break-word); nothing is clamped. Text too long for the screen turns pages by itself.
import { useEffect, useState } from 'react';
import { formatDrillClock } from '../../../shared/domain/clock';
import type { FeedPost } from '../../../shared/domain/feed';
import type { DrillState, Spotlight as SpotlightState } from '../../../shared/domain/fold';
import { useI18n } from '../../i18n/i18n';
import { Icon } from '../../ui/icons';
import { keepTogether } from '../../ui/keepTogether';
import { channelLabel, injectTitle } from '../../ui/names';
import { formatCount } from '../feed/counts';
import { useSpotlightPages } from './useSpotlightPages';

/** How long each page of a long spotlighted text stays up. */
const PAGE_MS = 20_000;

/** Body font range in px: at least 1.4× the board's floor (28 px at 16:9, 24 px at 4:3), at most 7–8% of the height. */
function bodyRange(): { min: number; max: number } {
  const h = window.innerHeight;
  const narrow = window.innerWidth / h < 1.5;
  return { min: narrow ? 34 : 40, max: Math.max(narrow ? 34 : 40, Math.round(h * (narrow ? 0.07 : 0.08))) };
}

export function Spotlight({ state, spot, feed }: { state: DrillState; spot: SpotlightState; feed: FeedPost[] | null }) {
  const { t, lang } = useI18n();
  const j = state.scenario.injects.find((x) => x.id === spot.injectId);
  const released = state.released.find((r) => r.injectId === spot.injectId);
  const post = spot.form === 'post' ? feed?.find((p) => p.injectId === spot.injectId) : undefined;
  const { boxRef, bodyRef, pages } = useSpotlightPages(keepTogether(j?.content ?? ''), [spot.injectId, spot.form, lang], bodyRange);
  const [page, setPage] = useState(0);
  useEffect(() => {
    setPage(0);
    if (pages.length < 2) return;
    const id = window.setInterval(() => setPage((p) => (p + 1) % pages.length), PAGE_MS);
    return () => window.clearInterval(id);
  }, [pages]);
  if (!j) return null;
  return (
    <section className={`proj-spotlight form-${spot.form}`} data-testid="proj-spotlight" aria-label={t('spot.label')}>
      <div className="spot-head">
        <span className="spot-label">
          <Icon name="screen" /> {t('spot.label')}
        </span>
        <span className="proj-channel">
          <Icon name={j.channel} /> {channelLabel(j.channel, t)}
        </span>
        <span className="spot-sender">{j.sender}</span>
        {released ? <span className="spot-time tnum">{formatDrillClock(released.clockMs)}</span> : null}
        {pages.length > 1 ? (
          <span className="spot-page tnum" data-testid="spotlight-page">
            {t('spot.page', { n: Math.min(page, pages.length - 1) + 1, total: pages.length })}
          </span>
        ) : null}
      </div>
      <div className="spot-text" ref={boxRef}>
        {j.title ? <h2 className="spot-title">{keepTogether(injectTitle(j))}</h2> : null}
        <div className="spot-body" data-testid="spotlight-body" ref={bodyRef}>
          {pages[Math.min(page, pages.length - 1)]}
        </div>
      </div>
      {post ? (
        <div className="spot-counts tnum" data-testid="spotlight-counts">
          <span>
            <Icon name="repost" /> {t('feed.reposts')} {formatCount(post.reposts, lang)}
          </span>
          <span>
            <Icon name="comment" /> {t('feed.comments')} {formatCount(post.comments, lang)}
          </span>
          <span>
            <Icon name="like" /> {t('feed.likes')} {formatCount(post.likes, lang)}
          </span>
        </div>
      ) : null}
    </section>
  );
}
