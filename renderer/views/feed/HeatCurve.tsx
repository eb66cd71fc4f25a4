// The opinion heat index as a curve up to the drill time: stages as shaded bands named in words (发酵/扩散/回落),
// the line in inline SVG, labels in HTML so they keep their readable size at any width.
import { MINUTE } from '../../../shared/domain/clock';
import type { AnyEntry } from '../../../shared/domain/entry';
import type { DrillState } from '../../../shared/domain/fold';
import { heatCurve, type HeatPoint, type HeatStage } from '../../../shared/domain/heat';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import '../../styles/feed.css';
import '../../styles/control.css';

interface Segment {
  stage: HeatStage;
  from: number;
  to: number;
}

function segments(points: HeatPoint[]): Segment[] {
  const out: Segment[] = [];
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    const next = points[i + 1]?.clockMs ?? p.clockMs;
    const last = out[out.length - 1];
    if (last && last.stage === p.stage) last.to = next;
    else out.push({ stage: p.stage, from: p.clockMs, to: next });
  }
  return out;
}

export function HeatCurve({ state, entries, clockMs, variant }: { state: DrillState; entries: readonly AnyEntry[]; clockMs: number; variant: 'console' | 'projector' }) {
  const { t } = useI18n();
  const planned = state.scenario.phases.reduce((s, p) => s + p.targetMin, 0) * MINUTE;
  const span = Math.max(planned, clockMs, 30 * MINUTE);
  const step = Math.max(MINUTE, Math.round(span / 240 / MINUTE) * MINUTE);
  const points = heatCurve(state, entries, clockMs, step);
  const now = points[points.length - 1]!;
  const x = (ms: number) => (ms / span) * 100;
  const y = (h: number) => 100 - h;
  const line = points.map((p) => `${x(p.clockMs).toFixed(2)},${y(p.heat).toFixed(2)}`).join(' ');
  const segs = segments(points).filter((s) => s.stage !== 'quiet');
  const stageWord = (s: HeatStage) => t(`heat.${s}` as MessageKey);
  return (
    <figure className={`heat heat-${variant} heat-now-${now.stage}`} data-testid="heat-curve" aria-label={t('heat.title')}>
      <figcaption className="heat-head">
        <span className="heat-title">{t('heat.title')}</span>
        <span className="heat-value tnum" data-testid="heat-value">
          {Math.round(now.heat)}
        </span>
        <span className={`heat-stage stage-${now.stage}`} data-testid="heat-stage">
          {stageWord(now.stage)}
        </span>
      </figcaption>
      <div className="heat-plot">
        <svg viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true">
          {segs.map((s, i) => (
            <rect key={i} className={`heat-band band-${s.stage}`} x={x(s.from)} y={0} width={Math.max(0.3, x(s.to) - x(s.from))} height={100} />
          ))}
          <line className="heat-grid" x1={0} x2={100} y1={50} y2={50} vectorEffect="non-scaling-stroke" />
          <polyline className="heat-line" points={line} vectorEffect="non-scaling-stroke" />
          <line className="heat-now" x1={x(clockMs)} x2={x(clockMs)} y1={0} y2={100} vectorEffect="non-scaling-stroke" />
        </svg>
        {segs
          .filter((s) => x(s.to) - x(s.from) >= (variant === 'projector' ? 11 : 9))
          .map((s, i) => (
            <span key={i} className={`heat-band-label stage-${s.stage}`} style={{ left: `${x(s.from)}%` }}>
              {stageWord(s.stage)}
            </span>
          ))}
      </div>
    </figure>
  );
}
