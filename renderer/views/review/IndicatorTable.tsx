// Timing indicators on the review: from → to, target against actual, and met / missed in words and icons.
import { formatDuration } from '../../../shared/domain/clock';
import { indicators } from '../../../shared/domain/indicators';
import type { DrillState } from '../../../shared/domain/fold';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { Icon } from '../../ui/icons';
import { indicatorCite } from '../../ui/indicatorCite';
import { indicatorWord } from '../../ui/indicatorWord';

export function IndicatorTable({ state, clockMs }: { state: DrillState; clockMs: number }) {
  const { t, lang } = useI18n();
  const items = indicators(state, clockMs);
  const milestone = (m: string) => (m === 'start' ? t('review.msStart') : t(`milestone.${m}` as MessageKey));
  return (
    <section className="card review-section" aria-label={t('ind.title')} data-testid="review-indicators">
      <h2>{t('ind.title')}</h2>
      {items.length === 0 ? (
        <p className="empty">{t('review.noTargets')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th>{t('review.indicator')}</th>
              <th>{t('review.span')}</th>
              <th className="num">{t('ind.target')}</th>
              <th className="num">{t('ind.actual')}</th>
              <th>{t('review.result')}</th>
              <th>{t('ind.cite')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((i) => {
              const value = i.actualMs ?? i.runningMs;
              return (
                <tr key={i.id} className={`ind-row ind-${i.status}`} data-testid={`review-ind-${i.id}`}>
                  <td>{(lang === 'en' && i.labelEn) || i.label}</td>
                  <td className="muted">
                    {milestone(i.from)} → {milestone(i.to)}
                  </td>
                  <td className="num">{formatDuration(i.targetMs, lang)}</td>
                  <td className="num">{value === null ? '—' : formatDuration(value, lang)}</td>
                  <td className="ind-word">
                    <Icon name={indicatorWord(i.status, state.status).icon} /> {t(indicatorWord(i.status, state.status).key)}
                    {i.status === 'missed' && i.actualMs !== null ? <span className="muted"> +{formatDuration(i.actualMs - i.targetMs, lang)}</span> : null}
                    {i.status === 'missed' && i.actualMs === null ? <span className="muted"> {t('review.notReached')}</span> : null}
                  </td>
                  <td className="tnum muted" data-testid={`review-ind-cite-${i.id}`}>
                    {indicatorCite(i) || '—'}
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
