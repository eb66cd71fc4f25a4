// The scenario's timeline as inline SVG: phases as bands by their target durations, injects as marks at their offsets
// (contingency ones hollow) below the bands so the phase names stay readable, a minute axis below.
import { formatDrillClock, formatDuration, MINUTE } from '../../../shared/domain/clock';
import { useI18n } from '../../i18n/i18n';
import { clipText } from '../../../shared/domain/text';
import { channelLabel, injectTitle } from '../../ui/names';
import { timelineMinutes, type Draft } from './draft';

const W = 640;
const BAND_Y = 8;
const BAND_H = 30;
const MARK_Y = 52;

export function TimelinePreview({ d }: { d: Draft }) {
  const { t, lang } = useI18n();
  const total = timelineMinutes(d);
  const x = (min: number) => (Math.max(0, min) / total) * W;
  let at = 0;
  const bands = d.phases.map((p, i) => {
    const len = Number.isFinite(p.targetMin) ? Math.max(0, p.targetMin) : 0;
    const band = { p, i, from: at, to: at + len };
    at += len;
    return band;
  });
  const step = total > 240 ? 60 : total > 90 ? 30 : total > 40 ? 10 : 5;
  const ticks: number[] = [];
  for (let m = 0; m <= total; m += step) ticks.push(m);
  const timed = d.injects.filter((j) => Number.isFinite(j.offsetMin));
  const H = MARK_Y + 44;
  return (
    <figure className="ed-timeline" aria-label={t('ed.preview')} data-testid="ed-timeline">
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={t('ed.previewLabel', { phases: d.phases.length, injects: d.injects.length, time: formatDuration(at * MINUTE, lang) })}>
        {bands.map((b) => (
          <g key={b.i}>
            <rect className={`tl-band tl-band-${b.i % 2}`} x={x(b.from)} y={BAND_Y} width={Math.max(0, x(b.to) - x(b.from))} height={BAND_H} rx={4} />
            <title>{`${(lang === 'en' && b.p.nameEn) || b.p.name} · ${formatDuration(b.p.targetMin * MINUTE, lang)}`}</title>
            {x(b.to) - x(b.from) > 36 ? (
              <text className="tl-band-label" x={x(b.from) + 6} y={BAND_Y + 22}>
                {`${b.i + 1} ${clipText((lang === 'en' && b.p.nameEn) || b.p.name, Math.max(2, Math.floor((x(b.to) - x(b.from) - 20) / (lang === 'en' ? 8 : 14))))}`}
              </text>
            ) : null}
          </g>
        ))}
        {timed.map((j, k) => (
          <g key={`${j.id}-${k}`} className={`tl-mark${j.contingency ? ' contingency' : ''}`} data-testid="tl-mark">
            <line x1={x(j.offsetMin)} x2={x(j.offsetMin)} y1={BAND_Y + BAND_H} y2={MARK_Y + 8} />
            <circle cx={x(j.offsetMin)} cy={MARK_Y + 8} r={6} />
            <title>{`${formatDrillClock(j.offsetMin * MINUTE)} ${channelLabel(j.channel, t)} · ${injectTitle(j)}${j.contingency ? ` (${t('inj.contingencyMark')})` : ''}`}</title>
          </g>
        ))}
        {ticks.map((m) => (
          <g key={m} className="tl-tick">
            <line x1={x(m)} x2={x(m)} y1={MARK_Y + 18} y2={MARK_Y + 24} />
            <text x={Math.min(W - 30, x(m) + 2)} y={MARK_Y + 40}>
              {m === 0 ? t('ed.axisMin') : m}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="muted small-text">{t('ed.previewLabel', { phases: d.phases.length, injects: d.injects.length, time: formatDuration(at * MINUTE, lang) })}</figcaption>
    </figure>
  );
}
