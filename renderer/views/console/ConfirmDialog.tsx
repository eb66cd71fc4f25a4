// The confirmation every irreversible change asks for: Enter accepts, Esc cancels, wherever the focus is.
import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';
import { Icon } from '../../ui/icons';

export function ConfirmDialog(props: { title: string; body: ReactNode; confirmLabel: string; danger?: boolean; onConfirm(): void; onCancel(): void }) {
  const { title, body, confirmLabel, danger, onConfirm, onCancel } = props;
  const { t } = useI18n();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const act = useRef({ onConfirm, onCancel });
  act.current = { onConfirm, onCancel };
  useEffect(() => {
    // Capture phase on window: the dialog answers first and the console's shortcuts never see these keys.
    const onKey = (ev: KeyboardEvent) => {
      if (ev.key === 'Escape') {
        ev.preventDefault();
        ev.stopPropagation();
        act.current.onCancel();
      } else if (ev.key === 'Enter' && !ev.isComposing) {
        ev.preventDefault();
        ev.stopPropagation();
        // Enter on a focused 取消 button cancels, as the button says; anywhere else it accepts.
        if (document.activeElement === cancelRef.current) act.current.onCancel();
        else act.current.onConfirm();
      } else if (ev.altKey || (!ev.ctrlKey && !ev.metaKey && ev.key.length === 1)) {
        // No other shortcut acts behind an open question.
        ev.stopPropagation();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
  return (
    <div className="overlay confirm-overlay" onClick={onCancel}>
      <div className="dialog confirm-dialog" role="alertdialog" aria-modal="true" aria-label={title} data-testid="confirm-dialog" onClick={(ev) => ev.stopPropagation()}>
        <h2>
          <Icon name="warning" /> {title}
        </h2>
        <div className="confirm-body">{body}</div>
        <p className="muted small-text">{t('confirm.hint')}</p>
        <div className="row end">
          <button type="button" ref={cancelRef} onClick={onCancel}>
            {t('app.cancel')}
          </button>
          <button type="button" className={danger ? 'danger' : 'primary'} autoFocus onClick={onConfirm} data-testid="confirm-yes">
            {confirmLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
