// Evaluators rate each objective (and each role when the pack asks) P/S/M/U with a remark → 'review.score'.
import { useState } from 'react';
import { formatWallTime } from '../../../shared/domain/clock';
import { RATINGS, type Rating } from '../../../shared/domain/entry';
import { clipText } from '../../../shared/domain/text';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import type { DrillView } from '../../state/useDrill';
import { Icon } from '../../ui/icons';
import { roleName, roleNameById } from '../../ui/names';
import type { Run } from '../console/useActions';
import { AmendEntry } from './AmendEntry';
import { scoreKey, type ReviewRecord } from './reviewRecord';

interface Target {
  target: 'objective' | 'role';
  id: string;
  text: string;
}

export function ScoreSection({ view, record, run, writable }: { view: DrillView; record: ReviewRecord; run: Run; writable: boolean }) {
  const { t, lang } = useI18n();
  const { state } = view;
  const roles = state.scenario.roles;
  const [evaluator, setEvaluator] = useState(roles.find((r) => r.id === 'evaluator')?.id ?? roles[0]?.id ?? '');
  const targets: Target[] = [
    ...state.scenario.objectives.map((o) => ({ target: 'objective' as const, id: o.id, text: (lang === 'en' && o.textEn) || o.text })),
    ...(state.scenario.evaluateRoles ? roles.map((r) => ({ target: 'role' as const, id: r.id, text: roleName(r, lang) })) : []),
  ];
  return (
    <section className="card review-section" aria-label={t('review.scores')} data-testid="review-scores">
      <div className="row between">
        <h2>{t('review.scores')}</h2>
        {writable ? (
          <label className="row small-text">
            <span className="muted">{t('review.evaluator')}</span>
            <select value={evaluator} onChange={(ev) => setEvaluator(ev.target.value)} data-testid="score-evaluator">
              {roles.map((r) => (
                <option key={r.id} value={r.id}>
                  {roleName(r, lang)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      <p className="muted small-text">{t('review.scoresHint')}</p>
      {targets.length === 0 ? <p className="empty">{t('review.noObjectives')}</p> : null}
      <ol className="score-list">
        {targets.map((tg, i) => (
          <ScoreRow key={`${tg.target}:${tg.id}`} n={i + 1} tg={tg} view={view} record={record} run={run} writable={writable} evaluator={evaluator} />
        ))}
      </ol>
      {record.scores.length > 0 ? (
        <details className="score-history">
          <summary>{t('review.scoreHistory', { n: record.scores.length })}</summary>
          <ul>
            {record.scores.map((s) => (
              <li key={s.seq} className="small-text">
                <span className="tnum muted">#{s.seq} {formatWallTime(s.at, state.tzOffsetMin)}</span> {roleNameById(state, s.roleId, lang)} ·{' '}
                {clipText(targets.find((x) => x.target === s.target && x.id === s.targetId)?.text ?? s.targetId, 40)} · <strong>{s.rating}</strong> {s.text}
                {s.corrected ? <span className="tag">{t('review.corrected')}</span> : null}
                {writable ? <AmendEntry drillId={state.drillId} seq={s.seq} text={s.text} run={run} label={t('review.rating')} /> : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

function ScoreRow({ n, tg, view, record, run, writable, evaluator }: { n: number; tg: Target; view: DrillView; record: ReviewRecord; run: Run; writable: boolean; evaluator: string }) {
  const { t } = useI18n();
  const latest = record.latest.get(scoreKey(tg.target, tg.id));
  const [rating, setRating] = useState<Rating | ''>('');
  const [remark, setRemark] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (!rating || busy) return;
    setBusy(true);
    const ok = await run('review.score', { drillId: view.state.drillId, target: tg.target, targetId: tg.id, rating, remark: remark.trim() || t(`rating.${rating}` as MessageKey), roleId: evaluator || undefined });
    setBusy(false);
    if (ok) {
      setRating('');
      setRemark('');
    }
  };
  return (
    <li className="score-row" data-testid={`score-${tg.target}-${tg.id}`}>
      <div className="score-target">
        <span className="score-n tnum">{tg.target === 'role' ? t('review.roleTag') : n}</span>
        <span>{tg.text}</span>
      </div>
      <div className="score-current">
        {latest ? (
          <span className={`rating-badge rating-${latest.rating}`} data-testid="score-current">
            <strong>{latest.rating}</strong> {t(`rating.${latest.rating}` as MessageKey)}
            {latest.text && latest.text !== t(`rating.${latest.rating}` as MessageKey) ? <span className="muted"> · {latest.text}</span> : null}
            {latest.corrected ? <span className="tag">{t('review.corrected')}</span> : null}
          </span>
        ) : (
          <span className="muted" data-testid="score-none">
            <Icon name="pending" /> {t('review.notRated')}
          </span>
        )}
      </div>
      {writable ? (
        <form
          className="score-form"
          onSubmit={(ev) => {
            ev.preventDefault();
            void submit();
          }}
        >
          <div className="rating-pick" role="radiogroup" aria-label={t('review.rating')}>
            {RATINGS.map((r) => (
              <label key={r} className={`rating-option rating-${r}${rating === r ? ' on' : ''}`} title={t(`rating.${r}.long` as MessageKey)}>
                <input type="radio" name={`rating-${tg.target}-${tg.id}`} value={r} checked={rating === r} onChange={() => setRating(r)} />
                <strong>{r}</strong> <span className="small-text">{t(`rating.${r}` as MessageKey)}</span>
              </label>
            ))}
          </div>
          <input className="score-remark" aria-label={t('review.remark')} placeholder={t('review.remark')} value={remark} maxLength={2000} onChange={(ev) => setRemark(ev.target.value)} />
          <button type="submit" className="primary small" disabled={!rating || busy}>
            {t('review.rate')}
          </button>
        </form>
      ) : null}
    </li>
  );
}
