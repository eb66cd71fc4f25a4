// One tile per role: name, tasks done of total, how long ago it last acted (a duration, so it cannot be read as a
// clock time), and a marker when an action is overdue.
import { formatDrillClock, formatDuration, MINUTE } from '../../../shared/domain/clock';
import type { DrillState } from '../../../shared/domain/fold';
import type { RoleProgress } from '../../../shared/domain/progress';
import { useI18n } from '../../i18n/i18n';
import { Icon } from '../../ui/icons';
import { roleNameById } from '../../ui/names';

export function RoleBoard({ state, progress, clockMs }: { state: DrillState; progress: RoleProgress[]; clockMs: number }) {
  const { t, lang } = useI18n();
  return (
    <ul className={`proj-role-grid n${progress.length}`}>
      {progress.map((p) => {
        const complete = p.total > 0 && p.done === p.total;
        return (
          <li key={p.roleId} className={`proj-role${p.overdue.length ? ' overdue' : ''}${complete ? ' complete' : ''}`} data-testid={`proj-role-${p.roleId}`}>
            <div className="proj-role-name">{roleNameById(state, p.roleId, lang)}</div>
            <div className="proj-role-count tnum">
              {complete ? <Icon name="check" /> : null}
              {p.done}/{p.total}
            </div>
            {p.overdue.length ? (
              <div className="proj-overdue">
                <Icon name="warning" /> {t('proj.overdue')}
              </div>
            ) : (
              <div className="proj-role-last tnum" title={p.lastActionClockMs !== null ? `${t('proj.last')} ${formatDrillClock(p.lastActionClockMs)}` : undefined}>
                <Icon name="running" /> <span className="visually-hidden">{t('proj.last')}</span>
                {p.lastActionClockMs === null
                  ? '—'
                  : clockMs - p.lastActionClockMs < MINUTE
                    ? t('proj.justNow')
                    : t('proj.ago', { time: formatDuration(Math.floor((clockMs - p.lastActionClockMs) / MINUTE) * MINUTE, lang) })}
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
