// The core worker's entry: the journal, the drill clock and every heavy builder run here, off the Electron main loop.
import { parentPort, workerData } from 'node:worker_threads';
import type { Principal } from '../../shared/ipc/capabilities';
import { composeServices, type Services } from '../app/compose';
import { wirePushes } from '../app/pushes';
import { mediaFileOf } from '../evidence/mediaResponse';
import type { CoreInit } from './core';
import { remotePorts } from './remotePorts';
import { Peer, type Port } from './rpc';

function start(port: Port, init: CoreInit): void {
  const peer = new Peer(port);
  let services: Services;
  try {
    services = composeServices({
      dataDir: init.dataDir,
      resourcesDir: init.resourcesDir,
      ports: remotePorts(peer, init),
      live: init.live,
      version: init.version,
      rendererDir: init.rendererDir,
    });
  } catch (err) {
    // The parent shows why (a newer, corrupt or held database…) in both languages and quits.
    console.error(err);
    peer.emit('failed', { message: String((err as Error)?.message ?? err), payload: (err as { payload?: unknown })?.payload });
    return;
  }
  wirePushes(services, (name, payload) => peer.emit('push', { name, payload }));
  peer.handle('call', (m: { name: string; input: unknown; principal?: Principal }) => services.dispatch(m.name, m.input, m.principal));
  peer.handle('media', (ticket: string) => mediaFileOf(services, ticket));
  // The parent ends the thread once this answer arrives (the WAL is checkpointed and the journal closed by then).
  peer.handle('close', () => {
    services.close();
    return true;
  });
  peer.emit('ready');
}

if (parentPort) start(parentPort, workerData as CoreInit);
