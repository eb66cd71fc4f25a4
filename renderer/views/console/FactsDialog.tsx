// Edit the drill's facts after creation (a drill.facts entry; the minutes use the latest).
import { useState } from 'react';
import { DrillFactsSchema, type DrillFactsInput } from '../../../shared/domain/facts';
import { useI18n } from '../../i18n/i18n';
import type { DrillView } from '../../state/useDrill';
import { useNotice } from '../../ui/notice';
import { FactsForm } from '../setup/FactsForm';
import type { Run } from './useActions';

export function FactsDialog({ view, run, onClose }: { view: DrillView; run: Run; onClose(): void }) {
  const { t } = useI18n();
  const notice = useNotice();
  // Old journals lack the report fields (type, notice, planned times …): read the facts through the schema's defaults.
  const [facts, setFacts] = useState<DrillFactsInput>(() => DrillFactsSchema.parse(view.state.facts));
  const save = async () => {
    const ok = await run('drill.updateFacts', { drillId: view.state.drillId, facts });
    if (ok) {
      notice.info(t('facts.saved'));
      onClose();
    }
  };
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label={t('facts.edit')}>
      <div className="dialog wide">
        <h2>{t('facts.edit')}</h2>
        <FactsForm facts={facts} roles={view.state.scenario.roles} onChange={setFacts} />
        <div className="row end">
          <button type="button" onClick={onClose}>
            {t('app.cancel')}
          </button>
          <button type="button" className="primary" onClick={() => void save()}>
            {t('facts.save')}
          </button>
        </div>
      </div>
    </div>
  );
}
