// 签到与岗位交接: check people in (name, department, role or 主持/评估/观摩; main decides who is late), see who holds
// each role, and hand a role from its holder to another person (the drill time is recorded by main).
import { useMemo, useState } from 'react';
import { ATTENDANCE_CAPACITIES, attendanceRecord, currentHolder, tenures, type AttendanceCapacity, type CheckIn } from '../../../shared/domain/attendance';
import { formatDrillClock } from '../../../shared/domain/clock';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import type { DrillView } from '../../state/useDrill';
import { Icon } from '../../ui/icons';
import { useNotice } from '../../ui/notice';
import { roleNameById } from '../../ui/names';
import type { Run } from './useActions';
import '../../styles/attendance.css';

export function AttendanceDialog({ view, run, onClose }: { view: DrillView; run: Run; onClose(): void }) {
  const { t } = useI18n();
  const rec = useMemo(() => attendanceRecord(view.entries), [view.entries]);
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label={t('att.title')} onKeyDown={(ev) => ev.key === 'Escape' && onClose()}>
      <div className="dialog wide attendance" data-testid="attendance">
        <div className="row between">
          <h2>{t('att.title')}</h2>
          <button type="button" className="ghost" onClick={onClose}>
            {t('app.close')}
          </button>
        </div>
        {view.readOnly ? null : <CheckInForm view={view} run={run} />}
        <div className="attendance-cols">
          <CheckInList view={view} checkIns={rec.checkIns} />
          <Holders view={view} run={run} rec={rec} />
        </div>
      </div>
    </div>
  );
}

