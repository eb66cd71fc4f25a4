// The replay's control bar: play / pause, speed 1×–60×, a scrubber over the drill with its phases and injects
// marked, previous / next event, a jump-to-time box, and the entry the room saw last.
import { useState, type ReactNode } from 'react';
import { formatDrillClock } from '../../../shared/domain/clock';
import type { AnyEntry } from '../../../shared/domain/entry';
import type { DrillState } from '../../../shared/domain/fold';
import { lateMinutes, occurredMs } from '../../../shared/domain/occurred';
import { useI18n } from '../../i18n/i18n';
import { Icon } from '../../ui/icons';
import { entryText, kindLabel, phaseName, roleNameById } from '../../ui/names';
import { PhaseBand } from './PhaseBand';
import { parseReplayTime, type ReplayTimeline } from './replayTimeline';
import { SPEEDS, type ReplayClock } from './useReplayClock';

export function ReplayControls({ tl, clock, state, last, children }: { tl: ReplayTimeline; clock: ReplayClock; state: DrillState; last: AnyEntry; children?: ReactNode }) {
  const { t, lang } = useI18n();
  const [jump, setJump] = useState('');
  const [jumpBad, setJumpBad] = useState(false);
  const final = tl.states[tl.states.length - 1]!;
  const end = Math.max(1, tl.endMs);
  const pct = (ms: number) => `${(ms / end) * 100}%`;
  const prev = [...tl.moments].reverse().find((m) => m < clock.t - 500);
  const next = tl.moments.find((m) => m > clock.t + 500);
  return (
    <div className="replay-bar" data-testid="replay-bar">
      <div className="replay-row">
        {children}
        <button type="button" className="icon-only" aria-label={t('replay.prev')} title={t('replay.prev')} disabled={prev === undefined} onClick={() => clock.seek(prev ?? 0)}>
          <Icon name="back" />
        </button>
        {clock.playing ? (
          <button type="button" className="primary" onClick={clock.pause} data-testid="replay-pause">
            <Icon name="pause" /> {t('replay.pause')}
          </button>
        ) : (
          <button type="button" className="primary" onClick={clock.play} data-testid="replay-play">
            <Icon name="play" /> {t('replay.play')}
          </button>
        )}
        <button type="button" className="icon-only" aria-label={t('replay.next')} title={t('replay.next')} disabled={next === undefined} onClick={() => clock.seek(next ?? tl.endMs)}>
          <Icon name="next" />
        </button>
        <div className="replay-speeds" role="radiogroup" aria-label={t('replay.speed')}>
          {SPEEDS.map((s) => (
            <button key={s} type="button" role="radio" aria-checked={clock.speed === s} className={`small${clock.speed === s ? ' on' : ''}`} onClick={() => clock.setSpeed(s)}>
              {s}×
            </button>
          ))}
        </div>
        <span className="replay-time tnum" data-testid="replay-clock">
          {formatDrillClock(clock.t)}
        </span>
        <span className="muted tnum">/ {formatDrillClock(tl.endMs)}</span>
        <form
          className="replay-jump"
          onSubmit={(ev) => {
            ev.preventDefault();
            const ms = parseReplayTime(jump);
            setJumpBad(ms === null);
            if (ms !== null) clock.seek(ms);
          }}
        >
          <input aria-label={t('replay.jump')} placeholder={t('replay.jumpHint')} value={jump} onChange={(ev) => setJump(ev.target.value)} data-testid="replay-jump" aria-invalid={jumpBad} />
          <button type="submit" className="small">
            {t('replay.go')}
          </button>
        </form>
        <span className="replay-count" data-testid="replay-released">
          {t('replay.released', { n: state.released.length, total: state.scenario.injects.length })}
        </span>
      </div>
      <div className="replay-scrub">
        <div className="replay-track" aria-hidden="true">
          {final.phaseRuns.map((r, i) => (
            <PhaseBand
              key={`${r.phaseId}-${i}`}
              n={final.scenario.phases.findIndex((p) => p.id === r.phaseId) + 1}
              name={phaseName(final.scenario.phases.find((p) => p.id === r.phaseId), lang)}
              className={`replay-band band-${i % 2}`}
              style={{ left: pct(r.startClockMs), width: pct((r.endClockMs ?? tl.endMs) - r.startClockMs) }}
            />
          ))}
          {final.released.map((r) => (
            <span key={r.injectId} className="replay-mark" style={{ left: pct(r.clockMs) }} />
          ))}
        </div>
        <input
          type="range"
          className="replay-range"
          min={0}
          max={tl.endMs}
          step={1000}
          value={Math.round(clock.t)}
          aria-label={t('replay.scrub')}
          aria-valuetext={formatDrillClock(clock.t)}
          onChange={(ev) => clock.seek(Number(ev.target.value))}
          data-testid="replay-scrub"
        />
      </div>
      <div className="replay-last small-text" data-testid="replay-last">
        <span className="tnum muted">{formatDrillClock(last.clockMs)}</span> <strong>{roleNameById(state, last.roleId, lang) || t('journal.system')}</strong>{' '}
        <span className="muted">{kindLabel(last.kind, t)}</span> {entryText(last, state, t, lang)}
        {/* The replay shows the room as it was: a 补记 entry appears when it was recorded, tagged with when it happened. */}
        {lateMinutes(last) > 0 ? (
          <span className="tag tag-near">
            {' '}
            {t('journal.late', { n: lateMinutes(last) })} · {formatDrillClock(occurredMs(last))}
          </span>
        ) : null}
      </div>
    </div>
  );
}
