// 演练结论: the evaluators' verdict (words) and overall rating P/S/M/U → 'review.verdict', with the summary the record gives beside it.
import { useMemo, useState } from 'react';
import { RATINGS, type Rating } from '../../../shared/domain/entry';
import { findings, verdictClaimsAllMet } from '../../../shared/domain/findings';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import type { DrillView } from '../../state/useDrill';
import { Icon } from '../../ui/icons';
import type { Run } from '../console/useActions';
import type { ReviewRecord } from './reviewRecord';

export function VerdictSection({ view, record, run, writable, clockMs }: { view: DrillView; record: ReviewRecord; run: Run; writable: boolean; clockMs: number }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [rating, setRating] = useState<Rating | ''>('');
  const [busy, setBusy] = useState(false);
  const found = useMemo(() => findings(view.entries, clockMs), [view.entries, clockMs]);
  const v = record.verdict;
  const started = view.state.status !== 'ready';
  const s = found.summary;
  const submit = async () => {
    if (busy || !rating || !text.trim()) return;
    setBusy(true);
    const ok = await run('review.verdict', { drillId: view.state.drillId, rating, text });
    setBusy(false);
    if (ok) {
      setText('');
      setRating('');
    }
  };
  return (
    <section className="card review-section" aria-label={t('verdict.title')} data-testid="review-verdict">
      <h2>{t('verdict.title')}</h2>
      <p className="muted small-text">{t('verdict.hint')}</p>
      <div className="verdict-cols">
        <div data-testid="verdict-current">
          <h3>{v ? t('verdict.latest', { seq: v.seq }) : t('verdict.none')}</h3>
          {v ? (
            <p>
              <strong>
                {v.rating} · {t(`rating.${v.rating}` as MessageKey)}
              </strong>{' '}
              {v.text}
              {v.corrected ? <span className="tag">{t('review.corrected')}</span> : null}
            </p>
          ) : null}
          {v && verdictClaimsAllMet(v.rating, v.text) && !found.allMet ? (
            <p className="error-text" role="status" data-testid="verdict-mismatch">
              {t('verdict.mismatch')}
            </p>
          ) : null}
        </div>
        <div data-testid="verdict-derived">
          <h3>{t('verdict.derived')}</h3>
          <ul className="small-text">
            <li>{t('verdict.actions', { total: s.total, onTime: s.on_time, late: s.late, missed: s.missed, pending: s.pending, notReleased: s.not_released })}</li>
            <li>{t('verdict.indicators', { n: found.missedIndicators.length })}</li>
            <li>{t('verdict.ratings', { n: found.poorScores.length })}</li>
          </ul>
          <p className={found.allMet ? 'small-text' : 'small-text error-text'}>{found.allMet ? t('verdict.allMet') : t('verdict.notAllMet')}</p>
        </div>
      </div>
      {writable && started ? (
        <form
          className="lesson-form"
          onSubmit={(ev) => {
            ev.preventDefault();
            void submit();
          }}
        >
          <label className="row small-text">
            <span className="muted">{t('verdict.rating')}</span>
            <select value={rating} onChange={(ev) => setRating(ev.target.value as Rating | '')} data-testid="verdict-rating" aria-label={t('verdict.rating')}>
              <option value="">—</option>
              {RATINGS.map((r) => (
                <option key={r} value={r}>
                  {r} · {t(`rating.${r}` as MessageKey)}
                </option>
              ))}
            </select>
          </label>
          <textarea rows={3} aria-label={t('verdict.text')} value={text} maxLength={20_000} onChange={(ev) => setText(ev.target.value)} data-testid="verdict-text" />
          <button type="submit" className="small" disabled={busy || !rating || !text.trim()}>
            <Icon name="plus" /> {t('verdict.record')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
