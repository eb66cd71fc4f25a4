// The timing indicators on the console: value against target, status in words, and the entries (#seq) each cites.
import { formatDuration } from '../../../shared/domain/clock';
import { indicators } from '../../../shared/domain/indicators';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import type { DrillView } from '../../state/useDrill';
import { useDrillClock } from '../../state/useDrillClock';
import { Icon, INDICATOR_ICON } from '../../ui/icons';
import { indicatorCite } from '../../ui/indicatorCite';

export function IndicatorList({ view }: { view: DrillView }) {
  const { t, lang } = useI18n();
  const clockMs = useDrillClock(view, 1000);
  const items = indicators(view.state, clockMs);
  if (items.length === 0) return null;
  return (
    <section className="panel indicator-list" aria-label={t('ind.title')}>
      <h2>{t('ind.title')}</h2>
      <ul>
        {items.map((i) => {
          const value = i.actualMs ?? i.runningMs;
          return (
            <li key={i.id} className={`ind-row ind-${i.status}`} data-testid={`console-ind-${i.id}`}>
              <span className="ind-label">{(lang === 'en' && i.labelEn) || i.label}</span>
              <span className="tnum">
                {value === null ? '—' : formatDuration(value, lang)} / {formatDuration(i.targetMs, lang)}
              </span>
              <span className="ind-word">
                <Icon name={INDICATOR_ICON[i.status]} /> {t(`ind.${i.status}` as MessageKey)}
              </span>
              <span className="muted tnum ind-cite" title={t('ind.citeTitle')}>
                {indicatorCite(i)}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
