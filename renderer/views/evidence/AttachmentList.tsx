// An evidence entry's attachments in the journal: name, size and the first 12 hex digits of its SHA-256; images, PDFs, audio and video open in the viewer.
import { useState } from 'react';
import type { AnyEntry } from '../../../shared/domain/entry';
import { evidenceTypeOf, viewKindOf } from '../../../shared/domain/evidenceRules';
import type { EvidenceView } from '../../../shared/ipc/contract';
import { api } from '../../api/api';
import { useI18n } from '../../i18n/i18n';
import { Icon } from '../../ui/icons';
import { useNotice } from '../../ui/notice';
import { EvidenceViewer } from './EvidenceViewer';
import { formatBytes } from './files';

export function AttachmentList({ e }: { e: AnyEntry }) {
  const { t } = useI18n();
  const notice = useNotice();
  const [view, setView] = useState<EvidenceView | null>(null);
  if (e.kind !== 'evidence') return null;
  const { attachments, source } = e.data;
  if (!attachments?.length && !source) return null;
  const open = async (sha256: string) => {
    try {
      setView(await api.call('evidence.view', { drillId: e.drillId, sha256 }));
    } catch (err) {
      notice.error(err);
    }
  };
  return (
    <span className="evidence-meta" data-testid={`evidence-${e.seq}`}>
      {source ? <span className="muted small-text">{t('evidence.sourceIs', { source })}</span> : null}
      {attachments?.map((a) => (
        <span key={a.sha256} className="attachment small-text" title={`SHA-256 ${a.sha256}`}>
          <Icon name="doc" /> {a.name} <span className="muted tnum">{formatBytes(a.size)} · {a.sha256.slice(0, 12)}</span>
          {viewKindOf(evidenceTypeOf(a.name)?.mime ?? a.mime) ? (
            <button type="button" className="link small-text" onClick={() => void open(a.sha256)} data-testid={`evidence-open-${a.sha256.slice(0, 12)}`}>
              {t('evidence.open')}
            </button>
          ) : null}
        </span>
      ))}
      {view ? <EvidenceViewer view={view} onClose={() => setView(null)} /> : null}
    </span>
  );
}
