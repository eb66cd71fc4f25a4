// The inject timeline: released, the next one due with a countdown, later ones, and contingency injects (by hand);
// clicking one opens its full card.
import { injectOf } from '../../../shared/domain/adhoc';
import type { ReactNode } from 'react';
import { formatDrillClock, formatDuration, MINUTE } from '../../../shared/domain/clock';
import { injectQueue } from '../../../shared/domain/progress';
import type { Inject } from '../../../shared/domain/scenario';
import { own } from '../../../shared/domain/records';
import { useI18n } from '../../i18n/i18n';
import type { DrillView } from '../../state/useDrill';
import { useDrillClock } from '../../state/useDrillClock';
import { Icon } from '../../ui/icons';
import { channelLabel, injectTitle, roleNameById } from '../../ui/names';
import { useControls } from './controls';
import { joinList } from '../../../shared/domain/listJoin';

/** The inject the "release next" shortcut sends: the first timed one whose parent is out. */
export function nextInject(view: DrillView): Inject | undefined {
  const q = injectQueue(view.state);
  const out = new Set(view.state.released.map((r) => r.injectId));
  return q.upcoming.find((j) => !j.afterInjectId || out.has(j.afterInjectId)) ?? q.upcoming[0];
}

export function InjectTimeline({ view, locked, onOpen }: { view: DrillView; locked: boolean; onOpen(injectId: string): void }) {
  const { t, lang } = useI18n();
  const clockMs = useDrillClock(view, 500);
  const { state } = view;
  const q = injectQueue(state);
  const next = nextInject(view);
  const canRelease = !locked && (state.status === 'running' || state.status === 'paused');
  const { request } = useControls();
  const release = (j: Inject) => request({ kind: 'release', injectId: j.id });
  const roles = (j: Inject) => joinList(j.targetRoles.map((r) => roleNameById(state, r, lang)), lang);
  const releaseButton = (j: Inject, className = 'small') =>
    canRelease ? (
      <button
        type="button"
        className={className}
        onClick={(ev) => {
          ev.stopPropagation();
          release(j);
        }}
      >
        {t('inj.release')}
      </button>
    ) : null;

  const item = (j: Inject, cls: string, children: ReactNode) => (
    <li key={j.id} className={`inject-item ${cls} openable`} data-testid={`inject-${j.id}`} onClick={() => onOpen(j.id)}>
      <div className="inject-line">
        <span className="channel">
          <Icon name={j.channel} /> {channelLabel(j.channel, t)}
        </span>
        {j.contingency ? <span className="tag tag-near">{t('inj.contingencyMark')}</span> : null}
        <span className="spacer" />
        {children}
      </div>
      <button type="button" className="inject-title inject-open" onClick={(ev) => {
          ev.stopPropagation();
          onOpen(j.id);
        }} aria-haspopup="dialog">
        {injectTitle(j)}
      </button>
      <div className="muted small-text">{t('inj.to', { roles: roles(j) })}</div>
    </li>
  );

  return (
    <div className="inject-timeline">
      <h3>{t('inj.next')}</h3>
      {next ? (
        <ul className="inject-list">
          {item(
            next,
            'next',
            <>
            <span className="countdown tnum" data-testid="next-countdown">
              {next.offsetMin * MINUTE > clockMs ? t('inj.dueIn', { time: formatDuration(next.offsetMin * MINUTE - clockMs, lang) }) : t('inj.dueNow')}
            </span>
            {releaseButton(next, 'primary small')}
            </>,
          )}
        </ul>
      ) : (
        <p className="muted">{t('inj.none')}</p>
      )}
      <h3>
        {t('inj.released')} <span className="muted">({q.released.length})</span>
      </h3>
      {q.released.length === 0 ? <p className="muted">{t('inj.none')}</p> : null}
      <ul className="inject-list">
        {[...state.released].reverse().map((r) => {
          const j = injectOf(state, r.injectId);
          if (!j) return null;
          const acks = own(state.acknowledged, j.id)?.length ?? 0;
          return item(
            j,
            'released',
            <>
              <span className="tnum">{formatDrillClock(r.clockMs)}</span>
              {r.late ? <span className="tag tag-near">{t('inj.late')}</span> : null}
              <span className={`tag ${acks >= j.targetRoles.length ? 'tag-ok' : ''}`}>{t('inj.acks', { n: acks, total: j.targetRoles.length })}</span>
            </>,
          );
        })}
      </ul>
      <h3>{t('inj.later')}</h3>
      <ul className="inject-list">
        {q.upcoming
          .filter((j) => j !== next)
          .map((j) =>
            item(
              j,
              'later',
              <>
              <span className="tnum muted">{t('inj.at', { time: formatDrillClock(j.offsetMin * MINUTE) })}</span>
              {releaseButton(j)}
              </>,
            ),
          )}
      </ul>
      <h3>{t('inj.contingency')}</h3>
      {q.contingency.length === 0 ? <p className="muted">{t('inj.none')}</p> : null}
      <ul className="inject-list">
        {q.contingency.map((j) =>
          item(
            j,
            'contingency',
            <>
            {j.afterInjectId ? <span className="muted small-text">{t('inj.after', { title: injectTitle(state.scenario.injects.find((x) => x.id === j.afterInjectId)) })}</span> : null}
            {releaseButton(j)}
            </>,
          ),
        )}
      </ul>
    </div>
  );
}
