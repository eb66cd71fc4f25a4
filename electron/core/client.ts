// Starts the core worker and speaks to it: calls and media lookups as requests, pushes as events, the host's ports answered here.
import { Worker } from 'node:worker_threads';
import type { Principal } from '../../shared/ipc/capabilities';
import type { Reply } from '../../shared/ipc/contract';
import { DrillRoomError } from '../../shared/ipc/errors';
import type { Emit } from '../app/pushes';
import type { HostPorts } from '../app/ports';
import type { MediaFile } from '../evidence/mediaResponse';
import { PORT_CALLS, type Core, type CoreInit, type PortCall } from './core';
import { Peer, PeerError } from './rpc';

export interface WorkerCore extends Core {
  /** Called once if the worker dies while the app runs (not after close): the journal is durable, the app should say so and quit. */
  onFailure(fn: (reason: string) => void): void;
}

export interface StartOptions {
  /** Node flags for the worker (tests and benches running TypeScript sources pass a loader). */
  execArgv?: string[];
}

/** Resolves once the services are composed in the worker; rejects with the typed error composeServices threw there. */
export function startCoreWorker(file: string | URL, init: Omit<CoreInit, 'host' | 'printer'>, ports: HostPorts, opts: StartOptions = {}): Promise<WorkerCore> {
  const full: CoreInit = { ...init, host: ports.host, printer: ports.printer !== undefined };
  const worker = new Worker(file, { workerData: full, execArgv: opts.execArgv });
  const peer = new Peer(worker);
  let closing = false;
  let failure: ((reason: string) => void) | null = null;
  let failed: string | null = null;
  const fail = (reason: string) => {
    peer.die(reason);
    if (closing || failed !== null) return;
    failed = reason;
    failure?.(reason);
  };

  peer.handle('port', (m: { call: PortCall; args: unknown[] }) => answerPort(ports, m.call, m.args));

  return new Promise<WorkerCore>((resolve, reject) => {
    let started = false;
    worker.on('error', (err) => {
      if (!started) reject(err);
      fail(`the core worker failed: ${String(err?.message ?? err)}`);
    });
    worker.on('exit', (code) => {
      if (!started) reject(new Error(`the core worker exited (${code}) before it started`));
      fail(`the core worker exited (${code})`);
    });
    peer.on('failed', (e: { message: string; payload?: unknown }) => {
      started = true;
      closing = true;
      void worker.terminate();
      reject(new PeerError(e.message, e.payload));
    });
    peer.on('ready', () => {
      started = true;
      resolve(core);
    });
    const core: WorkerCore = {
      dispatch: async (name: string, input: unknown, principal?: Principal) => {
        try {
          return await peer.request<Reply<unknown>>('call', { name, input, principal });
        } catch (err) {
          // The worker is gone: the call did not happen or its reply is lost; the journal is durable either way.
          return { ok: false, error: new DrillRoomError('internal', { detail: String((err as Error).message).slice(0, 200) }).payload };
        }
      },
      onPush: (emit: Emit) => peer.on('push', (m: { name: Parameters<Emit>[0]; payload: never }) => emit(m.name, m.payload)),
      media: (ticket: string) => peer.request<MediaFile | null>('media', ticket).catch(() => null),
      close: async () => {
        if (closing) return;
        closing = true;
        try {
          await peer.request('close');
        } finally {
          await worker.terminate();
        }
      },
      onFailure: (fn) => {
        failure = fn;
        if (failed !== null && !closing) fn(failed);
      },
    };
  });
}

function answerPort(ports: HostPorts, call: PortCall, args: unknown[]): Promise<unknown> {
  if (!PORT_CALLS.includes(call)) throw new Error(`unknown port call ${String(call)}`);
  switch (call) {
    case 'chooseSavePath':
      return ports.chooseSavePath(args[0] as string, args[1] as Parameters<HostPorts['chooseSavePath']>[1]);
    case 'chooseOpenPath':
      return ports.chooseOpenPath(args[0] as Parameters<HostPorts['chooseOpenPath']>[0], args[1] as string | undefined);
    case 'chooseFolder':
      return ports.chooseFolder();
    case 'projector':
      return ports.projector(args[0] as string, args[1] as boolean);
    case 'printPdf':
      if (!ports.printer) throw new Error('this host prints no PDF');
      return ports.printer.printPdf(args[0] as string);
  }
}
