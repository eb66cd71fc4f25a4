// The drills in the database: open one, start a new one, or import a drill archive (read-only record).
import { useCallback, useEffect, useRef, useState } from 'react';
import { formatWallDate } from '../../../shared/domain/clock';
import type { DrillSummary } from '../../../shared/ipc/contract';
import { api } from '../../api/api';
import { exportFile } from '../../api/exports';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { consoleHash, drillLedgerHash, editorHash, go, improvementLedgerHash, replayHash, reviewHash } from '../../state/route';
import { Icon, STATUS_ICON } from '../../ui/icons';
import { useNotice } from '../../ui/notice';
import { PrefsSwitch, type Prefs } from '../../ui/PrefsSwitch';

export function DrillList({ prefs }: { prefs: Prefs }) {
  const { t } = useI18n();
  const notice = useNotice();
  const [drills, setDrills] = useState<DrillSummary[] | null>(null);
  const [importError, setImportError] = useState<unknown>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const { errorText } = useI18n();

  const load = useCallback(() => {
    api.call('drill.list', {}).then(setDrills, notice.error);
  }, [notice.error]);
  useEffect(() => {
    load();
    return api.on('drills.changed', load);
  }, [load]);

  // Main opens and reads the archive itself (any size, never through IPC): in Electron it shows the open dialog;
  // the browser host has none, so the page names the picked file and main reads it from its imports folder.
  const onImport = async (name?: string) => {
    setImportError(null);
    try {
      const { drillId } = await api.call('archive.import', name === undefined ? {} : { name });
      if (drillId === null) return;
      notice.info(t('list.imported'));
      go(consoleHash(drillId));
    } catch (err) {
      setImportError(err);
    }
  };
  const onPicked = () => {
    const input = fileRef.current;
    const name = input?.files?.[0]?.name;
    if (input) input.value = '';
    if (name) void onImport(name);
  };

  // A damaged drill cannot be opened, but its record can still leave the machine as a verifiable archive.
  const exportArchive = async (drillId: string) => {
    try {
      const res = await exportFile('archive.export', { drillId });
      if (res.download) notice.info(t('ctl.downloaded', { name: res.download.name }));
      else if (res.path) notice.info(t('list.saved', { path: res.path }));
    } catch (err) {
      notice.error(err);
    }
  };

  // Hide a drill from the list, or bring it back: a recorded drill.archived entry (the journal is never deleted).
  const [showArchived, setShowArchived] = useState(false);
  const setArchived = async (d: DrillSummary, archived: boolean) => {
    try {
      await api.call('drill.archive', { drillId: d.drillId, archived });
      notice.info(t(archived ? 'list.archivedDone' : 'list.unarchivedDone', { name: d.name }));
      load();
    } catch (err) {
      notice.error(err);
    }
  };
  const archivedCount = drills?.filter((d) => d.archived).length ?? 0;
  const listed = drills?.filter((d) => showArchived || !d.archived) ?? null;

  const tz = new Date().getTimezoneOffset();
  return (
    <div className="page">
      <header className="topbar">
        <h1 className="brand">{t('app.title')}</h1>
        <span className="spacer" />
        <PrefsSwitch prefs={prefs} />
      </header>
      <main className="page-body narrow">
        <div className="row between">
          <h2>{t('list.title')}</h2>
          <div className="row">
            {api.host === 'electron' ? (
              <button type="button" className="button" data-testid="archive-import" onClick={() => void onImport()}>
                <Icon name="upload" /> {t('list.import')}
              </button>
            ) : (
              <label className="button">
                <Icon name="upload" /> {t('list.import')}
                <input ref={fileRef} type="file" accept=".drill,.json,application/json" className="visually-hidden" data-testid="archive-file" onChange={onPicked} />
              </label>
            )}
            <a className="button" href={improvementLedgerHash} data-testid="open-improvement-ledger">
              <Icon name="flag" /> {t('impLedger.imp.open')}
            </a>
            <a className="button" href={drillLedgerHash()} data-testid="open-drill-ledger">
              <Icon name="doc" /> {t('ledger.open')}
            </a>
            <a className="button" href={editorHash()} data-testid="open-editor">
              <Icon name="edit" /> {t('ed.open')}
            </a>
            <a className="button primary" href="#/new">
              <Icon name="plus" /> {t('list.new')}
            </a>
          </div>
        </div>
        {importError ? (
          <p className="error-text" role="alert">
            {errorText(importError)}
          </p>
        ) : null}
        {archivedCount > 0 ? (
          <p className="row end archived-toggle">
            <label className="check" data-testid="show-archived">
              <input type="checkbox" checked={showArchived} onChange={(ev) => setShowArchived(ev.target.checked)} /> {t('list.showArchived', { n: archivedCount })}
            </label>
          </p>
        ) : null}
        {drills === null || listed === null ? (
          <p className="muted">{t('app.loading')}</p>
        ) : listed.length === 0 ? (
          <p className="empty">{drills.length === 0 ? t('list.empty') : t('list.allArchived')}</p>
        ) : (
          <table className="table drill-table">
            <thead>
              <tr>
                <th>{t('list.col.name')}</th>
                <th>{t('list.col.scenario')}</th>
                <th>{t('list.col.status')}</th>
                <th>{t('list.col.date')}</th>
                <th className="num" title={t('count.recordsTitle')}>{t('list.col.entries')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {[...listed]
                .sort((a, b) => b.createdAt - a.createdAt)
                .map((d) => (
                  <tr key={d.drillId} data-testid={`drill-row-${d.drillId}`} className={d.archived ? 'archived' : undefined}>
                    <td>{d.name}</td>
                    <td>{d.scenarioTitle}</td>
                    <td>
                      <span className={`status status-${d.status}`}>
                        <Icon name={STATUS_ICON[d.status]} /> {t(`status.${d.status}` as MessageKey)}
                      </span>
                      {d.readOnly ? (
                        <span className="tag">
                          <Icon name="lock" /> {t('list.readOnly')}
                        </span>
                      ) : null}
                      {d.archived ? (
                        <span className="tag" data-testid={`archived-${d.drillId}`}>
                          <Icon name="archive" /> {t('list.archivedTag')}
                        </span>
                      ) : null}
                      {d.damaged ? (
                        <span className="tag tag-over" title={t('list.damagedHelp', { detail: d.damaged })} data-testid={`damaged-${d.drillId}`}>
                          <Icon name="warning" /> {t('list.damaged')}
                        </span>
                      ) : null}
                      {d.damaged ? <div className="small-text muted">{t('list.damagedHelp', { detail: d.damaged })}</div> : null}
                    </td>
                    <td className="num">{formatWallDate(d.startedAt ?? d.createdAt, tz)}</td>
                    <td className="num">{d.entryCount}</td>
                    <td className="row">
                      {d.damaged ? (
                        <button type="button" className="small" onClick={() => void exportArchive(d.drillId)}>
                          <Icon name="archive" /> {t('list.exportArchive')}
                        </button>
                      ) : (
                        <a className="button small" href={consoleHash(d.drillId)}>
                          {d.status === 'finished' || d.readOnly ? t('list.view') : t('list.open')}
                        </a>
                      )}
                      {d.status === 'finished' && !d.damaged ? (
                        <>
                          <a className="button small" href={reviewHash(d.drillId)}>
                            {t('review.open')}
                          </a>
                          <a className="button small" href={replayHash(d.drillId)} data-testid={`replay-${d.drillId}`}>
                            <Icon name="play" /> {t('replay.open')}
                          </a>
                        </>
                      ) : null}
                      {d.archived ? (
                        <button type="button" className="small" data-testid={`unarchive-${d.drillId}`} onClick={() => void setArchived(d, false)}>
                          {t('list.unarchive')}
                        </button>
                      ) : !d.readOnly && !d.damaged ? (
                        <button type="button" className="small ghost" data-testid={`archive-${d.drillId}`} title={t('list.archiveHint')} onClick={() => void setArchived(d, true)}>
                          <Icon name="archive" /> {t('list.archive')}
                        </button>
                      ) : null}
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        )}
      </main>
    </div>
  );
}
