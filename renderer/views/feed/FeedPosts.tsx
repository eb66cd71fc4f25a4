// Mock posts of the public injects (persona, channel icon, drill time, text) with reposts, comments and likes that grow;
// on the console each post can carry its own buttons (the spotlight).
import type { ReactNode } from 'react';
import { formatDrillClock } from '../../../shared/domain/clock';
import type { FeedPost } from '../../../shared/domain/feed';
import { useI18n } from '../../i18n/i18n';
import { Icon } from '../../ui/icons';
import { channelLabel } from '../../ui/names';
import { formatCount } from './counts';

export function FeedPosts({ posts, limit, variant, actions }: { posts: FeedPost[]; limit?: number; variant: 'console' | 'projector'; actions?: (p: FeedPost) => ReactNode }) {
  const { t, lang } = useI18n();
  const shown = limit ? posts.slice(0, limit) : posts;
  if (shown.length === 0) return <p className={variant === 'projector' ? 'proj-empty' : 'muted'}>{t('feed.empty')}</p>;
  return (
    <ol className={`feed-posts feed-${variant}`} data-testid="feed-posts">
      {shown.map((p, i) => (
        <li key={p.injectId} className={`feed-post${i === 0 ? ' newest' : ''}`} data-testid="feed-post">
          <div className="feed-head">
            <span className="feed-channel">
              <Icon name={p.channel} /> {channelLabel(p.channel, t)}
            </span>
            <span className="feed-persona">{p.persona}</span>
            <span className="feed-time tnum">{formatDrillClock(p.clockMs)}</span>
          </div>
          <div className="feed-text" data-clamp="preview">{p.title ? <strong>{p.title} </strong> : null}{p.text}</div>
          <div className="feed-counts tnum" data-testid="feed-counts">
            <span title={t('feed.reposts')}>
              <Icon name="repost" /> <span className="visually-hidden">{t('feed.reposts')}</span>
              {formatCount(p.reposts, lang)}
            </span>
            <span title={t('feed.comments')}>
              <Icon name="comment" /> <span className="visually-hidden">{t('feed.comments')}</span>
              {formatCount(p.comments, lang)}
            </span>
            <span title={t('feed.likes')}>
              <Icon name="like" /> <span className="visually-hidden">{t('feed.likes')}</span>
              {formatCount(p.likes, lang)}
            </span>
          </div>
          {actions ? <div className="feed-actions">{actions(p)}</div> : null}
        </li>
      ))}
    </ol>
  );
}
