// The control cell's (导演组) seat: clock, phase and paused state on top; a composer for ad-hoc posts, comments and
// live injects; the feed as the console sees it (control posts marked), each post open to a comment.
import { useEffect, useState } from 'react';
import { formatDrillClock } from '../../../shared/domain/clock';
import { opinionFeed, type FeedPost } from '../../../shared/domain/feed';
import { currentPhase } from '../../../shared/domain/fold';
import type { SeatSession } from '../../api/seatJoin';
import { api, ApiError } from '../../api/api';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { useDrill } from '../../state/useDrill';
import { useDrillClock } from '../../state/useDrillClock';
import { Icon, STATUS_ICON } from '../../ui/icons';
import { phaseName } from '../../ui/names';
import { PrefsSwitch, type Prefs } from '../../ui/PrefsSwitch';
import { FeedPosts } from '../feed/FeedPosts';
import { HeatCurve } from '../feed/HeatCurve';
import { ControlComposer } from './ControlComposer';

const REFRESH_MS = 4000;

export function ControlSeatView({ seat, prefs, onLeave }: { seat: SeatSession; prefs: Prefs; onLeave(): void }) {
  const { t, lang, errorText } = useI18n();
  const { view, error, reload } = useDrill(seat.drillId);
  const clockMs = useDrillClock(view, 1000);
  const [replyTo, setReplyTo] = useState<FeedPost | null>(null);
  const revoked = error instanceof ApiError && error.payload.key === 'forbidden_seat.revoked';
  useEffect(() => {
    if (revoked) return;
    const id = window.setInterval(reload, REFRESH_MS);
    return () => window.clearInterval(id);
  }, [reload, revoked]);
  useEffect(() => {
    if (revoked) api.dropSeatToken();
  }, [revoked]);
  if (revoked)
    return (
      <div className="seat-join" data-testid="seat-revoked">
        <div className="seat-join-card panel">
          <h1>
            <Icon name="lock" /> {t('seat.revoked')}
          </h1>
          <button type="button" className="primary" onClick={onLeave}>
            {t('seat.rejoin')}
          </button>
        </div>
      </div>
    );
  if (!view) return <div className="page muted">{error ? errorText(error) : t('app.loading')}</div>;
  const { state, entries } = view;
  const phase = currentPhase(state);
  const active = state.status === 'running' || state.status === 'paused';
  const posts = opinionFeed(state, clockMs, entries);
  return (
    <div className={`seat control-seat seat-${state.status}`} data-testid="control-seat">
      <header className="seat-top">
        <div className="seat-who">
          <span className="seat-role" data-testid="seat-role">
            <Icon name="screen" /> {t('control.title')}
          </span>
          <span className="seat-drill muted">{state.facts.name}</span>
        </div>
        <span className="seat-clock tnum" data-testid="seat-clock">
          {formatDrillClock(clockMs)}
        </span>
        <div className="seat-phase">{phase ? phaseName(phase, lang) : t('clock.notStarted')}</div>
        <div className={`seat-status status-${state.status}`} data-testid="seat-status">
          <Icon name={STATUS_ICON[state.status]} /> {t(`status.${state.status}` as MessageKey)}
        </div>
        <PrefsSwitch prefs={prefs} />
      </header>
      {state.status === 'paused' ? (
        <div className="seat-banner paused" role="status" data-testid="seat-paused">
          <Icon name="pause" /> {t('seat.paused')}
        </div>
      ) : !active ? (
        <div className="seat-banner" role="status">
          {t('control.inactive')}
        </div>
      ) : null}
      <div className="seat-body">
        <section className="seat-col panel" aria-label={t('control.title')}>
          <p className="muted small-text">{t('control.hint')}</p>
          <ControlComposer view={view} active={active} replyTo={replyTo} onReplied={() => setReplyTo(null)} />
        </section>
        <section className="seat-col panel" aria-label={t('control.feed')}>
          <HeatCurve state={state} entries={entries} clockMs={clockMs} variant="console" />
          <h2>
            {t('control.feed')} <span className="muted">({posts.length})</span>
          </h2>
          <FeedPosts
            posts={posts}
            variant="console"
            actions={
              active
                ? (p) => (
                    <button type="button" className="small" onClick={() => setReplyTo(p)} data-testid={`reply-${p.key}`}>
                      <Icon name="comment" /> {t('feed.reply')}
                    </button>
                  )
                : undefined
            }
          />
        </section>
      </div>
    </div>
  );
}
