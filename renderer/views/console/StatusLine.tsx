// The status line: where the data is stored, and whether the last journal write reached the disk.
import { formatWallTime } from '../../../shared/domain/clock';
import { useI18n } from '../../i18n/i18n';
import { useAppStatus } from '../../state/useAppStatus';
import type { AnyEntry } from '../../../shared/domain/entry';
import { Icon } from '../../ui/icons';
import { AnchorLine } from './AnchorLine';

export function StatusLine(props: { entryCount: number; tzOffsetMin: number; lastSaved: string | null; entries: readonly AnyEntry[] }) {
  const { entryCount, tzOffsetMin, lastSaved, entries } = props;
  const { t } = useI18n();
  const info = useAppStatus();
  const w = info?.lastWrite;
  return (
    <footer className="status-line" data-testid="status-line">
      <span title={info?.dbPath}>{info ? t('status.dataDir', { dir: info.dataDir }) : t('app.loading')}</span>
      <span className={w && !w.ok ? 'text-over' : undefined} role={w && !w.ok ? 'alert' : undefined}>
        <Icon name={w && !w.ok ? 'warning' : 'check'} />{' '}
        {!w || w.at === null
          ? t('status.writeNone')
          : t(w.ok ? 'status.writeOk' : 'status.writeFail', { time: formatWallTime(w.at, tzOffsetMin) })}
      </span>
      <span title={t('count.recordsTitle')} data-testid="status-entries">
        {t('status.entries', { n: entryCount })}
      </span>
      <AnchorLine entries={entries} />
      {lastSaved ? <span className="saved-path">{lastSaved}</span> : null}
      {info?.host === 'browser' ? <span className="muted">{t('app.hostBrowser')}</span> : null}
    </footer>
  );
}
