// The header badge of a drill screen: its status word with an icon, and a lock tag when the drill is read-only.
import type { DrillStatus } from '../../shared/domain/fold';
import { useI18n, type MessageKey } from '../i18n/i18n';
import { Icon, STATUS_ICON } from './icons';

export function DrillStatusBadge({ status, readOnly }: { status: DrillStatus; readOnly: boolean }) {
  const { t } = useI18n();
  return (
    <>
      <span className={`status-word status-${status}`}>
        <Icon name={STATUS_ICON[status]} /> {t(`status.${status}` as MessageKey)}
      </span>
      {readOnly ? (
        <span className="tag">
          <Icon name="lock" /> {t('list.readOnly')}
        </span>
      ) : null}
    </>
  );
}
