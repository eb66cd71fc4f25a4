// The drill's state changes from the console (buttons and shortcuts alike): irreversible ones ask first, every one
// says what it did in a toast, and a pause or resume can be taken back from it by a recorded counter-entry.
import { injectOf } from '../../../shared/domain/adhoc';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { SpotlightForm } from '../../../shared/domain/entry';
import type { CallName } from '../../../shared/ipc/contract';
import { useI18n } from '../../i18n/i18n';
import type { DrillView } from '../../state/useDrill';
import { Icon } from '../../ui/icons';
import { injectTitle, phaseName, roleNameById } from '../../ui/names';
import { ConfirmDialog } from './ConfirmDialog';
import type { Run } from './useActions';
import { joinList } from '../../../shared/domain/listJoin';

export type Change = { kind: 'start' | 'pause' | 'resume' | 'next' | 'finish' } | { kind: 'release'; injectId: string };

/** How long the toast (and with it the undo) stays. */
export const UNDO_MS = 10_000;

const CALL: Record<Change['kind'], CallName> = {
  start: 'clock.start',
  pause: 'clock.pause',
  resume: 'clock.resume',
  next: 'phase.next',
  finish: 'clock.finish',
  release: 'inject.release',
};
/** What takes a change back, where the domain allows one: a pause by a resume, a resume by a pause. */
const COUNTER: Partial<Record<Change['kind'], Change>> = { pause: { kind: 'resume' }, resume: { kind: 'pause' } };
const ASKS: ReadonlySet<Change['kind']> = new Set(['start', 'next', 'release', 'finish']);

interface Controls {
  /** Ask (when irreversible), then make the change. */
  request(c: Change): void;
  /** Put a released inject (or its feed post) on the projector, or take it down (null). */
  spotlight(injectId: string | null, form?: SpotlightForm): void;
  /** Take back the last change from the toast, if it can be. */
  undo(): void;
  /** Whether a confirmation is open (shortcuts wait). */
  asking: boolean;
}

const Ctx = createContext<Controls | null>(null);

export function useControls(): Controls {
  const v = useContext(Ctx);
  if (!v) throw new Error('useControls outside DrillControls');
  return v;
}

interface Toast {
  id: number;
  text: string;
  undo: Change | null;
}

export function DrillControls({ view, run, children }: { view: DrillView; run: Run; children: ReactNode }) {
  const { t, lang } = useI18n();
  const [asking, setAsking] = useState<Change | null>(null);
  const [toast, setToast] = useState<Toast | null>(null);
  const viewRef = useRef(view);
  viewRef.current = view;
  const toastId = useRef(0);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const drillId = view.state.drillId;
  const said = useCallback(
    (c: Change): string => {
      const s = viewRef.current.state;
      if (c.kind === 'next') return t('toast.next', { phase: phaseName(s.scenario.phases[s.phaseIndex + 1], lang) });
      if (c.kind === 'release') return t('toast.release', { title: injectTitle(s.scenario.injects.find((j) => j.id === c.injectId)) });
      return t(`toast.${c.kind}`);
    },
    [t, lang],
  );

  const perform = useCallback(
    async (c: Change) => {
      const text = said(c);
      const res = c.kind === 'release' ? await run('inject.release', { drillId, injectId: c.injectId }) : await run(CALL[c.kind] as 'clock.pause', { drillId });
      if (!res) return;
      const id = ++toastId.current;
      setToast({ id, text, undo: COUNTER[c.kind] ?? null });
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => setToast((cur) => (cur?.id === id ? null : cur)), UNDO_MS);
    },
    [drillId, run, said],
  );

  const controls = useMemo<Controls>(
    () => ({
      request: (c) => (ASKS.has(c.kind) ? setAsking(c) : void perform(c)),
      spotlight: (injectId, form = 'card') => void run('projector.spotlight', { drillId, injectId, form }),
      undo: () => {
        if (!toast?.undo) return;
        const status = viewRef.current.state.status;
        // Only while the drill is still where the change left it.
        if ((toast.undo.kind === 'resume' && status === 'paused') || (toast.undo.kind === 'pause' && status === 'running')) void perform(toast.undo);
      },
      asking: asking !== null,
    }),
    [asking, drillId, perform, run, toast],
  );

  return (
    <Ctx.Provider value={controls}>
      {children}
      {asking ? (
        <Question
          change={asking}
          view={view}
          onConfirm={() => {
            setAsking(null);
            void perform(asking);
          }}
          onCancel={() => setAsking(null)}
        />
      ) : null}
      {toast ? (
        <div className="change-toast" role="status" data-testid="change-toast" key={toast.id}>
          <Icon name={toast.undo ? 'check' : 'lock'} />
          <span className="change-toast-text">{toast.text}</span>
          {toast.undo ? (
            <button type="button" className="primary small" onClick={controls.undo} title={`${t('toast.undoNote')} (Alt+Z)`}>
              <Icon name="back" /> {t(toast.undo.kind === 'resume' ? 'toast.undoPause' : 'toast.undoResume')}
            </button>
          ) : null}
          <button type="button" className="ghost small" aria-label={t('app.close')} onClick={() => setToast(null)}>
            <Icon name="cross" />
          </button>
        </div>
      ) : null}
    </Ctx.Provider>
  );
}

/** The question for one irreversible change, naming exactly what will happen. */
function Question({ change, view, onConfirm, onCancel }: { change: Change; view: DrillView; onConfirm(): void; onCancel(): void }) {
  const { t, lang } = useI18n();
  const s = view.state;
  const phases = s.scenario.phases;
  const common = { onConfirm, onCancel };
  switch (change.kind) {
    case 'start':
      return <ConfirmDialog title={t('confirm.start')} body={<p>{t('confirm.startBody', { phase: phaseName(phases[0], lang) })}</p>} confirmLabel={t('confirm.startYes')} {...common} />;
    case 'next':
      return (
        <ConfirmDialog
          title={t('confirm.next')}
          body={<p>{t('confirm.nextBody', { from: phaseName(phases[s.phaseIndex], lang), to: phaseName(phases[s.phaseIndex + 1], lang) })}</p>}
          confirmLabel={t('confirm.nextYes')}
          {...common}
        />
      );
    case 'release': {
      const j = injectOf(s, change.injectId);
      const roles = joinList((j?.targetRoles ?? []).map((r) => roleNameById(s, r, lang)), lang);
      return (
        <ConfirmDialog
          title={t('confirm.release')}
          body={<p>{t('confirm.releaseBody', { title: injectTitle(j), sender: j?.sender ?? '', roles })}</p>}
          confirmLabel={t('confirm.releaseYes')}
          {...common}
        />
      );
    }
    case 'finish':
      return <ConfirmDialog title={t('confirm.finish')} body={<p>{t('ctl.finishConfirm')}</p>} confirmLabel={t('ctl.finishYes')} danger {...common} />;
    default:
      return null;
  }
}
