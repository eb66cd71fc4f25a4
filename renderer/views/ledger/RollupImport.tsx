// 汇总导入: many archives at once. Electron picks a folder; the browser host uploads several files (main reads them from
// its imports folder). While main imports, the page polls the progress and shows a bar; then the outcome of each archive.
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../../shared/i18n/errors';
import type { RollupProgress, RollupReport } from '../../../shared/ipc/rollup';
import { api } from '../../api/api';
import { useI18n } from '../../i18n/i18n';
import { Icon } from '../../ui/icons';
import { useNotice } from '../../ui/notice';

const POLL_MS = 250;

export function RollupImport({ onImported }: { onImported: () => void }) {
  const { t, lang } = useI18n();
  const notice = useNotice();
  const fileRef = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<RollupProgress | null>(null);
  const [report, setReport] = useState<RollupReport | null>(null);
  const running = progress?.running ?? false;

  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => {
      api.call('archive.importProgress', {}).then(setProgress, () => {});
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [running]);

  const start = async (names?: string[]) => {
    setReport(null);
    setProgress({ running: true, done: 0, total: names?.length ?? 0, current: null, imported: 0, duplicates: 0, failed: 0 });
    try {
      const res = await api.call('archive.importFolder', names ? { names } : {});
      setReport(res);
      if (res) onImported();
    } catch (err) {
      notice.error(err);
    } finally {
      setProgress((p) => (p ? { ...p, running: false } : p));
    }
  };
  const onPicked = () => {
    const input = fileRef.current;
    const names = [...(input?.files ?? [])].map((f) => f.name);
    if (input) input.value = '';
    if (names.length) void start(names);
  };

  return (
    <section className="rollup" aria-label={t('ledger.rollup')}>
      <div className="row">
        {api.host === 'electron' ? (
          <button type="button" className="button" data-testid="rollup-import" disabled={running} onClick={() => void start()}>
            <Icon name="upload" /> {t('ledger.rollup')}
          </button>
        ) : (
          <label className="button" aria-disabled={running}>
            <Icon name="upload" /> {t('ledger.rollup')}
            <input ref={fileRef} type="file" multiple accept=".drill" className="visually-hidden" data-testid="rollup-files" disabled={running} onChange={onPicked} />
          </label>
        )}
        <span className="small-text muted rollup-help">{t('ledger.rollup.help')}</span>
      </div>
      {running && progress ? (
        <div className="rollup-progress" data-testid="rollup-progress">
          <progress max={Math.max(1, progress.total)} value={progress.done} />
          <span className="small-text">{t('ledger.rollup.running', { done: progress.done, total: progress.total, current: progress.current ?? '…' })}</span>
        </div>
      ) : null}
      {report ? (
        <div className="rollup-report" role="status" data-testid="rollup-report">
          <p>{t('ledger.rollup.done', { imported: report.imported, duplicates: report.duplicates, failed: report.failed })}</p>
          {report.failed ? (
            <ul className="rollup-failed">
              {report.items
                .filter((x) => x.outcome === 'failed')
                .map((x) => (
                  <li key={x.name} data-testid="rollup-failed">
                    <Icon name="warning" /> <strong>{x.name}</strong> · {x.error ? errorMessage(x.error, lang) : t('ledger.rollup.failed')}
                  </li>
                ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
