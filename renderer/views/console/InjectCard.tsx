// One inject as a full card on the console: sender, channel, content, recipients with sign-off, expected actions with
// deadlines (drill time, and time left or overdue), read aloud, release (asks first) and the projector spotlight.
import { formatDrillClock, formatDuration, MINUTE } from '../../../shared/domain/clock';
import { own } from '../../../shared/domain/records';
import type { Inject } from '../../../shared/domain/scenario';
import { useI18n } from '../../i18n/i18n';
import type { DrillView } from '../../state/useDrill';
import { useDrillClock } from '../../state/useDrillClock';
import { Icon } from '../../ui/icons';
import { channelLabel, injectTitle, roleNameById } from '../../ui/names';
import { useSpeech } from '../../ui/useSpeech';
import { useControls } from './controls';

export function InjectCard({ view, inject: j, canRelease, onClose }: { view: DrillView; inject: Inject; canRelease: boolean; onClose(): void }) {
  const { t, lang } = useI18n();
  const clockMs = useDrillClock(view, 500);
  const controls = useControls();
  const speech = useSpeech();
  const { state } = view;
  const released = state.released.find((r) => r.injectId === j.id);
  const acked = new Set(own(state.acknowledged, j.id) ?? []);
  const title = injectTitle(j);
  const channel = channelLabel(j.channel, t);
  const spotlit = state.spotlight?.injectId === j.id && state.spotlight.form === 'card';
  const live = state.status === 'running' || state.status === 'paused';
  const after = j.afterInjectId ? state.scenario.injects.find((x) => x.id === j.afterInjectId) : undefined;
  const sayText = `${channel}。${j.sender}。${j.title ? `${j.title}。` : ''}${j.content}`;

  return (
    <div className="overlay" onClick={onClose}>
      <article className="dialog inject-card" role="dialog" aria-modal="true" aria-label={title} data-testid="inject-card" onClick={(ev) => ev.stopPropagation()}>
        <header className="inject-card-head">
          <span className="channel">
            <Icon name={j.channel} /> {channel}
          </span>
          {j.contingency ? <span className="tag tag-near">{t('inj.contingencyMark')}</span> : null}
          <span className="spacer" />
          <span className={`tag tnum ${released ? 'tag-ok' : ''}`} data-testid="card-when">
            {released ? t('card.releasedAt', { time: formatDrillClock(released.clockMs) }) : `${t('card.notReleased')} · ${t('card.planned', { time: formatDrillClock(j.offsetMin * MINUTE) })}`}
          </span>
        </header>
        <h2 className="inject-card-title">{title}</h2>
        <dl className="inject-card-facts">
          <dt>{t('card.sender')}</dt>
          <dd>{j.sender}</dd>
          <dt>{t('card.channel')}</dt>
          <dd>{channel}</dd>
        </dl>
        {after ? <p className="muted small-text">{t('card.after', { title: injectTitle(after) })}</p> : null}
        <section aria-label={t('card.content')}>
          <p className="inject-card-content">{j.content}</p>
        </section>
        <section>
          <h3>{t('card.targets')}</h3>
          <ul className="inject-card-acks">
            {j.targetRoles.map((r) => (
              <li key={r} data-testid={`ack-${r}`} className={acked.has(r) ? 'acked' : undefined}>
                <Icon name={acked.has(r) ? 'check' : 'pending'} /> {roleNameById(state, r, lang)} · {acked.has(r) ? t('card.acked') : t('card.notAcked')}
              </li>
            ))}
          </ul>
        </section>
        <section>
          <h3>{t('card.expected')}</h3>
          {j.expectedActions.length === 0 ? <p className="muted">{t('card.noExpected')}</p> : null}
          <ul className="inject-card-actions">
            {j.expectedActions.map((a) => {
              const span = a.deadlineMin * MINUTE;
              const doneAt = own(state.actionsDone, `${j.id}/${a.id}`);
              const due = released ? released.clockMs + span : j.offsetMin * MINUTE + span;
              let status: { cls: string; text: string };
              if (!released) status = { cls: 'muted', text: t('card.plannedDeadline', { time: formatDrillClock(due), span: formatDuration(span, lang) }) };
              else if (doneAt !== undefined) status = { cls: 'text-ok', text: `${t('card.deadline', { time: formatDrillClock(due) })} · ${t('card.doneAt', { time: formatDrillClock(doneAt) })}` };
              else if (clockMs > due) status = { cls: 'text-over', text: `${t('card.deadline', { time: formatDrillClock(due) })} · ${t('card.overdue', { time: formatDuration(clockMs - due, lang) })}` };
              else status = { cls: '', text: `${t('card.deadline', { time: formatDrillClock(due) })} · ${t('card.left', { time: formatDuration(due - clockMs, lang) })}` };
              return (
                <li key={a.id} data-testid={`expected-${a.id}`}>
                  <div>
                    <Icon name="flag" /> <strong>{roleNameById(state, a.roleId, lang)}</strong>
                    {lang === 'en' ? ': ' : '：'}
                    {a.text}
                  </div>
                  <div className={`tnum small-text ${status.cls}`}>{status.text}</div>
                </li>
              );
            })}
          </ul>
        </section>
        <footer className="row end inject-card-buttons">
          <button
            type="button"
            disabled={!speech.voice}
            title={speech.voice ? t('card.readHint') : t('card.noVoice')}
            onClick={() => (speech.speaking ? speech.stop() : speech.speak(sayText))}
          >
            <Icon name="play" /> {speech.speaking ? t('card.stopReading') : t('card.read')}
          </button>
          {released && live ? (
            spotlit ? (
              <button type="button" onClick={() => controls.spotlight(null)}>
                <Icon name="screen" /> {t('spot.off')}
              </button>
            ) : (
              <button type="button" title={t('spot.onHint')} onClick={() => controls.spotlight(j.id, 'card')}>
                <Icon name="screen" /> {t('spot.on')}
              </button>
            )
          ) : null}
          {!released && canRelease ? (
            <button type="button" className="primary" onClick={() => controls.request({ kind: 'release', injectId: j.id })}>
              {t('inj.release')}
            </button>
          ) : null}
          <button type="button" autoFocus onClick={onClose}>
            {t('app.close')}
          </button>
        </footer>
      </article>
    </div>
  );
}
