// Every role's progress as a tile (tasks done/total, last action, overdue); open a tile to work in its panel.
import { formatDrillClock } from '../../../shared/domain/clock';
import { roleProgress } from '../../../shared/domain/progress';
import { useI18n } from '../../i18n/i18n';
import type { DrillView } from '../../state/useDrill';
import { useDrillClock } from '../../state/useDrillClock';
import { Icon } from '../../ui/icons';
import { roleNameById } from '../../ui/names';

export function RoleGrid({ view, onOpen }: { view: DrillView; onOpen(roleId: string): void }) {
  const { t, lang } = useI18n();
  const clockMs = useDrillClock(view, 1000);
  const { state } = view;
  return (
    <ul className="role-grid" aria-label={t('roles.tab')}>
      {roleProgress(state, clockMs).map((p) => {
        const name = roleNameById(state, p.roleId, lang);
        return (
          <li key={p.roleId}>
            <button type="button" className={`role-tile${p.overdue.length ? ' overdue' : ''}`} aria-label={t('roles.open', { name })} onClick={() => onOpen(p.roleId)} data-testid={`role-tile-${p.roleId}`}>
              <span className="role-tile-name">{name}</span>
              <span className="role-tile-count tnum">
                {p.done}/{p.total}
              </span>
              <span className="bar" aria-hidden="true">
                <span style={{ width: `${p.total ? (p.done / p.total) * 100 : 0}%` }} />
              </span>
              <span className="muted small-text tnum">
                {p.lastActionClockMs !== null ? t('roles.lastAction', { time: formatDrillClock(p.lastActionClockMs) }) : t('roles.noAction')}
              </span>
              {p.overdue.length ? (
                <span className="tag tag-over">
                  <Icon name="warning" /> {t('roles.overdue', { n: p.overdue.length })}
                </span>
              ) : null}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
