// The viewer dialog: an attachment opened inside the app from main's evidence store (image, PDF, audio, video with seeking), offline; Esc closes.
import { useEffect } from 'react';
import type { EvidenceView } from '../../../shared/ipc/contract';
import { useI18n } from '../../i18n/i18n';
import { Icon } from '../../ui/icons';
import { formatBytes } from './files';

export function EvidenceViewer({ view, onClose }: { view: EvidenceView; onClose(): void }) {
  const { t } = useI18n();
  useEffect(() => {
    const onKey = (ev: KeyboardEvent) => {
      if (ev.key !== 'Escape') return;
      ev.preventDefault();
      ev.stopPropagation();
      onClose();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [onClose]);
  return (
    <div className="overlay evidence-overlay" onClick={onClose}>
      <div className="dialog evidence-viewer" role="dialog" aria-modal="true" aria-label={view.name} data-testid="evidence-viewer" onClick={(ev) => ev.stopPropagation()}>
        <header className="row">
          <h2 className="evidence-viewer-title">
            <Icon name="doc" /> {view.name} <span className="muted small-text tnum">{formatBytes(view.size)}</span>
          </h2>
          <button type="button" className="small" onClick={onClose} autoFocus data-testid="evidence-viewer-close">
            {t('evidence.close')}
          </button>
        </header>
        <div className="evidence-viewer-body">
          {view.kind === 'image' ? (
            <img src={view.url} alt={view.name} data-testid="evidence-image" />
          ) : view.kind === 'video' ? (
            <video src={view.url} controls preload="metadata" data-testid="evidence-video" />
          ) : view.kind === 'audio' ? (
            <audio src={view.url} controls preload="metadata" data-testid="evidence-audio" />
          ) : view.kind === 'pdf' ? (
            <iframe src={view.url} title={view.name} data-testid="evidence-pdf" />
          ) : (
            <p className="muted">{t('evidence.notViewable')}</p>
          )}
        </div>
      </div>
    </div>
  );
}
