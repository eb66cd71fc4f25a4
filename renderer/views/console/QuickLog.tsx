// The quick-log bar: role, kind, audience (for a communication), optional milestone, text, optional time it happened
// (补记), Enter. A scribe drives it from the keyboard alone (Alt+1…9 picks a role); a role panel uses it with the role
// fixed. A public or media statement proposes the milestone it marks (shared/domain/milestoneProposal.ts).
import { useState, type KeyboardEvent } from 'react';
import { COMMUNICATION_AUDIENCES, LOG_KINDS, type LogKind } from '../../../shared/domain/entry';
import { proposedMilestone } from '../../../shared/domain/milestoneProposal';
import { MARKABLE_MILESTONES } from '../../../shared/domain/milestones';
import { REPORT_FORMS, SEVERITY_GRADES, type ReportForm, type SeverityGrade } from '../../../shared/domain/severity';
import { parseOccurred } from '../../../shared/domain/occurred';
import { api } from '../../api/api';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import type { DrillView } from '../../state/useDrill';
import { Icon } from '../../ui/icons';
import { kindLabel, roleName } from '../../ui/names';

export const QUICK_LOG_ID = 'quick-log-text';

export function QuickLog({ view, fixedRole, disabled }: { view: DrillView; fixedRole?: string; disabled: boolean }) {
  const { t, lang, errorText } = useI18n();
  const roles = view.state.scenario.roles;
  const [roleId, setRoleId] = useState(fixedRole ?? roles.find((r) => r.id === 'scribe')?.id ?? roles[0]?.id ?? '');
  const [kind, setKind] = useState<LogKind>('observation');
  const [milestone, setMilestone] = useState('');
  /** The 研判 grade on a decision; the report form on a communication to the regulator. */
  const [grade, setGrade] = useState<SeverityGrade | ''>('');
  const [reportForm, setReportForm] = useState<ReportForm | ''>('');
  const [audience, setAudience] = useState<(typeof COMMUNICATION_AUDIENCES)[number]>('public');
  /** 发生时间: empty means now; otherwise T+hh:mm:ss, checked here for form and by admission for range. */
  const [occurred, setOccurred] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const role = fixedRole ?? roleId;
  const proposal = milestone === '' ? proposedMilestone(view.state, kind, kind === 'communication' ? audience : undefined) : null;
  const occurredMs = occurred.trim() === '' ? undefined : parseOccurred(occurred);

  const submit = async () => {
    if (busy) return;
    if (occurredMs === null) {
      setError({ code: 'invalid_input', key: 'invalid_input.occurred_format', params: { text: occurred.trim() } });
      return;
    }
    setBusy(true);
    try {
      const { seq } = await api.call('entry.log', {
        drillId: view.state.drillId,
        kind,
        roleId: role,
        text,
        ...(milestone ? { milestone: milestone as (typeof MARKABLE_MILESTONES)[number] } : {}),
        ...(kind === 'decision' && grade ? { severity: grade } : {}),
        ...(kind === 'communication' ? { audience } : {}),
        ...(kind === 'communication' && reportForm ? { reportForm, audience: 'regulator' as const } : {}),
        ...(occurredMs !== undefined ? { occurredMs } : {}),
      });
      setText('');
      setMilestone('');
      setGrade('');
      setReportForm('');
      setOccurred('');
      setError(null);
      setSaved(seq);
    } catch (err) {
      setError(err);
      setSaved(null);
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (ev: KeyboardEvent) => {
    if (ev.altKey && /^Digit[1-9]$/.test(ev.code) && !fixedRole) {
      const r = roles[Number(ev.code.slice(5)) - 1];
      if (r) {
        ev.preventDefault();
        setRoleId(r.id);
      }
    }
    if (ev.key === 'Escape') (ev.target as HTMLElement).blur();
  };

  return (
    <form
      className={`quick-log${fixedRole ? ' in-panel' : ''}`}
      aria-label={t('log.submit')}
      onKeyDown={onKeyDown}
      onSubmit={(ev) => {
        ev.preventDefault();
        void submit();
      }}
    >
      <div className="quick-log-row">
        {fixedRole ? null : (
          <select aria-label={t('log.role')} value={roleId} onChange={(ev) => setRoleId(ev.target.value)} disabled={disabled} data-testid="log-role">
            {roles.map((r, i) => (
              <option key={r.id} value={r.id}>
                {i < 9 ? `${i + 1} ` : ''}
                {roleName(r, lang)}
              </option>
            ))}
          </select>
        )}
        <select aria-label={t('log.kind')} value={kind} onChange={(ev) => setKind(ev.target.value as LogKind)} disabled={disabled} data-testid="log-kind">
          {LOG_KINDS.map((k) => (
            <option key={k} value={k}>
              {kindLabel(k, t)}
            </option>
          ))}
        </select>
        {kind === 'communication' ? (
          <select aria-label={t('log.audience')} value={audience} onChange={(ev) => setAudience(ev.target.value as typeof audience)} disabled={disabled} data-testid="log-audience">
            {COMMUNICATION_AUDIENCES.map((a) => (
              <option key={a} value={a}>
                {t(`audience.${a}` as MessageKey)}
              </option>
            ))}
          </select>
        ) : null}
        <select aria-label={t('log.milestone')} value={milestone} onChange={(ev) => setMilestone(ev.target.value)} disabled={disabled} data-testid="log-milestone">
          <option value="">
            {t('log.milestone')}
            {t('log.milestoneNone')}
          </option>
          {MARKABLE_MILESTONES.map((m) => (
            <option key={m} value={m}>
              {t(`milestone.${m}` as MessageKey)}
            </option>
          ))}
        </select>
        {kind === 'decision' ? (
          <select aria-label={t('log.grade')} value={grade} onChange={(ev) => setGrade(ev.target.value as SeverityGrade | '')} disabled={disabled} data-testid="log-grade">
            <option value="">
              {t('log.grade')}
              {t('log.gradeNone')}
            </option>
            {SEVERITY_GRADES.map((g) => (
              <option key={g} value={g}>
                {t(`grade.${g}` as MessageKey)}
              </option>
            ))}
          </select>
        ) : null}
        {kind === 'communication' ? (
          <select aria-label={t('log.report')} value={reportForm} onChange={(ev) => setReportForm(ev.target.value as ReportForm | '')} disabled={disabled} data-testid="log-report">
            <option value="">
              {t('log.report')}
              {t('log.reportNone')}
            </option>
            {REPORT_FORMS.map((f) => (
              <option key={f} value={f}>
                {t(f === 'phone' ? 'log.reportPhone' : 'log.reportWritten')}
              </option>
            ))}
          </select>
        ) : null}
        <input
          id={fixedRole ? undefined : QUICK_LOG_ID}
          className="log-text"
          aria-label={t('log.text')}
          placeholder={fixedRole ? t('role.logPlaceholder', { name: roleName(roles.find((r) => r.id === fixedRole), lang) }) : t('log.placeholder')}
          value={text}
          disabled={disabled}
          onChange={(ev) => {
            setText(ev.target.value);
            if (error) setError(null);
          }}
          data-testid={fixedRole ? 'role-log-text' : 'log-text'}
        />
        <input
          className="log-occurred tnum"
          aria-label={t('log.occurred')}
          title={t('log.occurredHelp')}
          placeholder={t('log.occurredPlaceholder')}
          value={occurred}
          disabled={disabled}
          onChange={(ev) => {
            setOccurred(ev.target.value);
            if (error) setError(null);
          }}
          data-testid={fixedRole ? 'role-log-occurred' : 'log-occurred'}
        />
        <button type="submit" className="primary" disabled={disabled || busy}>
          {t('log.submit')}
        </button>
      </div>
      {proposal && !disabled ? (
        <p className="log-proposal small-text" data-testid="log-proposal">
          <Icon name="flag" /> {t('log.propose', { milestone: t(`milestone.${proposal}` as MessageKey) })}{' '}
          <button type="button" className="small" onClick={() => setMilestone(proposal)} data-testid="log-proposal-accept">
            {t('log.proposeAccept')}
          </button>
        </p>
      ) : null}
      {error ? (
        <p className="error-text" role="alert" data-testid="log-error">
          <Icon name="warning" /> {errorText(error)}
        </p>
      ) : saved ? (
        <p className="muted small-text" role="status">
          {t('log.saved', { seq: saved })}
        </p>
      ) : null}
    </form>
  );
}
