// The scenario library on the new-drill screen: search and filters (type, duration, difficulty, role stressed),
// the matching packs as a radio list, and the chosen pack's preview beside it.
import { useMemo, useState } from 'react';
import { DIFFICULTIES, DURATION_BANDS, SCENARIO_CATEGORIES, searchLibrary, type LibraryQuery } from '../../../shared/domain/library';
import type { ScenarioPack } from '../../../shared/domain/scenario';
import { DEFAULT_ROLES } from '../../../shared/scenario/roles';
import type { ScenarioSummary } from '../../../shared/ipc/contract';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { Icon } from '../../ui/icons';
import { LibraryFacts, ScenarioPreview } from './ScenarioPreview';

const NO_FILTER: Required<LibraryQuery> = { text: '', category: '', difficulty: '', duration: '', role: '' };

export function ScenarioPicker({
  scenarios,
  selectedId,
  pack,
  onPick,
}: {
  scenarios: ScenarioSummary[];
  selectedId: string | null;
  pack: ScenarioPack | null;
  onPick: (scenarioId: string) => void;
}) {
  const { t, lang } = useI18n();
  const [q, setQ] = useState<Required<LibraryQuery>>(NO_FILTER);
  const shown = useMemo(() => searchLibrary(scenarios, q), [scenarios, q]);
  const set = <K extends keyof LibraryQuery>(k: K, v: Required<LibraryQuery>[K]) => setQ((old) => ({ ...old, [k]: v }));
  const filtered = JSON.stringify(q) !== JSON.stringify(NO_FILTER);
  const en = lang === 'en';
  // Roles any pack stresses, named as the default roles are.
  const roles = DEFAULT_ROLES.filter((r) => scenarios.some((s) => s.stressedRoles.includes(r.id)));
  return (
    <div className="picker">
      <div className="picker-filters" role="search" aria-label={t('lib.search')}>
        <input
          type="search"
          className="picker-search"
          aria-label={t('lib.search')}
          placeholder={t('lib.searchPlaceholder')}
          value={q.text}
          onChange={(ev) => set('text', ev.target.value)}
          data-testid="lib-search"
        />
        <select aria-label={t('lib.category')} value={q.category} onChange={(ev) => set('category', ev.target.value as LibraryQuery['category'] & string)} data-testid="lib-category">
          <option value="">{t('lib.allCategories')}</option>
          {SCENARIO_CATEGORIES.filter((c) => scenarios.some((s) => s.category === c)).map((c) => (
            <option key={c} value={c}>
              {t(`lib.cat.${c}` as MessageKey)}
            </option>
          ))}
        </select>
        <select aria-label={t('lib.duration')} value={q.duration} onChange={(ev) => set('duration', ev.target.value as LibraryQuery['duration'] & string)} data-testid="lib-duration">
          <option value="">{t('lib.allDurations')}</option>
          {DURATION_BANDS.map((b) => (
            <option key={b.id} value={b.id}>
              {t(`lib.dur.${b.id}` as MessageKey)}
            </option>
          ))}
        </select>
        <select aria-label={t('lib.difficulty')} value={q.difficulty} onChange={(ev) => set('difficulty', ev.target.value as LibraryQuery['difficulty'] & string)} data-testid="lib-difficulty">
          <option value="">{t('lib.allDifficulties')}</option>
          {DIFFICULTIES.map((d) => (
            <option key={d} value={d}>
              {t(`lib.diff.${d}` as MessageKey)}
            </option>
          ))}
        </select>
        <select aria-label={t('lib.role')} value={q.role} onChange={(ev) => set('role', ev.target.value)} data-testid="lib-role">
          <option value="">{t('lib.allRoles')}</option>
          {roles.map((r) => (
            <option key={r.id} value={r.id}>
              {(en && r.nameEn) || r.name}
            </option>
          ))}
        </select>
        <button type="button" className="ghost" disabled={!filtered} onClick={() => setQ(NO_FILTER)}>
          {t('lib.clear')}
        </button>
        <span className="muted picker-count" role="status" data-testid="lib-count">
          {t('lib.count', { n: scenarios.length, shown: shown.length })}
        </span>
      </div>
      <div className="picker-body">
        <div className="picker-list" role="radiogroup" aria-label={t('setup.builtin')} data-testid="lib-list">
          {shown.map((s) => {
            const on = s.id === selectedId;
            return (
              <button key={s.id} type="button" role="radio" aria-checked={on} className={`scenario-card lib-item${on ? ' selected' : ''}`} onClick={() => onPick(s.id)}>
                <strong>
                  {/* The choice shows by a mark as well as by the border colour. */}
                  {on ? <Icon name="check" /> : null} {(en && s.titleEn) || s.title}
                </strong>
                <LibraryFacts category={s.category} difficulty={s.difficulty} durationMin={s.durationMin} severity={s.severity} />
                <span className="summary" data-clamp="preview">{(en && s.summaryEn) || s.summary}</span>
              </button>
            );
          })}
          {shown.length === 0 ? <p className="empty">{t('lib.none')}</p> : null}
        </div>
        <ScenarioPreview pack={pack && pack.id === selectedId ? pack : null} />
      </div>
    </div>
  );
}
