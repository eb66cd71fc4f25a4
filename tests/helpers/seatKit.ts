// What the seat tests share: services composed live on a temp folder with a renderer stub, typed calls, a started drill.
import type { Services } from '../../electron/app/compose';
import { composeServices } from '../../electron/app/compose';
import { headlessPorts } from '../../electron/app/headlessPorts';
import { SOURCE_RESOURCES } from '../../electron/app/paths';
import type { SimulatedClock } from '../../electron/clock/simulatedClock';
import type { SeatsStatus } from '../../shared/ipc/contract';
import { join } from 'node:path';

/** `get` returns the test's current folder, clock and services (a restart test replaces the services). */
export function seatKit(get: () => { dir: string; clock: SimulatedClock; services: Services }) {
  const compose = (): Services =>
    composeServices({
      dataDir: get().dir,
      resourcesDir: SOURCE_RESOURCES,
      ports: headlessPorts(join(get().dir, 'exports')),
      clock: get().clock,
      live: true,
      rendererDir: join(get().dir, 'renderer'),
      onError: (e) => {
        throw e;
      },
    });
  async function value<T>(name: string, input: unknown): Promise<T> {
    const r = await get().services.dispatch(name, input);
    if (!r.ok) throw new Error(`${name} refused: ${JSON.stringify(r.error)}`);
    return r.value as T;
  }
  /** A started drill of the anonymous-email pack. */
  async function drill(): Promise<string> {
    const { drillId } = await value<{ drillId: string }>('drill.create', { scenarioId: 'anonymous-email', facts: { name: '席位演练' }, language: 'zh-CN' });
    await value('clock.start', { drillId });
    return drillId;
  }
  return { compose, value, drill, entryCount: (drillId: string) => get().services.drills.entries(drillId).length };
}

export const codeOf = (s: SeatsStatus, roleId: string) => s.codes.find((c) => c.roleId === roleId)!.code;
