// The editor's dialogs: leave with unsaved edits (stay / leave), the autosaved draft offered back, and the
// drill-facts form a drill is created through.
import { useState } from 'react';
import type { DrillFactsInput } from '../../../shared/domain/facts';
import type { Role } from '../../../shared/domain/scenario';
import { useI18n } from '../../i18n/i18n';
import { Icon } from '../../ui/icons';
import { FactsForm } from '../setup/FactsForm';
import type { StoredDraft } from './autosave';

export function LeaveDialog({ onStay, onLeave }: { onStay(): void; onLeave(): void }) {
  const { t } = useI18n();
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label={t('ed.leaveTitle')} data-testid="ed-leave" onKeyDown={(ev) => ev.key === 'Escape' && onStay()}>
      <div className="dialog">
        <h2>{t('ed.leaveTitle')}</h2>
        <p>{t('ed.leaveText')}</p>
        <div className="row end">
          <button type="button" onClick={onLeave}>
            {t('ed.leave')}
          </button>
          <button type="button" className="primary" autoFocus onClick={onStay}>
            {t('ed.stay')}
          </button>
        </div>
      </div>
    </div>
  );
}

export function RestoreOffer({ draft, onRestore, onDiscard }: { draft: StoredDraft; onRestore(): void; onDiscard(): void }) {
  const { t, lang } = useI18n();
  const time = new Date(draft.savedAt).toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN', { dateStyle: 'short', timeStyle: 'short' });
  return (
    <section className="card ed-restore" data-testid="ed-restore" role="status">
      <h2>
        <Icon name="doc" /> {t('ed.restoreTitle')}
      </h2>
      <p>{t('ed.restoreText', { title: draft.title || t('ed.untitled'), time })}</p>
      <div className="row end">
        <button type="button" onClick={onDiscard}>
          {t('ed.discard')}
        </button>
        <button type="button" className="primary" onClick={onRestore}>
          {t('ed.restore')}
        </button>
      </div>
    </section>
  );
}

export function CreateDrillDialog({ title, roles, busy, error, onCancel, onCreate }: { title: string; roles: Role[]; busy: boolean; error: string | null; onCancel(): void; onCreate(facts: DrillFactsInput): void }) {
  const { t } = useI18n();
  const [facts, setFacts] = useState<DrillFactsInput>({ name: t('facts.nameDefault', { title }) });
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label={t('ed.factsTitle')} data-testid="ed-facts" onKeyDown={(ev) => ev.key === 'Escape' && onCancel()}>
      <div className="dialog wide">
        <h2>{t('ed.factsTitle')}</h2>
        <p className="muted">{t('ed.factsHint')}</p>
        <FactsForm facts={facts} roles={roles} onChange={setFacts} />
        {error ? (
          <p className="error-text" role="alert">
            {error}
          </p>
        ) : null}
        <div className="row end">
          <button type="button" onClick={onCancel}>
            {t('app.cancel')}
          </button>
          <button type="button" className="primary" disabled={busy || !facts.name?.trim()} onClick={() => onCreate(facts)}>
            {busy ? t('setup.creating') : t('setup.create')}
          </button>
        </div>
      </div>
    </div>
  );
}
