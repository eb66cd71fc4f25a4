// The timing indicators strip: each one as target and actual, met / running / paused / missed in words and icons, and
// the entries (#seq) it runs between, in the legend and the tooltip.
import { formatDuration } from '../../../shared/domain/clock';
import type { DrillStatus } from '../../../shared/domain/fold';
import type { Indicator } from '../../../shared/domain/indicators';
import { useI18n } from '../../i18n/i18n';
import { Icon } from '../../ui/icons';
import { indicatorCite } from '../../ui/indicatorCite';
import { indicatorWord } from '../../ui/indicatorWord';

export function IndicatorStrip({ items, drillStatus }: { items: Indicator[]; drillStatus: DrillStatus }) {
  const { t, lang } = useI18n();
  return (
    <ul className="proj-ind-list">
      {items.map((i) => {
        const value = i.actualMs ?? i.runningMs;
        const cite = indicatorCite(i);
        const word = indicatorWord(i.status, drillStatus);
        return (
          <li
            key={i.id}
            className={`proj-ind ind-${i.status}${word.paused ? ' ind-paused' : ''}`}
            data-testid={`proj-ind-${i.id}`}
            title={cite ? t('ind.citeTooltip', { cite }) : undefined}
          >
            <div className="proj-ind-label">{(lang === 'en' && i.labelEn) || i.label}</div>
            <div className="proj-ind-value tnum">
              {value === null ? '—' : formatDuration(value, lang)}
              <span className="proj-ind-target">/ {formatDuration(i.targetMs, lang)}</span>
            </div>
            <div className="proj-ind-status">
              <Icon name={word.icon} /> {t(word.key)}
              {cite ? <span className="proj-ind-cite tnum"> {cite}</span> : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
