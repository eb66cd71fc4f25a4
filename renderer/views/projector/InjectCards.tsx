// The newest injects as cards: channel icon and name, sender, drill time, the first lines; new cards arrive calmly.
// Public posts carry their growing reposts / comments / likes (shown where the layout has no feed column).
import { injectOf } from '../../../shared/domain/adhoc';
import { formatDrillClock } from '../../../shared/domain/clock';
import type { FeedPost } from '../../../shared/domain/feed';
import type { DrillState } from '../../../shared/domain/fold';
import { useI18n } from '../../i18n/i18n';
import { Icon } from '../../ui/icons';
import { channelLabel, injectTitle } from '../../ui/names';
import { formatCount } from '../feed/counts';

const SHOWN = 3;

export function InjectCards({ state, feed }: { state: DrillState; feed?: FeedPost[] | null }) {
  const { t, lang } = useI18n();
  const latest = [...state.released].reverse().slice(0, SHOWN);
  if (latest.length === 0) return <p className="proj-empty">{t('proj.noInjects')}</p>;
  return (
    <ol className="proj-cards">
      {latest.map((r, i) => {
        const j = injectOf(state, r.injectId);
        if (!j) return null;
        const post = feed?.find((p) => p.injectId === j.id);
        return (
          <li key={r.injectId} className={`proj-card${i === 0 ? ' newest' : ''}`} data-testid="proj-inject">
            <div className="proj-card-head">
              <span className="proj-channel">
                <Icon name={j.channel} /> {channelLabel(j.channel, t)}
              </span>
              <span className="proj-sender">{j.sender}</span>
              <span className="proj-card-time tnum">{formatDrillClock(r.clockMs)}</span>
            </div>
            <div className="proj-card-title">{injectTitle(j)}</div>
            <div className="proj-card-body" data-clamp="preview">{j.content}</div>
            {post ? (
              <div className="proj-card-engage tnum">
                <Icon name="repost" /> {formatCount(post.reposts, lang)} <Icon name="comment" /> {formatCount(post.comments, lang)} <Icon name="like" /> {formatCount(post.likes, lang)}
              </div>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
