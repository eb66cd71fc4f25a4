// 往期未完成整改: open measures of earlier drills of this drill's branch (or organiser), carried over so they are not
// forgotten; each can be followed up from here, and the follow-up is recorded in the measure's own drill.
import { Fragment, useCallback, useEffect, useState } from 'react';
import { carryOverKey } from '../../../shared/domain/improvementLedger';
import type { ImprovementLedger } from '../../../shared/ipc/contract';
import { api } from '../../api/api';
import { useI18n } from '../../i18n/i18n';
import { reviewHash } from '../../state/route';
import type { DrillView } from '../../state/useDrill';
import { Icon } from '../../ui/icons';
import { MeasureMoves, MeasureStatus } from './MeasureMoves';

export function CarryOverSection({ view }: { view: DrillView }) {
  const { t, errorText } = useI18n();
  const { drillId, facts } = view.state;
  const [ledger, setLedger] = useState<ImprovementLedger | null>(null);
  const [error, setError] = useState<unknown>(null);
  const keyed = carryOverKey(facts) !== '';
  const load = useCallback(() => {
    api.call('review.carryOver', { drillId }).then(
      (l) => (setLedger(l), setError(null)),
      (err: unknown) => setError(err),
    );
  }, [drillId]);
  // Reload when the facts change (a branch filled in) and when any drill's journal changes (a follow-up elsewhere).
  useEffect(load, [load, facts.branch, facts.organiser]);
  useEffect(() => api.on('drill.changed', (p) => p.drillId !== drillId && load()), [drillId, load]);
  const defaultBy = facts.reviewer || facts.facilitator;
  const rows = ledger?.rows ?? [];
  return (
    <section className="card review-section" aria-label={t('carry.title')} data-testid="carry-over">
      <h2>
        {t('carry.title')} {rows.length ? <span className="tag tag-near">{rows.length}</span> : null}
      </h2>
      <p className="muted small-text">{t('carry.hint')}</p>
      {error ? (
        <p className="error-text" role="alert">
          {errorText(error)}
        </p>
      ) : !keyed ? (
        <p className="muted">{t('carry.noKey')}</p>
      ) : ledger === null ? (
        <p className="muted">{t('app.loading')}</p>
      ) : rows.length === 0 ? (
        <p className="muted">{t('carry.none')}</p>
      ) : (
        <table className="table carry-table">
          <thead>
            <tr>
              <th>{t('imp.measure')}</th>
              <th>{t('imp.person')}</th>
              <th className="num">{t('imp.due')}</th>
              <th>{t('imp.status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <Fragment key={`${r.drillId}/${r.seq}`}>
                <tr className={r.readOnly ? undefined : 'has-moves'} data-testid={`carried-${r.drillId}-${r.seq}`}>
                  <td>
                    {r.measure}
                    <a className="carry-from small-text" href={reviewHash(r.drillId)}>
                      <Icon name="back" /> {t('carry.from', { name: r.drillName, date: r.drillDate })}
                    </a>
                    {r.lastMove ? <span className="small-text muted">{t('imp.lastMoveLine', { date: r.lastMove.date, by: r.lastMove.by })}</span> : null}
                  </td>
                  <td className="nowrap">
                    {r.owner}
                    {r.department ? <div className="small-text muted">{r.department}</div> : null}
                  </td>
                  <td className="num nowrap">{r.due}</td>
                  <td>
                    <MeasureStatus status={r.status} overdue={r.overdue} />
                  </td>
                </tr>
                {r.readOnly ? null : (
                  <tr className="moves-row" data-testid={`carried-moves-${r.drillId}-${r.seq}`}>
                    <td colSpan={4}>
                      <MeasureMoves drillId={r.drillId} seq={r.seq} status={r.status} defaultBy={defaultBy} onMoved={load} />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
