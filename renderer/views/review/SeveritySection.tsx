// The review's severity section: the team's 研判 grade against the pack's, and the reporting clocks (phone /
// written report to the regulator) as met, late or missed, in words and icons.
import { formatDrillClock, formatDuration } from '../../../shared/domain/clock';
import type { AnyEntry } from '../../../shared/domain/entry';
import type { DrillState } from '../../../shared/domain/fold';
import { gradeRecord, reportingClocks, type ReportingStatus } from '../../../shared/domain/reporting';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { Icon } from '../../ui/icons';
import { roleNameById } from '../../ui/names';

const STATUS_ICON: Record<ReportingStatus, 'check' | 'cross' | 'running' | 'pending' | 'warning'> = {
  met: 'check',
  late: 'warning',
  missed: 'cross',
  running: 'running',
  pending: 'pending',
};

export function SeveritySection({ state, entries, clockMs }: { state: DrillState; entries: AnyEntry[]; clockMs: number }) {
  const { t, lang } = useI18n();
  const pack = state.scenario;
  const g = gradeRecord(state, entries);
  const clocks = reportingClocks(state, entries, clockMs);
  const grade = (x: string | null) => (x ? t(`grade.${x}` as MessageKey) : t('sev.notRecorded'));
  const basis = pack.severity ? (lang === 'en' && pack.severity.basisEn) || pack.severity.basis : undefined;
  const gradeEntry = g.seq !== null ? entries.find((e) => e.seq === g.seq) : undefined;
  const milestone = (m: string) => (m === 'start' ? t('review.msStart') : t(`milestone.${m}` as MessageKey));
  return (
    <section className="card review-section" aria-label={t('sev.title')} data-testid="review-severity">
      <h2>{t('sev.title')}</h2>
      <dl className="sev-grades">
        <dt>{t('sev.expected')}</dt>
        <dd data-testid="sev-expected">{pack.severity ? grade(pack.severity.grade) : t('lib.noneSet')}</dd>
        <dt>{t('sev.recorded')}</dt>
        <dd data-testid="sev-recorded">
          {grade(g.recorded)}
          {gradeEntry ? (
            <span className="muted">
              {' '}
              · {t('sev.recordedAt', { when: formatDrillClock(gradeEntry.clockMs), role: roleNameById(state, gradeEntry.roleId, lang) })}
              {g.times > 1 ? ` · ${t('sev.regraded', { n: g.times })}` : ''}
            </span>
          ) : null}
        </dd>
        <dt>{t('sev.verdict')}</dt>
        <dd className={`sev-verdict sev-${g.verdict}`} data-testid="sev-verdict">
          <Icon name={g.verdict === 'match' ? 'check' : g.verdict === 'unexpected' ? 'pending' : 'warning'} /> {t(`sev.v.${g.verdict}` as MessageKey)}
        </dd>
        {basis ? (
          <>
            <dt>{t('sev.basis')}</dt>
            <dd className="muted">{basis}</dd>
          </>
        ) : null}
      </dl>
      {clocks.length === 0 ? (
        <p className="empty">{t('sev.noClocks')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th>{t('sev.clock')}</th>
              <th>{t('sev.form')}</th>
              <th className="num">{t('sev.within')}</th>
              <th className="num">{t('ind.actual')}</th>
              <th>{t('review.result')}</th>
            </tr>
          </thead>
          <tbody>
            {clocks.map((c) => {
              const value = c.actualMs ?? c.runningMs;
              return (
                <tr key={c.id} className={`ind-row ind-${c.status === 'late' ? 'missed' : c.status}`} data-testid={`review-clock-${c.id}`}>
                  <td>
                    {(lang === 'en' && c.labelEn) || c.label}
                    {c.recipient ? <div className="muted small-text">{c.recipient}</div> : null}
                  </td>
                  <td>{t(`form.${c.form}` as MessageKey)}</td>
                  <td className="num">
                    {milestone(c.from)} + {formatDuration(c.withinMs, lang)}
                  </td>
                  <td className="num">{value === null ? '—' : formatDuration(value, lang)}</td>
                  <td className="ind-word">
                    <Icon name={STATUS_ICON[c.status]} /> {t(`sev.s.${c.status}` as MessageKey)}
                    {c.status === 'late' && c.actualMs !== null ? <span className="muted"> +{formatDuration(c.actualMs - c.withinMs, lang)}</span> : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
