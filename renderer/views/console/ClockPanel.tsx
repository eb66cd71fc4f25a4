// The big clock (drill time, phase time against target, overrun in colour AND words) and the clock controls
// (through useControls: the irreversible ones ask first).
import { formatDrillClock, formatDuration } from '../../../shared/domain/clock';
import { phaseProgress } from '../../../shared/domain/progress';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import type { DrillView } from '../../state/useDrill';
import { useDrillClock } from '../../state/useDrillClock';
import { Icon, LEVEL_ICON, STATUS_ICON } from '../../ui/icons';
import { phaseName } from '../../ui/names';
import { useControls } from './controls';
import { GapQuestion } from './GapQuestion';
import type { Run } from './useActions';

export function ClockPanel({ view, locked, run }: { view: DrillView; locked: boolean; run: Run }) {
  const { t, lang } = useI18n();
  const clockMs = useDrillClock(view);
  const { state } = view;
  const drillId = state.drillId;
  const { request } = useControls();
  const pp = phaseProgress(state, clockMs);
  const isLast = state.phaseIndex >= state.scenario.phases.length - 1;
  return (
    <section className="panel clock-panel" aria-label={t('clock.total')}>
      <div className={`status-word status-${state.status}`} data-testid="drill-status">
        <Icon name={STATUS_ICON[state.status]} /> {t(`status.${state.status}` as MessageKey)}
      </div>
      <div className="big-clock tnum" data-testid="console-clock" aria-label={t('clock.total')}>
        {formatDrillClock(clockMs)}
      </div>
      {pp ? (
        <div className={`phase-time level-${pp.level}`} data-testid="phase-time">
          <div className="phase-time-name">{phaseName(pp.phase, lang)}</div>
          <div className="tnum">
            {t('clock.phase')} {formatDuration(pp.elapsedMs, lang)} / {t('clock.target')} {formatDuration(pp.targetMs, lang)}
          </div>
          <div className="bar" aria-hidden="true">
            <span style={{ width: `${Math.min(100, (pp.elapsedMs / pp.targetMs) * 100)}%` }} />
          </div>
          <div className="level-word">
            <Icon name={LEVEL_ICON[pp.level]} /> {t(`level.${pp.level}` as MessageKey)}
            {pp.level === 'over' ? (
              <span className="tnum">
                {' '}
                · {t('clock.over')} {formatDuration(pp.elapsedMs - pp.targetMs, lang)}
              </span>
            ) : null}
          </div>
        </div>
      ) : (
        <div className="phase-time muted">{t('clock.notStarted')}</div>
      )}
      {state.gap ? <GapQuestion gap={state.gap} drillId={drillId} run={run} locked={locked} tzOffsetMin={state.tzOffsetMin} /> : null}
      {locked || state.gap ? null : (
        <div className="controls">
          {state.status === 'ready' ? (
            <button type="button" className="primary big" onClick={() => request({ kind: 'start' })}>
              <Icon name="play" /> {t('ctl.start')}
            </button>
          ) : null}
          {state.status === 'running' ? (
            <button type="button" className="big" onClick={() => request({ kind: 'pause' })}>
              <Icon name="pause" /> {t('ctl.pause')}
            </button>
          ) : null}
          {state.status === 'paused' ? (
            <button type="button" className="primary big" onClick={() => request({ kind: 'resume' })}>
              <Icon name="play" /> {t('ctl.resume')}
            </button>
          ) : null}
          {state.status === 'running' || state.status === 'paused' ? (
            <>
              <button type="button" disabled={isLast} onClick={() => request({ kind: 'next' })}>
                <Icon name="next" /> {t('ctl.next')}
              </button>
              <button type="button" className="danger" onClick={() => request({ kind: 'finish' })}>
                <Icon name="stop" /> {t('ctl.finish')}
              </button>
            </>
          ) : null}
        </div>
      )}
    </section>
  );
}
