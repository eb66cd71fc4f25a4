// Mock posts of the public injects (persona, channel icon, drill time, text) with reposts, comments and likes that grow;
// on the console each post can carry its own buttons (the spotlight). Official statements carry the 官方 badge everywhere;
// 导演组 (control cell) posts and comments are marked on the console only and look like anyone's on the projector.
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
        <li
          key={p.key}
          className={`feed-post${i === 0 ? ' newest' : ''}${p.source === 'statement' ? ' official' : ''}${p.source === 'control' && variant === 'console' ? ' control' : ''}`}
          data-testid="feed-post"
          data-source={variant === 'console' || p.source === 'statement' ? p.source : 'inject'}
        >
          <div className="feed-head">
            <span className="feed-channel">
              <Icon name={p.channel} /> {channelLabel(p.channel, t)}
            </span>
            <span className="feed-persona">{p.source === 'statement' ? (p.official ?? t('feed.officialAccount')) : p.persona}</span>
            {p.source === 'statement' ? (
              <span className="tag tag-official" data-testid="feed-official">
                <Icon name="check" /> {t('feed.official')}
              </span>
            ) : null}
            {p.source === 'control' && variant === 'console' ? (
              <span className="tag tag-control" data-testid="feed-control">
                {t('feed.control')}
              </span>
            ) : null}
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
          {p.replies.length > 0 ? (
            <ul className="feed-replies" data-testid="feed-replies">
              {(variant === 'projector' ? p.replies.slice(-2) : p.replies).map((c) => (
                <li key={c.seq} className="feed-reply" data-testid="feed-reply">
                  <span className="feed-persona">{c.author}</span>
                  {variant === 'console' ? <span className="tag tag-control">{t('feed.control')}</span> : null}
                  <span className="feed-reply-text">{c.text}</span>
                </li>
              ))}
            </ul>
          ) : null}
          {actions ? <div className="feed-actions">{actions(p)}</div> : null}
        </li>
      ))}
    </ol>
  );
}
