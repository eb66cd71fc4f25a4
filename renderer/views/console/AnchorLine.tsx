// The console's anchors: the witness code the projector shows now, and after finish the filing code to send to head office.
import { filingCodeOf, witnessMarks } from '../../../shared/domain/anchors';
import type { AnyEntry } from '../../../shared/domain/entry';
import { useI18n } from '../../i18n/i18n';

export function AnchorLine({ entries }: { entries: readonly AnyEntry[] }) {
  const { t } = useI18n();
  const marks = witnessMarks(entries);
  const last = marks[marks.length - 1];
  if (!last) return null;
  const filing = filingCodeOf(entries);
  return (
    <span className="anchor-line" data-testid="console-anchors" title={t('witness.hint')}>
      {t('witness.label')} <code className="tnum">{last.code}</code>
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
