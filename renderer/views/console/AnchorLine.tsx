// The console's anchors: the witness code the projector shows now, and after finish the filing code to send to head office.
import { anchorsAt } from '../../../shared/domain/anchors';
import type { AnyEntry } from '../../../shared/domain/entry';
import { useI18n } from '../../i18n/i18n';

export function AnchorLine({ entries }: { entries: readonly AnyEntry[] }) {
  const { t } = useI18n();
  const anchors = anchorsAt(entries);
  if (!anchors) return null;
  const { witness, filing } = anchors;
  return (
    <span className="anchor-line" data-testid="console-anchors" title={t('witness.hint')}>
      {t('witness.label')} <code className="tnum">{witness}</code>
      {filing ? (
        <>
          {' · '}
          {t('witness.filing')} <code className="tnum" data-testid="console-filing-code">{filing}</code>
          <span className="muted"> {t('witness.filingHint')}</span>
        </>
      ) : null}
    </span>
  );
}
