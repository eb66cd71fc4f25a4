// Replay (复盘): a finished drill played back from its journal on the projector board, 1×–60×, with a scrubber.
// Read-only: it folds the entries up to the replay clock and writes nothing.
import { useMemo } from 'react';
import { useI18n } from '../../i18n/i18n';
import { consoleHash, reviewHash } from '../../state/route';
import { useDrill } from '../../state/useDrill';
import { Icon } from '../../ui/icons';
import { ProjectorBoard } from '../projector/Projector';
import { ReplayControls } from './ReplayControls';
import { buildTimeline, clockAtReplay, indexAt } from './replayTimeline';
import { useReplayClock } from './useReplayClock';
import '../../styles/replay.css';

export default function Replay({ drillId }: { drillId: string }) {
  const { t, errorText } = useI18n();
  const { view, error } = useDrill(drillId);
  const tl = useMemo(() => (view ? buildTimeline(view.entries) : null), [view]);
  const clock = useReplayClock(tl?.endMs ?? 0);
  if (!view || !tl)
    return <div className="projector proj-message">{error ? errorText(error) : t('app.loading')}</div>;
  if (view.state.status !== 'finished')
    return (
      <div className="page">
        <main className="page-body narrow">
          <p className="muted">{t('replay.notFinished')}</p>
          <a href={consoleHash(drillId)}>{t('review.toConsole')}</a>
        </main>
      </div>
    );
  const i = indexAt(tl, clock.t);
  const state = tl.states[i]!;
  const seen = tl.entries.slice(0, i + 1);
  return (
    <div className="replay" data-testid="replay">
      <ProjectorBoard
        state={state}
        entries={seen}
        clockMs={clockAtReplay(state, clock.t)}
        className="replay-board"
        badge={
          <span className="replay-badge" data-testid="replay-badge">
            <Icon name="play" /> {t('replay.title')} {clock.speed}×
          </span>
        }
      />
      <ReplayControls tl={tl} clock={clock} state={state} last={tl.entries[i]!}>
        <a className="button ghost" href={consoleHash(drillId)} aria-label={t('review.toConsole')} title={t('review.toConsole')}>
          <Icon name="back" />
        </a>
        <a className="button ghost small" href={reviewHash(drillId)}>
          {t('review.open')}
        </a>
      </ReplayControls>
    </div>
  );
}
