// The console's shortcuts wired to the drill controls: state changes go through useControls (so they ask first where
// irreversible), screen-only keys go back to the console.
import { useControls } from './controls';
import { nextInject } from './InjectTimeline';
import { useShortcuts } from './shortcuts';
import type { DrillView } from '../../state/useDrill';

export type ScreenKey = 'help' | 'escape' | 'focusLog' | 'projector';

export function ConsoleKeys({ view, locked, onScreen }: { view: DrillView; locked: boolean; onScreen(k: ScreenKey): void }) {
  const controls = useControls();
  useShortcuts((a) => {
    if (a === 'help' || a === 'escape' || a === 'focusLog' || a === 'projector') return onScreen(a);
    if (controls.asking || locked) return;
    const { state } = view;
    const live = state.status === 'running' || state.status === 'paused';
    if (a === 'undo') return controls.undo();
    if (a === 'startPause') return controls.request({ kind: state.status === 'ready' ? 'start' : state.status === 'running' ? 'pause' : 'resume' });
    if (a === 'next' && live && state.phaseIndex < state.scenario.phases.length - 1) return controls.request({ kind: 'next' });
    if (a === 'release' && live) {
      const j = nextInject(view);
      if (j) controls.request({ kind: 'release', injectId: j.id });
    }
  });
  return null;
}
