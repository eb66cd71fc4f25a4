// The witness code (见证码) on the projector: the chain head at the last phase change or at finish, large enough to note or photograph.
import { anchorsAt } from '../../../shared/domain/anchors';
import type { AnyEntry } from '../../../shared/domain/entry';
import { useI18n } from '../../i18n/i18n';

/** The latest witness code at drill time `clockMs` (so a replay shows the code the room saw then), and the filing code after finish. */
export function WitnessCode({ entries, clockMs }: { entries: readonly AnyEntry[]; clockMs: number }) {
  const { t } = useI18n();
  const anchors = anchorsAt(entries, clockMs);
  if (!anchors) return null;
  const { witness, filing } = anchors;
  return (
    <div className="proj-witness" data-testid="proj-witness" title={t('witness.hint')}>
      <span className="proj-witness-label">{t('witness.label')}</span>
      <span className="proj-witness-code tnum" data-testid="proj-witness-code">
        {witness}
      </span>
      {filing ? (
        <>
          <span className="proj-witness-label">{t('witness.filing')}</span>
          <span className="proj-witness-code tnum" data-testid="proj-filing-code">
            {filing}
          </span>
        </>
      ) : null}
    </div>
  );
}
