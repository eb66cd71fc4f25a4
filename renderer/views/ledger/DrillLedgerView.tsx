// 演练台账 screen: every drill in the database (local and imported) with a year filter, the share of indicators met
// by year and by branch as bars, average times per year, the exports to Excel/CSV, and the head office roll-up import.
import { useCallback, useEffect, useState } from 'react';
import { MINUTE } from '../../../shared/domain/clock';
import type { DrillLedger, DrillLedgerRow } from '../../../shared/domain/drillLedger';
import { shortVersion } from '../../../shared/domain/scenarioVersion';
import { api } from '../../api/api';
import { useI18n } from '../../i18n/i18n';
import { Icon } from '../../ui/icons';
import { useNotice } from '../../ui/notice';
import { PrefsSwitch, type Prefs } from '../../ui/PrefsSwitch';
import { reviewHash } from '../../state/route';
import { RollupImport } from './RollupImport';
import { ShareChart } from './ShareChart';
import '../../styles/ledger.css';

const minutes = (ms: number) => (ms / MINUTE).toFixed(ms < 10 * MINUTE ? 1 : 0);

export default function DrillLedgerView({ prefs }: { prefs: Prefs }) {
  const { t, lang } = useI18n();
  const notice = useNotice();
  const [year, setYear] = useState<number | null>(null);
  const [ledger, setLedger] = useState<DrillLedger | null>(null);

  const load = useCallback(() => {
    api.call('ledger.drills', { year }).then(setLedger, notice.error);
  }, [year, notice.error]);
  useEffect(load, [load]);

  const saved = (p: Promise<{ path: string | null }>) =>
    p.then((res) => {
      if (res.path) notice.info(t('list.saved', { path: res.path }));
    }, notice.error);
  const branchLabel = (key: string) => key || t('ledger.noBranch');
  const title = (r: DrillLedgerRow) => (lang === 'en' ? (r.scenarioTitleEn ?? r.scenarioTitle) : r.scenarioTitle);

  return (
    <div className="page ledger-page">
      <header className="topbar">
        <a className="button small" href="#/">
          <Icon name="back" /> {t('app.back')}
        </a>
        <h1 className="brand">{t('ledger.title')}</h1>
        <span className="spacer" />
        <PrefsSwitch prefs={prefs} />
      </header>
      <main className="page-body ledger-body">
        <div className="row between ledger-tools">
          <label className="field inline">
            <span>{t('ledger.year')}</span>
            <select data-testid="ledger-year" value={year ?? ''} onChange={(e) => setYear(e.target.value ? Number(e.target.value) : null)}>
              <option value="">{t('ledger.allYears')}</option>
              {(ledger?.years ?? []).map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
          {ledger ? <span className="muted" data-testid="ledger-count">{t('ledger.count', { n: ledger.rows.length })}</span> : null}
          <span className="spacer" />
          <div className="row">
            <button type="button" className="button" data-testid="ledger-export-xlsx" onClick={() => void saved(api.call('ledger.exportDrills', { year, format: 'xlsx', language: lang }))}>
              <Icon name="doc" /> {t('ledger.export.xlsx')}
            </button>
            <button type="button" className="button" onClick={() => void saved(api.call('ledger.exportDrills', { year, format: 'csv', language: lang }))}>
              {t('ledger.export.csv')}
            </button>
            <button type="button" className="button" data-testid="ledger-export-improvements" onClick={() => void saved(api.call('ledger.exportImprovements', { format: 'xlsx', language: lang }))}>
              <Icon name="doc" /> {t('ledger.export.improvements')}
            </button>
          </div>
        </div>
        <RollupImport onImported={load} />
        {ledger === null ? (
          <p className="muted">{t('app.loading')}</p>
        ) : ledger.rows.length === 0 && ledger.byYear.length === 0 ? (
          <p className="empty">{t('ledger.empty')}</p>
        ) : (
          <>
            <div className="ledger-charts">
              <ShareChart testId="chart-by-year" title={t('ledger.chart.byYear')} groups={ledger.byYear} labelOf={(k) => k} />
              <ShareChart testId="chart-by-branch" title={t('ledger.chart.byBranch', { scope: year ?? t('ledger.allYears') })} groups={ledger.byBranch} labelOf={branchLabel} />
            </div>
            <Averages ledger={ledger} />
            <div className="ledger-table-wrap">
              <table className="table ledger-table" data-testid="ledger-table">
                <thead>
                  <tr>
                    <Th text={t('ledger.col.date')} />
                    <Th text={t('ledger.col.drill')} />
                    <Th text={t('ledger.col.scenario')} />
                    <Th text={t('ledger.col.people')} num />
                    <Th text={t('ledger.col.indicators')} num />
                    <Th text={t('ledger.col.ratings')} />
                    <Th text={t('ledger.col.actions')} num />
                    <Th text={t('ledger.col.improvements')} num />
                    <Th text={t('ledger.col.anchors')} />
                  </tr>
                </thead>
                <tbody>
                  {ledger.rows.map((r) => (
                    <tr key={r.drillId} data-testid="ledger-row" data-drill={r.drillId} data-year={r.year}>
                      <td>
                        <div className="code nowrap">{r.dateYmd}</div>
                        <div className="branch">{branchLabel(r.branch)}</div>
                      </td>
                      <td className="drill">
                        <a href={reviewHash(r.drillId)}>{r.name}</a>
                        <div className="small-text muted">
                          {t(r.drillType === 'live' ? 'ledger.type.live' : 'ledger.type.tabletop')}
                          {r.notice === 'no_notice' ? ` · ${t('ledger.notice.no_notice')}` : ''}
                          {r.status !== 'finished' ? ` · ${t('ledger.notFinished')}` : ''}
                        </div>
                        <div className="row ledger-row-actions">
                          <button type="button" className="small" onClick={() => void saved(api.call('journal.export', { drillId: r.drillId, format: 'xlsx', language: lang }))}>
                            {t('ledger.journal.xlsx')}
                          </button>
                          <button type="button" className="small" onClick={() => void saved(api.call('journal.export', { drillId: r.drillId, format: 'csv', language: lang }))}>
                            {t('ledger.journal.csv')}
                          </button>
                        </div>
                      </td>
                      <td className="scenario">
                        {title(r)}
                        <div className="small-text muted code">{shortVersion(r.scenarioVersion)}</div>
                      </td>
                      <td className="num">{r.participants}</td>
                      <td className="num nowrap" data-testid="ledger-met">
                        {r.indicatorsMet}/{r.indicatorsTotal}
                      </td>
                      <td className="ratings">
                        {r.ratings.map((x) => (
                          <span key={x.objectiveId} className={`rating rating-${x.rating ?? 'none'}`} title={lang === 'en' ? (x.textEn ?? x.text) : x.text}>
                            {x.rating ?? '–'}
                          </span>
                        ))}
                      </td>
                      <td className="num nowrap">
                        {r.actionsOnTime}/{r.actionsTotal}
                      </td>
                      <td className="num nowrap">
                        {r.improvementsOpen}/{r.improvementsClosed}
                        {r.improvementsOverdue ? <div className="tag tag-over">{t('ledger.overdue', { n: r.improvementsOverdue })}</div> : null}
                      </td>
                      <td className="anchors">
                        <div className="code nowrap">{r.filingCode ?? '—'}</div>
                        <div className="small-text muted code" title={r.finalHash}>
                          {r.finalHash.slice(0, 16)}…
                        </div>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </main>
    </div>
  );
}

/** A column head; a line break in its text is where it wraps on purpose. */
function Th({ text, num }: { text: string; num?: boolean }) {
  const lines = text.split('\n');
  return (
    <th className={num ? 'num' : undefined}>
      {lines.map((l, i) => (
        <span key={i} className="th-line">
          {l}
        </span>
      ))}
    </th>
  );
}

/** Average actual time per timing indicator, per year, beside its target. */
function Averages({ ledger }: { ledger: DrillLedger }) {
  const { t, lang } = useI18n();
  const ids = [...new Map(ledger.byYear.flatMap((g) => g.averages.map((a) => [a.id, a] as const))).values()];
  if (!ids.length) return null;
  return (
    <section className="ledger-averages">
      <h2>{t('ledger.averages')}</h2>
      <table className="table compact" data-testid="ledger-averages">
        <thead>
          <tr>
            <th>{t('ledger.averages.year')}</th>
            {ids.map((a) => (
              <th key={a.id} className="num">
                {lang === 'en' ? (a.labelEn ?? a.label) : a.label}
                <div className="small-text muted">{t('ledger.averages.target', { min: minutes(a.targetMs) })}</div>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ledger.byYear.map((g) => (
            <tr key={g.key}>
              <td className="num">{g.key}</td>
              {ids.map((a) => {
                const v = g.averages.find((x) => x.id === a.id);
                return (
                  <td key={a.id} className={`num ${v && v.averageMs > v.targetMs ? 'over' : ''}`}>
                    {v ? minutes(v.averageMs) : '—'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
