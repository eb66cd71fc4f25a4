// The control cell's composer: an ad-hoc post (or a comment under the post picked in the feed) on a public channel, or
// an inject written now and released at once to the roles ticked (it reaches their seats' inject lists).
import { useState } from 'react';
import type { FeedPost } from '../../../shared/domain/feed';
import { KNOWN_CHANNELS, PUBLIC_CHANNELS } from '../../../shared/scenario/channels';
import { api } from '../../api/api';
import { useI18n } from '../../i18n/i18n';
import type { DrillView } from '../../state/useDrill';
import { channelLabel, roleName } from '../../ui/names';

type Mode = 'post' | 'inject';

export function ControlComposer({ view, active, replyTo, onReplied }: { view: DrillView; active: boolean; replyTo: FeedPost | null; onReplied(): void }) {
  const { t, lang, errorText } = useI18n();
  const { state } = view;
  const [mode, setMode] = useState<Mode>('post');
  const [channel, setChannel] = useState('weibo');
  const [author, setAuthor] = useState('');
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [heat, setHeat] = useState('');
  const [targets, setTargets] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [note, setNote] = useState<string | null>(null);
  const heatValue = heat.trim() === '' ? undefined : Math.max(0, Math.min(100, Number(heat)));
  const drillId = state.drillId;
  const post = mode === 'post';
  const ready = active && text.trim() !== '' && author.trim() !== '' && (post || targets.length > 0);

  const submit = async () => {
    if (busy || !ready) return;
    setBusy(true);
    try {
      const heatPart = heatValue !== undefined && Number.isFinite(heatValue) ? { heat: heatValue } : {};
      if (post) {
        const reply = replyTo ? (replyTo.seq !== null ? { replyToSeq: replyTo.seq } : { replyToInjectId: replyTo.injectId }) : {};
        const { seq } = await api.call('feed.post', { drillId, channel: replyTo?.channel ?? channel, author, text, ...reply, ...heatPart });
        setNote(t('control.posted', { seq }));
        onReplied();
      } else {
        const { injectId } = await api.call('inject.adhoc', { drillId, channel, sender: author, title: title.trim() || undefined, text, targetRoles: targets, ...heatPart });
        setNote(t('control.sent', { id: injectId }));
        setTitle('');
      }
      setText('');
      setError(null);
    } catch (err) {
      setError(err);
      setNote(null);
    } finally {
      setBusy(false);
    }
  };
  const channels = post ? PUBLIC_CHANNELS : KNOWN_CHANNELS;
  return (
    <form
      className="control-composer"
      data-testid="control-composer"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="control-modes" role="tablist">
        {(['post', 'inject'] as const).map((m) => (
          <button key={m} type="button" role="tab" aria-selected={mode === m} className={mode === m ? 'primary' : undefined} onClick={() => setMode(m)} data-testid={`control-mode-${m}`}>
            {t(m === 'post' ? 'control.post' : 'control.inject')}
          </button>
        ))}
      </div>
      {post && replyTo ? (
        <div className="control-reply" data-testid="control-reply">
          {t('control.replyTo', { who: replyTo.source === 'statement' ? (replyTo.official ?? t('feed.officialAccount')) : replyTo.persona })}{' '}
          <button type="button" className="small" onClick={onReplied}>
            {t('control.cancelReply')}
          </button>
        </div>
      ) : (
        <label>
          {t('control.channel')}{' '}
          <select value={channel} onChange={(e) => setChannel(e.target.value)} data-testid="control-channel">
            {channels.map((c) => (
              <option key={c} value={c}>
                {channelLabel(c, t)}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {t(post ? 'control.author' : 'control.sender')}{' '}
        <input value={author} maxLength={60} onChange={(e) => setAuthor(e.target.value)} data-testid="control-author" />
      </label>
      {post ? null : (
        <label>
          {t('control.injectTitle')} <input value={title} maxLength={80} onChange={(e) => setTitle(e.target.value)} data-testid="control-title" />
        </label>
      )}
      <textarea aria-label={t('control.text')} placeholder={t('control.text')} rows={4} maxLength={4000} value={text} onChange={(e) => setText(e.target.value)} data-testid="control-text" />
      {post ? null : (
        <fieldset className="control-targets">
          <legend>{t('control.targets')}</legend>
          {state.scenario.roles.map((r) => (
            <label key={r.id} className="control-target">
              <input
                type="checkbox"
                checked={targets.includes(r.id)}
                onChange={(e) => setTargets((list) => (e.target.checked ? [...list, r.id] : list.filter((x) => x !== r.id)))}
                data-testid={`control-target-${r.id}`}
              />{' '}
              {roleName(r, lang)}
            </label>
          ))}
        </fieldset>
      )}
      <label>
        {t('control.heat')} <input className="tnum" inputMode="numeric" value={heat} size={4} onChange={(e) => setHeat(e.target.value.replace(/[^0-9.]/g, ''))} data-testid="control-heat" />
      </label>
      <button type="submit" className="primary" disabled={busy || !ready} data-testid="control-submit">
        {t(post ? (replyTo ? 'control.submitComment' : 'control.submitPost') : 'control.submitInject')}
      </button>
      {note && !error ? (
        <span className="muted" role="status" data-testid="control-note">
          {note}
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
