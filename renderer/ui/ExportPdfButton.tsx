// "导出 PDF": the minutes as PDF, printed by main; busy (disabled, says so) while the PDF is being made.
import { useState } from 'react';
import { api } from '../api/api';
import { useI18n } from '../i18n/i18n';
import { Icon } from './icons';
import { useNotice } from './notice';

/** `iconOnlyWhenNarrow`: the label hides on narrow windows like the console toolbar's others (the review keeps it). */
export function ExportPdfButton({ drillId, onSaved, iconOnlyWhenNarrow = true }: { drillId: string; onSaved?: (message: string) => void; iconOnlyWhenNarrow?: boolean }) {
  const { t } = useI18n();
  const notice = useNotice();
  const [busy, setBusy] = useState(false);
  const exportPdf = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const res = await api.call('minutes.exportPdf', { drillId });
      const msg = res.path ? t('ctl.saved', { path: res.path }) : t('ctl.saveCancelled');
      if (res.path) onSaved?.(msg);
      notice.info(msg);
    } catch (err) {
      notice.error(err);
    } finally {
      setBusy(false);
    }
  };
  const label = busy ? t('ctl.minutesPdfBusy') : t('ctl.minutesPdf');
  return (
    <button type="button" onClick={() => void exportPdf()} disabled={busy} aria-busy={busy} title={t('ctl.minutesPdfHint')} data-testid="export-pdf">
      <Icon name="printer" /> <span className={iconOnlyWhenNarrow ? 'btn-label' : undefined}>{label}</span>
    </button>
  );
}
