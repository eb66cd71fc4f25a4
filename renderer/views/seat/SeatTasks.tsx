// A seat's task list (tick → task.done as its role) and its role's recent entries, those from this seat marked.
import { useState } from 'react';
import { formatDrillClock } from '../../../shared/domain/clock';
import { own } from '../../../shared/domain/records';
import { api } from '../../api/api';
import { useI18n } from '../../i18n/i18n';
import type { DrillView } from '../../state/useDrill';
import { entryText, kindLabel } from '../../ui/names';
import { TaskChecklist } from '../../ui/TaskChecklist';
import { AttachmentList } from '../evidence/AttachmentList';

export function SeatTasks({ view, roleId, active }: { view: DrillView; roleId: string; active: boolean }) {
  const { t, lang, errorText } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const { state } = view;
  const role = state.scenario.roles.find((r) => r.id === roleId);
  const done = own(state.tasksDone, roleId) ?? {};
  if (!role) return null;
  return (
    <>
      <h2>{t('seat.tasks')}</h2>
      {error ? (
        <p className="error-text" role="alert">
          {errorText(error)}
        </p>
      ) : null}
      <TaskChecklist
        role={role}
        done={done}
        active={active}
        lang={lang}
        testIdPrefix="seat-task-"
        onDone={(taskId) => void api.call('task.done', { drillId: state.drillId, roleId, taskId }).then(() => setError(null), setError)}
      />
    </>
  );
}

export function SeatRecent({ view, roleId, seatId }: { view: DrillView; roleId: string; seatId: string }) {
  const { t, lang } = useI18n();
  const { state, entries } = view;
  const recent = entries.filter((e) => e.roleId === roleId && e.kind !== 'star').slice(-8).reverse();
  return (
    <>
      <h2>{t('seat.recent')}</h2>
      {recent.length === 0 ? <p className="muted">{t('role.noEntries')}</p> : null}
      <ul className="recent-list" data-testid="seat-recent">
        {recent.map((e) => (
          <li key={e.seq}>
            <span className="tnum muted">{formatDrillClock(e.clockMs)}</span> <span className="entry-kind">{kindLabel(e.kind, t)}</span> {entryText(e, state, t, lang)}
            {(e.data as { seat?: string }).seat === seatId ? <span className="tag"> {t('seat.bySeat')}</span> : null}
            <AttachmentList e={e} />
          </li>
        ))}
      </ul>
    </>
  );
}
