// The timing indicators strip: each one as target and actual, met / running / missed in words and icons, and the
// entries (#seq) it runs between, in the legend and the tooltip.
import { formatDuration } from '../../../shared/domain/clock';
import type { Indicator } from '../../../shared/domain/indicators';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { Icon, INDICATOR_ICON } from '../../ui/icons';
import { indicatorCite } from '../../ui/indicatorCite';

export function IndicatorStrip({ items }: { items: Indicator[] }) {
  const { t, lang } = useI18n();
  return (
    <ul className="proj-ind-list">
      {items.map((i) => {
        const value = i.actualMs ?? i.runningMs;
        const cite = indicatorCite(i);
        return (
          <li key={i.id} className={`proj-ind ind-${i.status}`} data-testid={`proj-ind-${i.id}`} title={cite ? t('ind.citeTooltip', { cite }) : undefined}>
            <div className="proj-ind-label">{(lang === 'en' && i.labelEn) || i.label}</div>
            <div className="proj-ind-value tnum">
              {value === null ? '—' : formatDuration(value)}
              <span className="proj-ind-target"> / {Math.round(i.targetMs / 60_000)}′</span>
            </div>
            <div className="proj-ind-status">
              <Icon name={INDICATOR_ICON[i.status]} /> {t(`ind.${i.status}` as MessageKey)}
              {cite ? <span className="proj-ind-cite tnum"> {cite}</span> : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
