// 新闻发言: publish an official statement — a public communication on a public channel, shown in the feed as the
// bank's official account and moving the heat (shared/domain/heat.ts). On the console and on the spokesperson's seat.
import { useState } from 'react';
import { proposedMilestone } from '../../../shared/domain/milestoneProposal';
import { PUBLIC_CHANNELS } from '../../../shared/scenario/channels';
import { spokespersonRole } from '../../../shared/scenario/spokesperson';
import { api } from '../../api/api';
import { useI18n } from '../../i18n/i18n';
import type { DrillView } from '../../state/useDrill';
import { Icon } from '../../ui/icons';
import { channelLabel, roleName } from '../../ui/names';

/** Where a bank publishes statements (the hotline and news sites are not its own accounts). */
const STATEMENT_CHANNELS = PUBLIC_CHANNELS.filter((c) => c === 'weibo' || c === 'wechat' || c === 'video');

export function StatementForm({ view, fixedRole }: { view: DrillView; fixedRole?: string }) {
  const { t, lang, errorText } = useI18n();
  const { state } = view;
  const roles = state.scenario.roles;
  const [roleId, setRoleId] = useState(fixedRole ?? spokespersonRole(roles)?.id ?? roles[0]?.id ?? '');
  const [channel, setChannel] = useState<string>('weibo');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<number | null>(null);
  const role = fixedRole ?? roleId;
  const submit = async () => {
    if (busy || text.trim() === '') return;
    setBusy(true);
    try {
      const milestone = proposedMilestone(state, 'communication', 'public') ?? undefined;
      const { seq } = await api.call('entry.log', { drillId: state.drillId, kind: 'communication', roleId: role, text, audience: 'public', channel, ...(milestone ? { milestone } : {}) });
      setDone(seq);
      setText('');
      setError(null);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="statement-form panel"
      data-testid="statement-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3>
        <Icon name="check" /> {t('statement.title')}
      </h3>
      <p className="muted small-text">{t('statement.hint')}</p>
      <div className="statement-row">
        {fixedRole ? null : (
          <label>
            {t('statement.role')}{' '}
            <select value={roleId} onChange={(e) => setRoleId(e.target.value)} data-testid="statement-role">
              {roles.map((r) => (
                <option key={r.id} value={r.id}>
                  {roleName(r, lang)}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          {t('statement.channel')}{' '}
          <select value={channel} onChange={(e) => setChannel(e.target.value)} data-testid="statement-channel">
            {STATEMENT_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {channelLabel(c, t)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <textarea
        aria-label={t('statement.text')}
        placeholder={t('statement.text')}
        value={text}
        rows={3}
        maxLength={2000}
        onChange={(e) => setText(e.target.value)}
        data-testid="statement-text"
      />
      <button type="submit" className="primary" disabled={busy || text.trim() === ''} data-testid="statement-submit">
        {t('statement.submit')}
      </button>
      {done !== null && !error ? (
        <span className="muted" role="status" data-testid="statement-done">
          {t('statement.done', { seq: done })}
        </span>
      ) : null}
      {error ? (
        <p className="error-text" role="alert">
          {errorText(error)}
        </p>
      ) : null}
    </form>
  );
}
