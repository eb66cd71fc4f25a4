// The facilitator console: clock and phases (left), the live journal and quick-log bar (centre), injects and
// role panels (right), a status line; shortcuts in a help overlay; state changes through DrillControls (ask, toast,
// undo); any inject opens as a full card.
import { injectOf } from '../../../shared/domain/adhoc';
import { useCallback, useRef, useState } from 'react';
import type { SavedFile } from '../../../shared/ipc/contract';
import { api } from '../../api/api';
import { exportFile } from '../../api/exports';
import { useI18n } from '../../i18n/i18n';
import { useDrill } from '../../state/useDrill';
import { projectorHash, replayHash, reviewHash } from '../../state/route';
import { DrillStatusBadge } from '../../ui/DrillStatusBadge';
import { Icon } from '../../ui/icons';
import { useNotice } from '../../ui/notice';
import { PrefsSwitch, type Prefs } from '../../ui/PrefsSwitch';
import { FeedPanel, hasPublicInjects } from '../feed/FeedPanel';
import { ClockPanel } from './ClockPanel';
import { FactsDialog } from './FactsDialog';
import { HelpOverlay } from './HelpOverlay';
import { ConsoleKeys, type ScreenKey } from './ConsoleKeys';
import { DrillControls } from './controls';
import { IndicatorList } from './IndicatorList';
import { InjectCard } from './InjectCard';
import { InjectTimeline } from './InjectTimeline';
import { JournalTimeline } from './JournalTimeline';
import { PhaseBoard } from './PhaseBoard';
import { QUICK_LOG_ID, QuickLog } from './QuickLog';
import { RoleGrid } from './RoleGrid';
import { RolePanel } from './RolePanel';
import { SpotlightBar } from './SpotlightBar';
import { StatusLine } from './StatusLine';
import { SeatsControl } from './SeatsControl';
import { PapersMenu } from '../papers/PapersMenu';
import { useRun } from './useActions';
import { AttendanceDialog } from './AttendanceDialog';
import { ExportPdfButton } from '../../ui/ExportPdfButton';

