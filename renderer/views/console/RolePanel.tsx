// One role's panel: its tasks (tick → task.done), injects addressed to it (acknowledge), its recent entries, a log box.
import { injectOf } from '../../../shared/domain/adhoc';
import { formatDrillClock, formatDuration, MINUTE } from '../../../shared/domain/clock';
import { effectiveJournal } from '../../../shared/domain/effective';
import { byOccurred } from '../../../shared/domain/occurred';
import { own } from '../../../shared/domain/records';
import { clipText } from '../../../shared/domain/text';
import { useI18n } from '../../i18n/i18n';
import type { DrillView } from '../../state/useDrill';
import { Icon } from '../../ui/icons';
import { channelLabel, entryText, injectTitle, kindLabel, roleName } from '../../ui/names';
import { TaskChecklist } from '../../ui/TaskChecklist';
import { EvidenceForm } from '../evidence/EvidenceForm';
import { QuickLog } from './QuickLog';
import type { Run } from './useActions';

export function RolePanel({ view, roleId, run, locked, onBack }: { view: DrillView; roleId: string; run: Run; locked: boolean; onBack(): void }) {
  const { t, lang } = useI18n();
  const { state, entries } = view;
  const role = state.scenario.roles.find((r) => r.id === roleId);
  if (!role) return null;
  const done = own(state.tasksDone, roleId) ?? {};
  const active = !locked && (state.status === 'running' || state.status === 'paused');
  const injects = state.released
    .map((r) => ({ r, j: injectOf(state, r.injectId) }))
    .filter((x) => x.j?.targetRoles.includes(roleId))
    .reverse();
  // What counts, as corrected, in the order it happened: a voided entry is gone, a corrected one reads as corrected.
  const recent = effectiveJournal([...entries].sort(byOccurred))
    .live.filter(({ entry: e }) => e.roleId === roleId && e.kind !== 'star' && e.kind !== 'correction')
    .slice(-8)
    .reverse();
  const drillId = state.drillId;
  return (
    <section className="role-panel" aria-label={roleName(role, lang)} data-testid={`role-panel-${roleId}`}>
      <div className="row">
        <button type="button" className="ghost small" onClick={onBack}>
          <Icon name="back" /> {t('role.back')}
        </button>
      </div>
      <h2>
        <Icon name="user" /> {roleName(role, lang)}
        {own(state.facts.participants, roleId) ? <span className="muted small-text"> · {own(state.facts.participants, roleId)}</span> : null}
      </h2>
      {role.duty ? <p className="muted small-text">{role.duty}</p> : null}
      <h3>{t('role.tasks')}</h3>
      <TaskChecklist role={role} done={done} active={active} lang={lang} testIdPrefix="task-" onDone={(taskId) => void run('task.done', { drillId, roleId, taskId })} />
      <h3>{t('role.injects')}</h3>
      {injects.length === 0 ? <p className="muted">{t('role.noInjects')}</p> : null}
      <ul className="inject-list">
        {injects.map(({ r, j }) => {
          const acked = own(state.acknowledged, j!.id)?.includes(roleId);
          return (
            <li key={j!.id} className="inject-item" data-testid={`role-inject-${j!.id}`}>
              <div className="inject-line">
                <span className="channel">
                  <Icon name={j!.channel} /> {channelLabel(j!.channel, t)}
                </span>
                <span className="tnum muted">{formatDrillClock(r.clockMs)}</span>
                <span className="spacer" />
                {acked ? (
                  <span className="tag tag-ok">
                    <Icon name="check" /> {t('role.acked')}
                  </span>
                ) : active ? (
                  <button type="button" className="primary small" onClick={() => void run('inject.acknowledge', { drillId, injectId: j!.id, roleId })}>
                    {t('role.ack')}
                  </button>
                ) : null}
              </div>
              <div className="inject-title">{injectTitle(j)}</div>
              <div className="small-text">{clipText(j!.content, 160)}</div>
              {j!.expectedActions
                .filter((a) => a.roleId === roleId)
                .map((a) => (
                  <div key={a.id} className="expected small-text">
                    <Icon name="flag" /> {t('role.expected', { text: a.text, time: formatDuration(a.deadlineMin * MINUTE, lang) })}
                  </div>
                ))}
            </li>
          );
        })}
      </ul>
      <h3>{t('role.recent')}</h3>
      {recent.length === 0 ? <p className="muted">{t('role.noEntries')}</p> : null}
      <ul className="recent-list">
        {recent.map(({ entry: e, text, occurredMs }) => (
          <li key={e.seq}>
            <span className="tnum muted">{formatDrillClock(occurredMs)}</span> <span className="entry-kind">{kindLabel(e.kind, t)}</span> {entryText({ ...e, text }, state, t, lang)}
          </li>
        ))}
      </ul>
      <QuickLog key={roleId} view={view} fixedRole={roleId} disabled={!active} />
      {active ? <EvidenceForm key={`evidence-${roleId}`} drillId={drillId} roleId={roleId} disabled={!active} /> : null}
    </section>
  );
}
