// Correct or void a review entry (lesson, measure, score) from the review, like any journal entry: a recorded correction, never an edit.
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { Icon } from '../../ui/icons';
import type { Run } from '../console/useActions';

export function AmendEntry({ drillId, seq, text, run, label }: { drillId: string; seq: number; text: string; run: Run; label: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState(text);
  const [isVoid, setVoid] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!open)
    return (
      <button
        type="button"
        className="ghost icon-only amend-open"
        aria-label={`${t('journal.correct')} #${seq} ${label}`}
        title={`${t('journal.correct')} / ${t('review.voidShort')} #${seq}`}
        data-testid={`amend-${seq}`}
        onClick={() => {
          setValue(text);
          setVoid(false);
          setOpen(true);
        }}
      >
        <Icon name="edit" />
      </button>
    );
  const submit = async () => {
    if (busy || !value.trim()) return;
    setBusy(true);
    const ok = await run('entry.correct', { drillId, seq, text: value, void: isVoid });
    setBusy(false);
    if (ok) setOpen(false);
  };
  return (
    <form
      className="correction-form amend-form"
      aria-label={t('journal.correctTitle', { seq })}
      data-testid={`amend-form-${seq}`}
      onSubmit={(ev) => {
        ev.preventDefault();
        void submit();
      }}
    >
      <input
        autoFocus
        aria-label={t('journal.correctTitle', { seq })}
        placeholder={isVoid ? t('review.voidReason') : t('journal.correctPlaceholder')}
        value={value}
        maxLength={20_000}
        onChange={(ev) => setValue(ev.target.value)}
        onKeyDown={(ev) => ev.key === 'Escape' && setOpen(false)}
      />
      <label className="check">
        <input
          type="checkbox"
          checked={isVoid}
          onChange={(ev) => {
            setVoid(ev.target.checked);
            if (ev.target.checked && value === text) setValue('');
          }}
        />{' '}
        {t('review.voidEntry')}
      </label>
      <button type="submit" className="primary small" disabled={busy || !value.trim()}>
        {isVoid ? t('review.voidSubmit') : t('journal.correctSubmit')}
      </button>
      <button type="button" className="small" onClick={() => setOpen(false)}>
        {t('app.cancel')}
      </button>
    </form>
  );
}
