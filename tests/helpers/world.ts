// Test world: a temp data folder, real SQLite, a simulated clock and the composed services.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeServices, type Services } from '../../electron/app/compose';
import { headlessPorts } from '../../electron/app/headlessPorts';
import { SOURCE_RESOURCES } from '../../electron/app/paths';
import type { Clock } from '../../electron/clock/clock';
import { SimulatedClock } from '../../electron/clock/simulatedClock';

export function tempDir(prefix = 'drillroom-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface World {
  dir: string;
  clock: SimulatedClock;
  services: Services;
  /** Close and reopen on the same folder (a restart), keeping the clock. */
  restart(opts?: { downMs?: number }): Services;
  dispose(): void;
}

export function makeWorld(opts: { live?: boolean; dir?: string } = {}): World {
  const dir = opts.dir ?? tempDir();
  const clock = new SimulatedClock();
  const compose = () =>
    composeServices({ dataDir: dir, resourcesDir: SOURCE_RESOURCES, ports: headlessPorts(join(dir, 'exports')), clock: processClock(clock), live: opts.live ?? true, onError: (e) => { throw e; } });
  const world: World = {
    dir,
    clock,
    services: compose(),
    restart({ downMs = 0 } = {}) {
      world.services.close();
      clock.advance(downMs);
      world.services = compose();
      return world.services;
    },
    dispose() {
      world.services.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return world;
}

/**
 * One process's view of the simulated clock: the same wall clock and timers, but a monotonic clock that starts
 * near zero in every process (as performance.now() does), so nothing can carry monotonic readings over a restart.
 */
export function processClock(clock: SimulatedClock): Clock {
  const origin = clock.mono() - 1_000;
  return { now: () => clock.now(), mono: () => clock.mono() - origin, setTimer: (ms, fn) => clock.setTimer(ms, fn) };
}

export const MIN = 60_000;
