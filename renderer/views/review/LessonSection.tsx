// The guided lessons form (做得好的 / 发现的问题 / 不足 / 根本原因) → 'review.lesson', and the lessons recorded so far.
import { useState } from 'react';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import type { DrillView } from '../../state/useDrill';
import { Icon } from '../../ui/icons';
import type { Run } from '../console/useActions';
import { AmendEntry } from './AmendEntry';
import type { LessonCategory, ReviewRecord } from './reviewRecord';

/** The order a debrief talks in: what worked, what went wrong, where we fell short, and why. */
const GUIDED: LessonCategory[] = ['went_well', 'problem', 'to_improve', 'root_cause'];

export function LessonSection({ view, record, run, writable }: { view: DrillView; record: ReviewRecord; run: Run; writable: boolean }) {
  const { t } = useI18n();
  return (
    <section className="card review-section" aria-label={t('review.lessons')} data-testid="review-lessons">
      <h2>{t('review.lessons')}</h2>
      <div className="lesson-grid">
        {GUIDED.map((c) => (
          <LessonBox key={c} category={c} view={view} record={record} run={run} writable={writable} />
        ))}
      </div>
    </section>
  );
}

function LessonBox({ category, view, record, run, writable }: { category: LessonCategory; view: DrillView; record: ReviewRecord; run: Run; writable: boolean }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const items = record.lessons.filter((l) => l.category === category);
  const submit = async () => {
    if (busy || !text.trim()) return;
    setBusy(true);
    const ok = await run('review.lesson', { drillId: view.state.drillId, category, text });
    setBusy(false);
    if (ok) setText('');
  };
  return (
    <div className={`lesson-box lesson-${category}`} data-testid={`lesson-${category}`}>
      <h3>{t(`lesson.${category}` as MessageKey)}</h3>
      <p className="muted small-text">{t(`lesson.${category}.prompt` as MessageKey)}</p>
      {items.length === 0 ? <p className="muted small-text">{t('review.none')}</p> : null}
      <ol className="lesson-items">
        {items.map((l) => (
          <li key={l.seq} data-testid={`lesson-item-${l.seq}`}>
            {l.text}
            {l.corrected ? <span className="tag">{t('review.corrected')}</span> : null}
            {writable ? <AmendEntry drillId={view.state.drillId} seq={l.seq} text={l.text} run={run} label={t(`lesson.${category}` as MessageKey)} /> : null}
          </li>
        ))}
      </ol>
      {writable ? (
        <form
          className="lesson-form"
          onSubmit={(ev) => {
            ev.preventDefault();
            void submit();
          }}
        >
          <textarea rows={2} aria-label={t(`lesson.${category}` as MessageKey)} value={text} maxLength={20_000} onChange={(ev) => setText(ev.target.value)} onKeyDown={(ev) => {
            if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) {
              ev.preventDefault();
              void submit();
            }
          }} />
          <button type="submit" className="small" disabled={busy || !text.trim()}>
            <Icon name="plus" /> {t('review.add')}
          </button>
        </form>
      ) : null}
    </div>
  );
}
