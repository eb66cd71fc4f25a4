// A bar per group (a year, a branch): the share of timing indicators met, drawn as hand-written SVG bars beside HTML labels.
import type { LedgerGroup } from '../../../shared/domain/drillLedger';
import { useI18n } from '../../i18n/i18n';

const percent = (share: number) => `${Math.round(share * 100)}%`;

export function ShareChart({ title, groups, labelOf, testId }: { title: string; groups: readonly LedgerGroup[]; labelOf: (key: string) => string; testId: string }) {
  const { t } = useI18n();
  return (
    <figure className="share-chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <div className="share-rows" role="list">
        {groups.map((g) => (
          <div className="share-row" role="listitem" key={g.key} data-key={g.key} data-share={g.shareMet ?? ''}>
            <span className="share-label" title={labelOf(g.key)}>
              {labelOf(g.key)}
            </span>
            <svg className="share-bar" width="100%" height="22" aria-hidden="true">
              <rect className="share-track" x="0" y="3" width="100%" height="16" rx="3" />
              {g.shareMet !== null ? <rect className="share-fill" x="0" y="3" width={`${(g.shareMet * 100).toFixed(2)}%`} height="16" rx="3" /> : null}
              {[25, 50, 75].map((x) => (
                <line key={x} className="share-grid" x1={`${x}%`} x2={`${x}%`} y1="1" y2="21" />
              ))}
            </svg>
            <span className="share-value num">{g.shareMet === null ? t('ledger.chart.none') : percent(g.shareMet)}</span>
            <span className="share-detail small-text muted">{t('ledger.chart.detail', { met: g.indicatorsMet, total: g.indicatorsTotal, drills: g.drills })}</span>
          </div>
        ))}
      </div>
    </figure>
  );
}