export function Console({ drillId, prefs }: { drillId: string; prefs: Prefs }) {
  const { t, lang, errorText } = useI18n();
  const notice = useNotice();
  const run = useRun();
  const { view, error } = useDrill(drillId);
  const [tab, setTab] = useState<'injects' | 'roles' | 'feed'>('injects');
  const [role, setRole] = useState<string | null>(null);
  const [help, setHelp] = useState(false);
  const [factsOpen, setFactsOpen] = useState(false);
  const [attendanceOpen, setAttendanceOpen] = useState(false);
  const [cardId, setCardId] = useState<string | null>(null);
  const [lastSaved, setLastSaved] = useState<string | null>(null);
  const projectorWin = useRef<Window | null>(null);
  const [projectorOpen, setProjectorOpen] = useState(false);

  const toggleProjector = useCallback(async () => {
    const open = !projectorOpen;
    if (api.host === 'electron') {
      const res = await run('window.projector', { drillId, open });
      if (res) setProjectorOpen(res.open);
      return;
    }
    if (open) {
      const url = `${window.location.pathname}${window.location.search}${projectorHash(drillId)}`;
      projectorWin.current = window.open(url, 'drillroom-projector');
      setProjectorOpen(!!projectorWin.current);
    } else {
      projectorWin.current?.close();
      projectorWin.current = null;
      setProjectorOpen(false);
    }
  }, [drillId, projectorOpen, run]);

  const locked = !view || view.readOnly || view.state.status === 'finished';
  const onScreenKey = (k: ScreenKey) => {
    if (k === 'help') return setHelp((h) => !h);
    if (k === 'escape') {
      setHelp(false);
      setCardId(null);
      return;
    }
    if (k === 'focusLog') return document.getElementById(QUICK_LOG_ID)?.focus();
    return void toggleProjector();
  };

  const save = async (name: 'minutes.export' | 'archive.export') => {
    try {
      const res: SavedFile = await exportFile(name, { drillId });
      const msg = res.download ? t('ctl.downloaded', { name: res.download.name }) : res.path ? t('ctl.saved', { path: res.path }) : t('ctl.saveCancelled');
      if (res.path) setLastSaved(msg);
      notice.info(msg);
    } catch (err) {
      notice.error(err);
    }
  };

  if (error && !view)
    return (
      <div className="page">
        <p className="error-text" role="alert">
          {errorText(error)}
        </p>
        <a href="#/">{t('app.back')}</a>
      </div>
    );
  if (!view) return <div className="page muted">{t('app.loading')}</div>;
  const { state } = view;
  const canAmend = !view.readOnly;
  const card = cardId ? injectOf(state, cardId) : undefined;
  return (
    <DrillControls view={view} run={run}>
    <ConsoleKeys view={view} locked={locked} onScreen={onScreenKey} />
    <div className="console">
      <header className="topbar">
        <a className="button ghost" href="#/" aria-label={t('app.back')} title={t('app.back')}>
          <Icon name="back" />
        </a>
        <div className="drill-title">
          <h1>{state.facts.name}</h1>
          <span className="muted">{(lang === 'en' && state.scenario.titleEn) || state.scenario.title}</span>
        </div>
        <DrillStatusBadge status={state.status} readOnly={view.readOnly} />
        <span className="spacer" />
        {!view.readOnly ? (
          <button type="button" className="ghost" onClick={() => setFactsOpen(true)} title={t('facts.edit')}>
            <Icon name="edit" /> <span className="btn-label">{t('facts.edit')}</span>
          </button>
        ) : null}
        <button type="button" className="ghost" onClick={() => setAttendanceOpen(true)} title={t('att.title')} data-testid="open-attendance">
          <Icon name="signIn" /> <span className="btn-label">{t('att.open')}</span>
        </button>
        <button type="button" onClick={() => void toggleProjector()} aria-pressed={projectorOpen} title={`${projectorOpen ? t('ctl.projectorClose') : t('ctl.projector')} (Alt+P)`}>
          <Icon name="screen" /> <span className="btn-label">{projectorOpen ? t('ctl.projectorClose') : t('ctl.projector')}</span>
        </button>
        <a className="button" href={reviewHash(drillId)} title={t('review.open')} data-testid="open-review">
          <Icon name="flag" /> <span className="btn-label">{t('review.open')}</span>
        </a>
        {state.status === 'finished' ? (
          <a className="button" href={replayHash(drillId)} title={t('replay.open')} data-testid="open-replay">
            <Icon name="play" /> <span className="btn-label">{t('replay.open')}</span>
          </a>
        ) : null}
        <button type="button" onClick={() => void save('minutes.export')} title={t('ctl.minutes')}>
          <Icon name="doc" /> <span className="btn-label">{t('ctl.minutes')}</span>
        </button>
        <ExportPdfButton drillId={drillId} onSaved={setLastSaved} />
        <button type="button" onClick={() => void save('archive.export')} title={t('ctl.archive')}>
          <Icon name="archive" /> <span className="btn-label">{t('ctl.archive')}</span>
        </button>
        <PapersMenu state={state} entries={view.entries} readOnly={view.readOnly} />
        <SeatsControl state={state} locked={locked || state.status === 'finished'} />
        <button type="button" className="ghost icon-only" aria-label={t('app.help')} title={`${t('app.help')} (?)`} onClick={() => setHelp(true)}>
          <Icon name="help" />
        </button>
        <PrefsSwitch prefs={prefs} />
      </header>
      <div className="console-body">
        <aside className="col-left">
          <ClockPanel view={view} locked={locked} run={run} />
          <PhaseBoard view={view} />
          <IndicatorList view={view} />
        </aside>
        <main className="col-centre">
          <JournalTimeline view={view} run={run} canAmend={canAmend} />
          {locked ? (
            <p className="muted locked-note">
              <Icon name="lock" /> {t('ctl.readOnly')}
            </p>
          ) : (
            <QuickLog view={view} disabled={state.status === 'ready'} />
          )}
        </main>
        <aside className="col-right panel">
          <SpotlightBar view={view} locked={locked} />
          <div className="tabs" role="tablist">
            <button type="button" role="tab" aria-selected={tab === 'injects'} onClick={() => setTab('injects')}>
              {t('inj.tab')}
            </button>
            <button
              type="button"
              role="tab"
              aria-selected={tab === 'roles'}
              onClick={() => {
                setTab('roles');
                setRole(null);
              }}
            >
              {t('roles.tab')}
            </button>
            {hasPublicInjects(state.scenario) ? (
              <button type="button" role="tab" aria-selected={tab === 'feed'} onClick={() => setTab('feed')} data-testid="tab-feed">
                {t('feed.tab')}
              </button>
            ) : null}
          </div>
          <div className="tab-body" role="tabpanel">
            {tab === 'injects' ? (
              <InjectTimeline view={view} locked={locked} onOpen={setCardId} />
            ) : tab === 'feed' ? (
              <FeedPanel view={view} />
            ) : role ? (
              <RolePanel view={view} roleId={role} run={run} locked={locked} onBack={() => setRole(null)} />
            ) : (
              <RoleGrid view={view} onOpen={setRole} />
            )}
          </div>
        </aside>
      </div>
      <StatusLine entryCount={state.entryCount} tzOffsetMin={state.tzOffsetMin} lastSaved={lastSaved} entries={view.entries} />
      {help ? <HelpOverlay onClose={() => setHelp(false)} /> : null}
      {factsOpen ? <FactsDialog view={view} run={run} onClose={() => setFactsOpen(false)} /> : null}
      {attendanceOpen ? <AttendanceDialog view={view} run={run} onClose={() => setAttendanceOpen(false)} /> : null}
      {card ? <InjectCard view={view} inject={card} canRelease={!locked && (state.status === 'running' || state.status === 'paused')} onClose={() => setCardId(null)} /> : null}
    </div>
    </DrillControls>
  );
}
