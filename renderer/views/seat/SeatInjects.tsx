// A seat's injects as released: full text, sender, channel, expected actions with a live countdown, and the 签收 button.
import { injectOf } from '../../../shared/domain/adhoc';
import { useState } from 'react';
import { formatDrillClock, formatDuration } from '../../../shared/domain/clock';
import { own } from '../../../shared/domain/records';
import { api } from '../../api/api';
import { useI18n } from '../../i18n/i18n';
import type { DrillView } from '../../state/useDrill';
import { Icon } from '../../ui/icons';
import { channelLabel, injectTitle } from '../../ui/names';

export function SeatInjects({ view, roleId, clockMs, active }: { view: DrillView; roleId: string; clockMs: number; active: boolean }) {
  const { t, lang, errorText } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const { state } = view;
  const mine = state.released
    .map((r) => ({ r, j: injectOf(state, r.injectId)! }))
    .filter((x) => x.j?.targetRoles.includes(roleId))
    .reverse();
  const sign = (injectId: string) =>
    api.call('inject.acknowledge', { drillId: state.drillId, injectId, roleId }).then(
      () => setError(null),
      (err: unknown) => setError(err),
    );
  if (mine.length === 0) return <p className="muted">{t('seat.noInjects')}</p>;
  return (
    <>
      {error ? (
        <p className="error-text" role="alert">
          {errorText(error)}
        </p>
      ) : null}
      <ul className="seat-injects">
        {mine.map(({ r, j }) => {
          const signed = own(state.acknowledged, j.id)?.includes(roleId);
          return (
            <li key={j.id} className={`seat-inject${signed ? ' signed' : ''}`} data-testid={`seat-inject-${j.id}`}>
              <div className="inject-line">
                <span className="channel">
                  <Icon name={j.channel} /> {channelLabel(j.channel, t)}
                </span>
                <span className="muted">{t('seat.from', { sender: j.sender })}</span>
                <span className="tnum muted">{formatDrillClock(r.clockMs)}</span>
                <span className="spacer" />
                {signed ? (
                  <span className="tag tag-ok" data-testid={`seat-signed-${j.id}`}>
                    <Icon name="check" /> {t('role.acked')}
                  </span>
                ) : active ? (
                  <button type="button" className="primary" onClick={() => void sign(j.id)} data-testid={`seat-sign-${j.id}`}>
                    {t('role.ack')}
                  </button>
                ) : null}
              </div>
              <h3 className="seat-inject-title">{injectTitle(j)}</h3>
              <p className="seat-inject-text">{j.content}</p>
              {j.expectedActions
                .filter((a) => a.roleId === roleId)
                .map((a) => {
                  const left = r.clockMs + a.deadlineMin * 60_000 - clockMs;
                  return (
                    <div key={a.id} className={`seat-expected${left < 0 ? ' over' : left < 120_000 ? ' near' : ''}`}>
                      <Icon name="flag" /> <span className="seat-expected-text">{a.text}</span>
                      <span className="muted">{t('seat.deadline', { min: a.deadlineMin })}</span>
                      <span className="seat-countdown tnum">
                        {left >= 0 ? t('seat.left', { time: formatDuration(left, lang) }) : t('seat.overdue', { time: formatDuration(-left, lang) })}
                      </span>
                    </div>
                  );
                })}
            </li>
          );
        })}
      </ul>
    </>
  );
}
