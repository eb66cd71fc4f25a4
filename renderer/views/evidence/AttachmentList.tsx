// An evidence entry's attachments in the journal: name, size and the first 12 hex digits of its SHA-256.
import type { AnyEntry } from '../../../shared/domain/entry';
import { useI18n } from '../../i18n/i18n';
import { Icon } from '../../ui/icons';
import { formatBytes } from './files';

export function AttachmentList({ e }: { e: AnyEntry }) {
  const { t } = useI18n();
  if (e.kind !== 'evidence') return null;
  const { attachments, source } = e.data;
  if (!attachments?.length && !source) return null;
  return (
    <span className="evidence-meta" data-testid={`evidence-${e.seq}`}>
      {source ? <span className="muted small-text">{t('evidence.sourceIs', { source })}</span> : null}
      {attachments?.map((a) => (
        <span key={a.sha256} className="attachment small-text" title={`SHA-256 ${a.sha256}`}>
          <Icon name="doc" /> {a.name} <span className="muted tnum">{formatBytes(a.size)} · {a.sha256.slice(0, 12)}</span>
        </span>
      ))}
    </span>
  );
}