function CheckInForm({ view, run }: { view: DrillView; run: Run }) {
  const { t, lang } = useI18n();
  const notice = useNotice();
  const [name, setName] = useState('');
  const [department, setDepartment] = useState('');
  const [who, setWho] = useState<string>(view.state.scenario.roles[0]?.id ?? 'cap:observer');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (busy) return;
    if (!name.trim()) return setProblem(t('att.needName'));
    setBusy(true);
    const capacity = who.startsWith('cap:') ? (who.slice(4) as AttendanceCapacity) : undefined;
    const ok = await run('attendance.checkIn', {
      drillId: view.state.drillId,
      name: name.trim(),
      ...(department.trim() ? { department: department.trim() } : {}),
      roleId: capacity ? null : who,
      ...(capacity ? { capacity } : {}),
    });
    setBusy(false);
    if (ok) {
      notice.info(t('att.saved', { name: name.trim() }));
      setName('');
      setDepartment('');
    }
  };
  return (
    <form
      className="attendance-form"
      onSubmit={(ev) => {
        ev.preventDefault();
        void submit();
      }}
    >
      <label className="field">
        <span>{t('att.name')}</span>
        <input name="att-name" value={name} maxLength={60} onChange={(ev) => (setName(ev.target.value), setProblem(null))} autoFocus />
      </label>
      <label className="field">
        <span>{t('att.department')}</span>
        <input name="att-department" value={department} maxLength={60} onChange={(ev) => setDepartment(ev.target.value)} />
      </label>
      <label className="field">
        <span>{t('att.role')}</span>
        <select name="att-role" value={who} onChange={(ev) => setWho(ev.target.value)}>
          <optgroup label={t('att.roleGroup')}>
            {view.state.scenario.roles.map((r) => (
              <option key={r.id} value={r.id}>
                {roleNameById(view.state, r.id, lang)}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('att.capGroup')}>
            {ATTENDANCE_CAPACITIES.map((c) => (
              <option key={c} value={`cap:${c}`}>
                {t(`att.cap.${c}` as MessageKey)}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      <button type="submit" className="primary" disabled={busy}>
        <Icon name="user" /> {t('att.checkIn')}
      </button>
      {problem ? (
        <p className="error-text" role="alert">
          <Icon name="warning" /> {problem}
        </p>
      ) : null}
    </form>
  );
}

function CheckInList({ view, checkIns }: { view: DrillView; checkIns: CheckIn[] }) {
  const { t, lang } = useI18n();
  const late = checkIns.filter((c) => c.late).length;
  return (
    <section aria-label={t('att.list', { n: checkIns.length })}>
      <h3>
        {t('att.list', { n: checkIns.length })}
        {late ? (
          <span className="tag tag-over" data-testid="att-late-count">
            <Icon name="warning" /> {t('att.lateCount', { n: late })}
          </span>
        ) : null}
      </h3>
      {checkIns.length === 0 ? (
        <p className="muted">{t('att.none')}</p>
      ) : (
        <table className="table attendance-table" data-testid="att-list">
          <thead>
            <tr>
              <th>{t('att.name')}</th>
              <th>{t('att.department')}</th>
              <th>{t('att.role')}</th>
              <th className="num">{t('att.time')}</th>
            </tr>
          </thead>
          <tbody>
            {checkIns.map((c) => (
              <tr key={c.seq} data-testid={`att-${c.seq}`}>
                <td>{c.name}</td>
                <td>{c.department ?? '—'}</td>
                <td>{c.roleId ? roleNameById(view.state, c.roleId, lang) : c.capacity ? t(`att.cap.${c.capacity}` as MessageKey) : '—'}</td>
                <td className="num nowrap">
                  {c.late ? (
                    <span className="tag tag-over">
                      <Icon name="warning" /> {t('att.lateAt', { time: formatDrillClock(c.clockMs) })}
                    </span>
                  ) : (
                    <span className="muted">{t('att.beforeStart')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Holders({ view, run, rec }: { view: DrillView; run: Run; rec: ReturnType<typeof attendanceRecord> }) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState<string | null>(null);
  const { state } = view;
  const canHand = !view.readOnly && (state.status === 'running' || state.status === 'paused');
  return (
    <section aria-label={t('att.holders')}>
      <h3>{t('att.holders')}</h3>
      {!canHand && state.status === 'ready' ? <p className="muted small-text">{t('att.handoverOnlyRunning')}</p> : null}
      <ul className="holder-list">
        {state.scenario.roles.map((r) => {
          const holder = currentHolder(rec, r.id);
          const last = tenures(rec, r.id).at(-1);
          return (
            <li key={r.id} data-testid={`holder-${r.id}`}>
              <div className="holder-row">
                <span className="holder-role">{roleNameById(state, r.id, lang)}</span>
                <span className={holder ? 'holder-name' : 'muted'} data-testid="holder-name">
                  {holder ?? t('att.nobody')}
                  {last && last.fromMs > 0 ? <span className="holder-since muted small-text tnum">{t('att.since', { time: formatDrillClock(last.fromMs) })}</span> : null}
                </span>
                {canHand ? (
                  <button type="button" className="small" onClick={() => setOpen(open === r.id ? null : r.id)} aria-expanded={open === r.id} data-testid="handover-open">
                    {t('att.handover')}
                  </button>
                ) : null}
              </div>
              {open === r.id ? <HandoverForm view={view} run={run} roleId={r.id} holder={holder} onDone={() => setOpen(null)} /> : null}
            </li>
          );
        })}
      </ul>
      {rec.handovers.length ? (
        <>
          <h3>{t('att.handovers')}</h3>
          <ul className="handover-list" data-testid="handovers">
            {rec.handovers.map((h) => (
              <li key={h.seq}>
                <span className="tnum muted">{formatDrillClock(h.clockMs)}</span> {t('att.handedOver', { role: roleNameById(state, h.roleId, lang), from: h.from, to: h.to })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function HandoverForm({ view, run, roleId, holder, onDone }: { view: DrillView; run: Run; roleId: string; holder: string | null; onDone(): void }) {
  const { t, lang } = useI18n();
  const [from, setFrom] = useState(holder ?? '');
  const [to, setTo] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async () => {
    if (!from.trim()) return setProblem(t('att.needName'));
    if (!to.trim()) return setProblem(t('att.needTo'));
    const ok = await run('role.handover', { drillId: view.state.drillId, roleId, from: from.trim(), to: to.trim() });
    if (ok) onDone();
  };
  return (
    <form
      className="handover-form"
      aria-label={t('att.handoverOf', { role: roleNameById(view.state, roleId, lang) })}
      onSubmit={(ev) => {
        ev.preventDefault();
        void submit();
      }}
    >
      <label className="field">
        <span>{t('att.from')}</span>
        <input name="handover-from" value={from} maxLength={60} onChange={(ev) => (setFrom(ev.target.value), setProblem(null))} />
      </label>
      <span aria-hidden="true">→</span>
      <label className="field">
        <span>{t('att.to')}</span>
        <input name="handover-to" value={to} maxLength={60} onChange={(ev) => (setTo(ev.target.value), setProblem(null))} autoFocus />
      </label>
      <button type="submit" className="primary small">
        {t('att.confirmHandover')}
      </button>
      {problem ? (
        <p className="error-text" role="alert">
          {problem}
        </p>
      ) : null}
    </form>
  );
}
