// 整改台账: every improvement measure of every drill in the database (one call, rows computed by main from each
// journal), filtered here with the same pure filter; a row opens its drill's review.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { filterImprovementLedger, IMPROVEMENT_STATUSES, type ImprovementLedgerFilter } from '../../../shared/domain/improvementLedger';
import type { ImprovementStatus } from '../../../shared/domain/review';
import type { ImprovementLedger as Ledger } from '../../../shared/ipc/contract';
import { api } from '../../api/api';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { go, reviewHash } from '../../state/route';
import { Icon } from '../../ui/icons';
import { PrefsSwitch, type Prefs } from '../../ui/PrefsSwitch';
import { MeasureStatus } from '../review/MeasureMoves';
import '../../styles/improvements.css';

const NO_FILTER: Required<Pick<ImprovementLedgerFilter, 'owner' | 'dueFrom' | 'dueTo' | 'overdueOnly'>> & { statuses: ImprovementStatus[] } = {
  statuses: [],
  owner: '',
  dueFrom: '',
  dueTo: '',
  overdueOnly: false,
};

export default function ImprovementLedger({ prefs }: { prefs: Prefs }) {
  const { t, lang, errorText } = useI18n();
  const [ledger, setLedger] = useState<Ledger | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [f, setF] = useState(NO_FILTER);
  const load = useCallback(() => {
    api.call('ledger.improvements', {}).then(
      (l) => (setLedger(l), setError(null)),
      (err: unknown) => setError(err),
    );
  }, []);
  useEffect(() => {
    load();
    const offDrill = api.on('drill.changed', load);
    const offList = api.on('drills.changed', load);
    return () => (offDrill(), offList());
  }, [load]);
  const rows = useMemo(() => (ledger ? filterImprovementLedger(ledger.rows, f) : []), [ledger, f]);
  const toggle = (s: ImprovementStatus) => setF({ ...f, statuses: f.statuses.includes(s) ? f.statuses.filter((x) => x !== s) : [...f.statuses, s] });
  const filtered = JSON.stringify(f) !== JSON.stringify(NO_FILTER);
  return (
    <div className="page" data-testid="improvement-ledger">
      <header className="topbar">
        <a className="button ghost" href="#/" aria-label={t('app.back')} title={t('app.back')}>
          <Icon name="back" />
        </a>
        <div className="drill-title">
          <h1>{t('impLedger.imp.title')}</h1>
          <span className="muted">{t('impLedger.imp.sub')}</span>
        </div>
        <span className="spacer" />
        <PrefsSwitch prefs={prefs} />
      </header>
      <main className="page-body ledger-body">
        <form className="ledger-filters" onSubmit={(ev) => ev.preventDefault()} aria-label={t('impLedger.filter.status')}>
          <fieldset>
            <legend>{t('impLedger.filter.status')}</legend>
            {IMPROVEMENT_STATUSES.map((s) => (
              <label key={s} className="check">
                <input type="checkbox" checked={f.statuses.includes(s)} onChange={() => toggle(s)} data-testid={`filter-${s}`} /> {t(`imp.st.${s}` as MessageKey)}
              </label>
            ))}
            <label className="check">
              <input type="checkbox" checked={f.overdueOnly} onChange={(ev) => setF({ ...f, overdueOnly: ev.target.checked })} data-testid="filter-overdue" />{' '}
              <span className="text-over">{t('impLedger.filter.overdue')}</span>
            </label>
          </fieldset>
          <label className="field">
            <span>{t('impLedger.filter.owner')}</span>
            <input name="owner" value={f.owner} maxLength={60} onChange={(ev) => setF({ ...f, owner: ev.target.value })} />
          </label>
          <label className="field">
            <span>{t('impLedger.filter.dueFrom')}</span>
            <input name="dueFrom" type="date" value={f.dueFrom} onChange={(ev) => setF({ ...f, dueFrom: ev.target.value })} />
          </label>
          <label className="field">
            <span>{t('impLedger.filter.dueTo')}</span>
            <input name="dueTo" type="date" value={f.dueTo} onChange={(ev) => setF({ ...f, dueTo: ev.target.value })} />
          </label>
          <button type="button" className="ghost" disabled={!filtered} onClick={() => setF(NO_FILTER)}>
            {t('impLedger.filter.reset')}
          </button>
        </form>
        {error ? (
          <p className="error-text" role="alert">
            {errorText(error)}
          </p>
        ) : ledger === null ? (
          <p className="muted">{t('app.loading')}</p>
        ) : ledger.rows.length === 0 ? (
          <p className="empty">{t('impLedger.none')}</p>
        ) : (
          <>
            <p className="ledger-summary muted" data-testid="ledger-count">
              {t('impLedger.count', { n: rows.length, overdue: rows.filter((r) => r.overdue).length })} · {t('impLedger.today', { date: ledger.today })}
            </p>
            {rows.length === 0 ? (
              <p className="empty">{t('impLedger.empty')}</p>
            ) : (
              <table className="table ledger-table">
                <thead>
                  <tr>
                    <th>{t('impLedger.col.drill')}</th>
                    <th className="num">{t('impLedger.col.date')}</th>
                    <th>{t('impLedger.col.branch')}</th>
                    <th>{t('imp.measure')}</th>
                    <th>{t('imp.person')}</th>
                    <th className="ledger-wide">{t('imp.department')}</th>
                    <th className="num ledger-wide">{t('imp.start')}</th>
                    <th className="num">{t('imp.due')}</th>
                    <th>{t('imp.status')}</th>
                    <th>{t('imp.lastMove')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr
                      key={`${r.drillId}/${r.seq}`}
                      className={r.overdue ? 'overdue' : undefined}
                      tabIndex={0}
                      title={t('impLedger.openReview', { name: r.drillName })}
                      onClick={() => go(reviewHash(r.drillId))}
                      onKeyDown={(ev) => ev.key === 'Enter' && go(reviewHash(r.drillId))}
                      data-testid={`ledger-row-${r.drillId}-${r.seq}`}
                    >
                      <td>
                        <a href={reviewHash(r.drillId)} onClick={(ev) => ev.stopPropagation()}>
                          {r.drillName}
                        </a>
                        <div className="small-text muted">{(lang === 'en' && r.scenarioTitleEn) || r.scenarioTitle}</div>
                      </td>
                      <td className="num nowrap">{r.drillDate}</td>
                      <td className="ledger-branch">{r.branch || r.organiser || '—'}</td>
                      <td className="ledger-measure">{r.measure}</td>
                      <td className="ledger-owner">{r.owner}</td>
                      <td className="ledger-wide">{r.department ?? '—'}</td>
                      <td className="num nowrap ledger-wide">{r.start ?? '—'}</td>
                      <td className="num nowrap">{r.due}</td>
                      <td>
                        <MeasureStatus status={r.status} overdue={r.overdue} />
                      </td>
                      <td className="small-text">
                        {r.lastMove ? (
                          <>
                            <span className="tnum nowrap">{r.lastMove.date}</span> {r.lastMove.by} · {t(`imp.moved.${r.lastMove.move}` as MessageKey)}
                          </>
                        ) : (
                          <span className="muted">—</span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        )}
      </main>
    </div>
  );
}
