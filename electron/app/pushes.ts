// Turns service changes into the contract's pushes, for any transport (Electron IPC or server-sent events).
import type { PushName, Pushes } from '../../shared/ipc/contract';
import type { Services } from './compose';

export type Emit = <P extends PushName>(name: P, payload: Pushes[P]) => void;

export function wirePushes(services: Services, emit: Emit): () => void {
  const unProgress = services.evidenceDesk.onProgress((p) => emit('evidence.progress', p));
  const unChange = services.drills.onChange((drillId, entries, state) => {
    emit('drill.changed', { drillId, entries, state, now: services.clock.now(), clockMs: services.drills.clockNow(drillId) });
    emit('app.status', services.drills.lastWriteStatus());
    if (entries.some((e) => e.kind === 'drill.setup' || e.kind === 'clock.start' || e.kind === 'clock.finish' || e.kind === 'drill.archived'))
      emit('drills.changed', {});
  });
  return () => {
    unProgress();
    unChange();
  };
}
