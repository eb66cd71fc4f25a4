// The projector dashboard (大屏): read from the back of the room, no controls. Designed layouts for 16:9 and 4:3;
// a spotlighted inject takes the screen, and a paused drill says so in large words over a dimmed clock.
import type { ReactNode } from 'react';
import { formatDrillClock, formatDuration } from '../../../shared/domain/clock';
import { indicators } from '../../../shared/domain/indicators';
import { phaseProgress, roleProgress } from '../../../shared/domain/progress';
import type { AnyEntry } from '../../../shared/domain/entry';
import { opinionFeed } from '../../../shared/domain/feed';
import type { DrillState } from '../../../shared/domain/fold';
import { translate, useI18n, type MessageKey } from '../../i18n/i18n';
import { useDrill } from '../../state/useDrill';
import { useDrillClock } from '../../state/useDrillClock';
import { Icon, LEVEL_ICON, STATUS_ICON } from '../../ui/icons';
import { phaseName } from '../../ui/names';
import { FeedPosts } from '../feed/FeedPosts';
import { HeatCurve } from '../feed/HeatCurve';
import { hasPublicInjects } from '../feed/publicInjects';
import { IndicatorStrip } from './IndicatorStrip';
import { InjectCards } from './InjectCards';
import { RoleBoard } from './RoleBoard';
import { WitnessCode } from './WitnessCode';
import { Spotlight } from './Spotlight';
import { SeatJoinBoard } from './SeatJoinBoard';

export function Projector({ drillId }: { drillId: string | null }) {
  const { t, errorText } = useI18n();
  const { view, error } = useDrill(drillId);
  const clockMs = useDrillClock(view, 250);
  if (!drillId) return <div className="projector proj-message">{t('proj.noDrill')}</div>;
  if (!view) return <div className="projector proj-message">{error ? errorText(error) : t('app.loading')}</div>;
  return <ProjectorBoard state={view.state} entries={view.entries} clockMs={clockMs} badge={<SeatJoinBoard state={view.state} />} />;
}

/** The board itself, for a drill state at drill time `clockMs`: the live projector and the replay both draw it. */
export function ProjectorBoard(props: { state: DrillState; entries: readonly AnyEntry[]; clockMs: number; className?: string; testId?: string; badge?: ReactNode }) {
  const { state, entries, clockMs, className, testId = 'projector', badge } = props;
  const { t, lang } = useI18n();
  // Scenarios with public injects get the opinion feed and heat curve (a column on 16:9, above the cards on 4:3).
  const feed = hasPublicInjects(state.scenario) ? opinionFeed(state, clockMs, entries) : null;
  const pp = phaseProgress(state, clockMs);
  const pct = pp ? Math.min(100, (pp.elapsedMs / pp.targetMs) * 100) : 0;
  const spot = state.status !== 'finished' ? state.spotlight : null;
  const paused = state.status === 'paused';
  return (
    <div className={`projector${feed ? ' with-feed' : ''}${spot ? ' spotlit' : ''}${paused ? ' is-paused' : ''}${className ? ` ${className}` : ''}`} data-testid={testId}>
      <header className="proj-top">
        <div className="proj-name">
          <span className="proj-drill">{state.facts.name}</span>
          <span className="proj-scenario">{(lang === 'en' && state.scenario.titleEn) || state.scenario.title}</span>
        </div>
        {badge}
        <WitnessCode entries={entries} clockMs={clockMs} />
        <div className={`proj-status status-${state.status}`} data-testid="proj-status">
          <Icon name={STATUS_ICON[state.status]} /> {t(`status.${state.status}` as MessageKey)}
        </div>
      </header>
      <section className="proj-clock-block">
        <div className="proj-clock-wrap">
          <div className="proj-clock tnum" data-testid="proj-clock">
            {formatDrillClock(clockMs)}
          </div>
          {paused ? (
            <div className="proj-paused" data-testid="proj-paused" role="status">
              <Icon name="pause" /> {t('proj.paused')}
            </div>
          ) : null}
        </div>
        {state.gap ? (
          <div className="proj-gap" role="status" data-testid="proj-gap">
            <Icon name="warning" /> {translate('zh-CN', 'gap.waiting')} <span lang="en">{translate('en', 'gap.waiting')}</span>
          </div>
        ) : null}
        <div className={`proj-phase level-${pp?.level ?? 'ok'}`} data-testid="proj-phase">
          {pp ? (
            <>
              <div className="proj-phase-line">
                <span className="proj-phase-n">{t('proj.phaseOf', { n: pp.index + 1, total: state.scenario.phases.length })}</span>
                <span className="proj-phase-name">{phaseName(pp.phase, lang)}</span>
              </div>
              <div className="proj-bar" role="progressbar" aria-valuenow={Math.round(pct)} aria-valuemin={0} aria-valuemax={100}>
                <span style={{ width: `${pct}%` }} />
              </div>
              <div className="proj-phase-meta tnum">
                <span>
                  {formatDuration(pp.elapsedMs, lang)} / {formatDuration(pp.targetMs, lang)}
                </span>
                <span className="proj-level">
                  <Icon name={LEVEL_ICON[pp.level]} /> {t(`level.${pp.level}` as MessageKey)}
                  {pp.level === 'over' ? ` +${formatDuration(pp.elapsedMs - pp.targetMs, lang)}` : ''}
                </span>
              </div>
            </>
          ) : (
            <div className="proj-phase-line">{t('clock.notStarted')}</div>
          )}
        </div>
      </section>
      {spot ? <Spotlight state={state} spot={spot} feed={feed} /> : null}
      <section className="proj-injects" aria-label={t('proj.injects')}>
        <InjectCards state={state} feed={feed} />
      </section>
      {feed ? (
        <section className="proj-feed" aria-label={t('feed.title')} data-testid="proj-feed">
          <HeatCurve state={state} entries={entries} clockMs={clockMs} variant="projector" />
          <FeedPosts posts={feed} limit={2} variant="projector" />
        </section>
      ) : null}
      <section className="proj-roles" aria-label={t('proj.roles')}>
        <RoleBoard state={state} progress={roleProgress(state, clockMs)} clockMs={clockMs} />
      </section>
      <section className="proj-indicators" aria-label={t('ind.title')}>
        <IndicatorStrip items={indicators(state, clockMs)} drillStatus={state.status} />
      </section>
    </div>
  );
}
