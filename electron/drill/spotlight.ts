// Putting one released inject (or its feed post) on every projector full-size, and taking it down: a journal entry.
import type { SpotlightForm } from '../../shared/domain/entry';
import { PUBLIC_CHANNELS } from '../../shared/domain/scenario';
import { DrillRoomError } from '../../shared/ipc/errors';
import type { DrillService } from './drills';

export function spotlight(drills: DrillService, drillId: string, injectId: string | null, form: SpotlightForm) {
  const s = drills.state(drillId);
  if (injectId !== null) {
    const inj = s.scenario.injects.find((j) => j.id === injectId);
    if (!inj) throw new DrillRoomError('invalid_input.unknown_inject', { injectId });
    // The room must not see an inject before it is released.
    if (!s.released.some((r) => r.injectId === injectId)) throw new DrillRoomError('bad_state.spotlight_not_released', { injectId });
    if (form === 'post' && !PUBLIC_CHANNELS.includes(inj.channel)) throw new DrillRoomError('bad_state.not_a_post', { injectId });
  } else if (s.spotlight === null) throw new DrillRoomError('bad_state.no_spotlight');
  return drills.record(drillId, { kind: 'spotlight', roleId: null, text: injectId === null ? '' : (s.scenario.injects.find((j) => j.id === injectId)?.title ?? ''), data: { injectId, form } });
}
