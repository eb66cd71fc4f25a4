// Editor form pieces: a labelled field that shows the check's problems for its own path, and row buttons.
import { createContext, useContext, type ReactNode } from 'react';
import type { FieldProblem } from '../../../shared/domain/scenario';
import { useI18n } from '../../i18n/i18n';
import { Icon } from '../../ui/icons';
import { describeProblem } from '../../ui/packProblems';
import { problemsAt } from './draft';

export const ProblemsContext = createContext<readonly FieldProblem[]>([]);

export function useProblemsAt(path: string): FieldProblem[] {
  return problemsAt(useContext(ProblemsContext), path);
}

export function Field({ path, label, children, wide }: { path: string; label: string; children: ReactNode; wide?: boolean }) {
  const { lang } = useI18n();
  const problems = useProblemsAt(path);
  return (
    <label className={`field ed-field${wide ? ' wide' : ''}${problems.length ? ' has-problem' : ''}`} data-field={path}>
      <span>{label}</span>
      {children}
      {problems.map((p, i) => (
        <em key={i} className="field-problem" role="alert">
          <Icon name="warning" /> {describeProblem(p, lang).reason}
        </em>
      ))}
    </label>
  );
}

/** Problems of a list or object as a whole (e.g. "name at least one phase"), shown once above its rows. */
export function ListProblems({ path }: { path: string }) {
  const { lang } = useI18n();
  const problems = useContext(ProblemsContext).filter((p) => p.field === path);
  if (!problems.length) return null;
  return (
    <p className="field-problem" role="alert">
      <Icon name="warning" /> {problems.map((p) => describeProblem(p, lang).reason).join(';')}
    </p>
  );
}

export function RowButtons({ onUp, onDown, onRemove, label }: { onUp?: () => void; onDown?: () => void; onRemove: () => void; label: string }) {
  const { t } = useI18n();
  return (
    <span className="row-buttons">
      {onUp ? (
        <button type="button" className="ghost small" aria-label={t('ed.up', { what: label })} title={t('ed.up', { what: label })} onClick={onUp}>
          ↑
        </button>
      ) : null}
      {onDown ? (
        <button type="button" className="ghost small" aria-label={t('ed.down', { what: label })} title={t('ed.down', { what: label })} onClick={onDown}>
          ↓
        </button>
      ) : null}
      <button type="button" className="ghost small" aria-label={t('ed.remove', { what: label })} title={t('ed.remove', { what: label })} onClick={onRemove}>
        <Icon name="cross" />
      </button>
    </span>
  );
}

export function move<T>(list: T[], i: number, by: number): T[] {
  const j = i + by;
  if (j < 0 || j >= list.length) return list;
  const out = [...list];
  [out[i], out[j]] = [out[j]!, out[i]!];
  return out;
}
