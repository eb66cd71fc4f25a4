// All phases of the scenario: done (with duration), the current one highlighted, upcoming with targets.
import { formatDuration, MINUTE } from '../../../shared/domain/clock';
import { useI18n } from '../../i18n/i18n';
import type { DrillView } from '../../state/useDrill';
import { Icon } from '../../ui/icons';
import { phaseName } from '../../ui/names';

export function PhaseBoard({ view }: { view: DrillView }) {
  const { t, lang } = useI18n();
  const { state } = view;
  return (
    <section className="panel phase-board" aria-label={t('phase.board')}>
      <h2>{t('phase.board')}</h2>
      <ol>
        {state.scenario.phases.map((p, i) => {
          const run = state.phaseRuns.find((r) => r.phaseId === p.id);
          const current = i === state.phaseIndex && state.status !== 'finished';
          const done = !!run && run.endClockMs !== null;
          const cls = current ? 'current' : done ? 'done' : 'upcoming';
          const over = done && run.endClockMs! - run.startClockMs > p.targetMin * 60_000;
          return (
            <li key={p.id} className={`phase-item ${cls}`} aria-current={current ? 'step' : undefined} data-testid={`phase-${p.id}`}>
              <span className="phase-mark">{done ? <Icon name="check" /> : current ? <Icon name="play" /> : i + 1}</span>
              <span className="phase-name">{phaseName(p, lang)}</span>
              <span className="phase-meta tnum">
                {done ? (
                  <span className={over ? 'text-over' : undefined}>
                    {formatDuration(run.endClockMs! - run.startClockMs, lang)}
                    {over ? ` ${t('level.over')}` : ''}
                  </span>
                ) : (
                  t('phase.targetMin', { time: formatDuration(p.targetMin * MINUTE, lang) })
                )}
              </span>
              <span className="visually-hidden">{t(current ? 'phase.current' : done ? 'phase.done' : 'phase.upcoming')}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
