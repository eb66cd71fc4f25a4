// How the shell starts its core: the built worker (out/main/core.js), its failures reported once. The shell tests replace this module.
import type { HostPorts } from '../app/ports';
import { startCoreWorker } from './client';
import type { Core, CoreInit } from './core';

export async function startCore(
  workerFile: string,
  init: Omit<CoreInit, 'host' | 'printer'>,
  ports: HostPorts,
  onFailure: (reason: string) => void,
): Promise<Core> {
  const core = await startCoreWorker(workerFile, init, ports);
  core.onFailure(onFailure);
  return core;
}
