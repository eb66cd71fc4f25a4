// The review screen (总结评估): timing indicators, P/S/M/U scores, guided lessons and the improvement plan, each
// recorded as a journal entry and shown as folded from the journal. Open during the drill (evaluators) and after.
import { useMemo } from 'react';
import type { SavedFile } from '../../../shared/ipc/contract';
import { exportFile } from '../../api/exports';
import { useI18n } from '../../i18n/i18n';
import { consoleHash, replayHash } from '../../state/route';
import { useDrill } from '../../state/useDrill';
import { useDrillClock } from '../../state/useDrillClock';
import { DrillStatusBadge } from '../../ui/DrillStatusBadge';
import { Icon } from '../../ui/icons';
import { useNotice } from '../../ui/notice';
import { PrefsSwitch, type Prefs } from '../../ui/PrefsSwitch';
import { useRun } from '../console/useActions';
import { ImprovementSection } from './ImprovementSection';
import { CarryOverSection } from './CarryOverSection';
import { IndicatorTable } from './IndicatorTable';
import { LessonSection } from './LessonSection';
import { reviewRecord } from './reviewRecord';
import { ScoreSection } from './ScoreSection';
import { SeveritySection } from './SeveritySection';
import { TimingSection } from './TimingSection';
import { PapersMenu } from '../papers/PapersMenu';
import { VerdictSection } from './VerdictSection';
import { ExportPdfButton } from '../../ui/ExportPdfButton';
import '../../styles/review.css';

export default function Review({ drillId, prefs }: { drillId: string; prefs: Prefs }) {
  const { t, lang, errorText } = useI18n();
  const notice = useNotice();
  const run = useRun();
  const { view, error } = useDrill(drillId);
  const clockMs = useDrillClock(view, 1000);
  const record = useMemo(() => (view ? reviewRecord(view.entries) : null), [view]);

  const exportMinutes = async () => {
    try {
      const res: SavedFile = await exportFile('minutes.export', { drillId });
      notice.info(res.download ? t('ctl.downloaded', { name: res.download.name }) : res.path ? t('ctl.saved', { path: res.path }) : t('ctl.saveCancelled'));
    } catch (err) {
      notice.error(err);
    }
  };

  if (!view || !record)
    return (
      <div className="page">
        <p className={error ? 'error-text' : 'muted'} role={error ? 'alert' : undefined}>
          {error ? errorText(error) : t('app.loading')}
        </p>
      </div>
    );
  const { state } = view;
  const writable = !view.readOnly;
  return (
    <div className="page review" data-testid="review">
      <header className="topbar">
        <a className="button ghost" href={consoleHash(drillId)} aria-label={t('review.toConsole')} title={t('review.toConsole')}>
          <Icon name="back" />
        </a>
        <div className="drill-title">
          <h1>{t('review.title')}</h1>
          <span className="muted">
            {state.facts.name} · {(lang === 'en' && state.scenario.titleEn) || state.scenario.title}
          </span>
        </div>
        <DrillStatusBadge status={state.status} readOnly={view.readOnly} />
        <span className="spacer" />
        {state.status === 'finished' ? (
          <a className="button" href={replayHash(drillId)}>
            <Icon name="play" /> {t('replay.open')}
          </a>
        ) : null}
        <button type="button" onClick={() => void exportMinutes()}>
          <Icon name="doc" /> {t('ctl.minutes')}
        </button>
        <PapersMenu state={state} entries={view.entries} readOnly={view.readOnly} />
        <ExportPdfButton drillId={drillId} iconOnlyWhenNarrow={false} />
        <PrefsSwitch prefs={prefs} />
      </header>
      <main className="page-body review-body">
        {state.status !== 'finished' ? (
          <p className="muted review-note">
            <Icon name="running" /> {t('review.duringDrill')}
          </p>
        ) : null}
        <div className="review-cols">
          <div className="review-col">
            <IndicatorTable state={state} clockMs={clockMs} />
            <SeveritySection state={state} entries={view.entries} clockMs={clockMs} />
            <TimingSection state={state} entries={view.entries} />
            <ScoreSection view={view} record={record} run={run} writable={writable} />
          </div>
          <div className="review-col">
            <LessonSection view={view} record={record} run={run} writable={writable} />
            <ImprovementSection view={view} record={record} run={run} writable={writable} />
            <CarryOverSection view={view} />
            <VerdictSection view={view} record={record} run={run} writable={writable} clockMs={clockMs} />
          </div>
        </div>
      </main>
    </div>
  );
}
