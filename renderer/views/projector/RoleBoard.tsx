// One tile per role: name, tasks done of total, time of the last action, and a marker when an action is overdue.
import { formatDrillClock } from '../../../shared/domain/clock';
import type { DrillState } from '../../../shared/domain/fold';
import type { RoleProgress } from '../../../shared/domain/progress';
import { useI18n } from '../../i18n/i18n';
import { Icon } from '../../ui/icons';
import { roleNameById } from '../../ui/names';

export function RoleBoard({ state, progress }: { state: DrillState; progress: RoleProgress[] }) {
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
              <div className="proj-role-last tnum">
                {t('proj.last')} {p.lastActionClockMs !== null ? formatDrillClock(p.lastActionClockMs) : '—'}
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
