// A role seat's screen: clock, phase and paused state on top; its injects with deadlines; its tasks; a log box; its recent entries.
import { useEffect, useState } from 'react';
import { formatDrillClock } from '../../../shared/domain/clock';
import { currentPhase } from '../../../shared/domain/fold';
import type { SeatSession } from '../../api/seatJoin';
import { api, ApiError } from '../../api/api';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { useDrill } from '../../state/useDrill';
import { useDrillClock } from '../../state/useDrillClock';
import { Icon, STATUS_ICON } from '../../ui/icons';
import { phaseName, roleName } from '../../ui/names';
import { PrefsSwitch, type Prefs } from '../../ui/PrefsSwitch';
import { QuickLog } from '../console/QuickLog';
import { EvidenceForm } from '../evidence/EvidenceForm';
import { SeatInjects } from './SeatInjects';
import { SeatRecent, SeatTasks } from './SeatTasks';
import { StatementForm } from '../feed/StatementForm';
import { spokespersonRole } from '../../../shared/scenario/spokesperson';

/** A seat reads its drill again this often, so a missed push never leaves it on a stale phase for long. */
const REFRESH_MS = 4000;

export function SeatView({ seat, prefs, onLeave }: { seat: SeatSession; prefs: Prefs; onLeave(): void }) {
  const { t, lang, errorText } = useI18n();
  const { view, error, reload } = useDrill(seat.drillId);
  const clockMs = useDrillClock(view, 250);
  const [offline, setOffline] = useState(false);
  const revoked = error instanceof ApiError && error.payload.key === 'forbidden_seat.revoked';
  useEffect(() => {
    if (revoked) return;
    const id = window.setInterval(reload, REFRESH_MS);
    return () => window.clearInterval(id);
  }, [reload, revoked]);
  useEffect(() => setOffline(error !== null && !(error instanceof ApiError)), [error]);
  // A revoked seat stops asking: no more polls, and its event stream is closed.
  useEffect(() => {
    if (revoked) api.dropSeatToken();
  }, [revoked]);
  if (revoked)
    return (
      <div className="seat-join" data-testid="seat-revoked">
        <div className="seat-join-card panel">
          <h1>
            <Icon name="lock" /> {t('seat.revoked')}
          </h1>
          <button type="button" className="primary" onClick={onLeave}>
            {t('seat.rejoin')}
          </button>
        </div>
      </div>
    );
  if (!view) return <div className="page muted">{error ? errorText(error) : t('app.loading')}</div>;
  const { state } = view;
  const role = state.scenario.roles.find((r) => r.id === seat.roleId);
  const phase = currentPhase(state);
  const active = state.status === 'running' || state.status === 'paused';
  return (
    <div className={`seat seat-${state.status}`} data-testid="seat" data-role={seat.roleId}>
      <header className="seat-top">
        <div className="seat-who">
          <span className="seat-role" data-testid="seat-role">
            <Icon name="user" /> {roleName(role, lang)}
          </span>
          <span className="seat-drill muted">{state.facts.name}</span>
        </div>
        <span className="seat-clock tnum" data-testid="seat-clock">
          {formatDrillClock(clockMs)}
        </span>
        <div className="seat-phase" data-testid="seat-phase">
          {phase ? phaseName(phase, lang) : t('clock.notStarted')}
        </div>
        <div className={`seat-status status-${state.status}`} data-testid="seat-status">
          <Icon name={STATUS_ICON[state.status]} /> {t(`status.${state.status}` as MessageKey)}
        </div>
        <PrefsSwitch prefs={prefs} />
      </header>
      {state.status === 'paused' ? (
        <div className="seat-banner paused" role="status" data-testid="seat-paused">
          <Icon name="pause" /> {t('seat.paused')}
        </div>
      ) : state.status === 'ready' ? (
        <div className="seat-banner" role="status">
          {t('seat.ready')}
        </div>
      ) : state.status === 'finished' ? (
        <div className="seat-banner" role="status">
          {t('seat.finished')}
        </div>
      ) : null}
      {offline ? (
        <div className="seat-banner offline" role="alert" data-testid="seat-offline">
          <Icon name="warning" /> {t('seat.offline')}
        </div>
      ) : null}
      <div className="seat-body">
        <section className="seat-col panel" aria-label={t('seat.injects')}>
          <h2>{t('seat.injects')}</h2>
          <SeatInjects view={view} roleId={seat.roleId} clockMs={clockMs} active={active} />
        </section>
        <section className="seat-col panel">
          {active && spokespersonRole(state.scenario.roles)?.id === seat.roleId ? <StatementForm view={view} fixedRole={seat.roleId} /> : null}
          <QuickLog key={seat.roleId} view={view} fixedRole={seat.roleId} disabled={!active} />
          <SeatTasks view={view} roleId={seat.roleId} active={active} />
          <SeatRecent view={view} roleId={seat.roleId} seatId={seat.seatId} />
          {active ? <EvidenceForm drillId={seat.drillId} roleId={seat.roleId} disabled={!active} /> : null}
        </section>
      </div>
    </div>
  );
}
