// Editor form pieces: a labelled field that shows the check's problems for its own path, row buttons, and the
// phase and milestone pickers several sections share.
import { createContext, useContext, type ReactNode } from 'react';
import { MARKABLE_MILESTONES } from '../../../shared/domain/milestones';
import type { FieldProblem, Phase } from '../../../shared/domain/scenario';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { Icon } from '../../ui/icons';
import { describeProblem } from '../../../shared/i18n/problems';
import { keyOf, problemsAt } from './draft';

export const ProblemsContext = createContext<readonly FieldProblem[]>([]);
/** The check's warnings (the pack loads, but something looks wrong), by field like the problems. */
export const WarningsContext = createContext<readonly FieldProblem[]>([]);

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

/** Row buttons; in a `movable` list the first and last rows keep a hidden slot for ↑/↓ so every row lines up. */
export function RowButtons({ onUp, onDown, onRemove, label, movable }: { onUp?: () => void; onDown?: () => void; onRemove: () => void; label: string; movable?: boolean }) {
  const { t } = useI18n();
  const slot = (on: (() => void) | undefined, key: 'ed.up' | 'ed.down', arrow: string) =>
    on ? (
      <button type="button" className="ghost small" aria-label={t(key, { what: label })} title={t(key, { what: label })} onClick={on}>
        {arrow}
      </button>
    ) : movable ? (
      <button type="button" className="ghost small slot" aria-hidden="true" tabIndex={-1} disabled>
        {arrow}
      </button>
    ) : null;
  return (
    <span className="row-buttons">
      {slot(onUp, 'ed.up', '↑')}
      {slot(onDown, 'ed.down', '↓')}
      <button type="button" className="ghost small" aria-label={t('ed.remove', { what: label })} title={t('ed.remove', { what: label })} onClick={onRemove}>
        <Icon name="cross" />
      </button>
    </span>
  );
}

/** A phase picker whose empty choice means "any phase" (undefined). */
export function PhaseSelect({ phases, value, onChange }: { phases: readonly Phase[]; value: string | undefined; onChange: (phaseId: string | undefined) => void }) {
  const { t } = useI18n();
  return (
    <select value={value ?? ''} onChange={(ev) => onChange(ev.target.value || undefined)}>
      <option value="">{t('ed.anyPhase')}</option>
      {phases.map((p) => (
        <option key={keyOf(p)} value={p.id}>
          {p.name}
        </option>
      ))}
    </select>
  );
}

/** A picker of the milestone a row marks, whose empty choice means "marks none" (undefined). */
export function MilestoneSelect({ value, onChange }: { value: string | undefined; onChange: (milestone: string | undefined) => void }) {
  const { t } = useI18n();
  return (
    <select value={value ?? ''} onChange={(ev) => onChange(ev.target.value || undefined)}>
      <option value="">{t('log.milestoneNone')}</option>
      {MARKABLE_MILESTONES.map((m) => (
        <option key={m} value={m}>
          {t(`milestone.${m}` as MessageKey)}
        </option>
      ))}
    </select>
  );
}

export function move<T>(list: T[], i: number, by: number): T[] {
  const j = i + by;
  if (j < 0 || j >= list.length) return list;
  const out = [...list];
  [out[i], out[j]] = [out[j]!, out[i]!];
  return out;
}
