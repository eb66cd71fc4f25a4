// The journal and its services as the shell sees them: calls, pushes, media lookups and a clean close — in this thread or in a worker.
import type { Principal } from '../../shared/ipc/capabilities';
import type { Services } from '../app/compose';
import type { Dispatch } from '../app/dispatch';
import { wirePushes, type Emit } from '../app/pushes';
import { mediaFileOf, type MediaFile } from '../evidence/mediaResponse';

export interface Core {
  dispatch: Dispatch;
  /** Every push the services make, in order; returns the unsubscribe. */
  onPush(emit: Emit): () => void;
  /** The evidence file a facilitator's viewer link names (drillroom://app/media/<ticket>), or null. */
  media(ticket: string): Promise<MediaFile | null>;
  /** Checkpoints the WAL and closes the journal; resolves when it is closed. */
  close(): Promise<void>;
}

/** What the worker is started with (structured-cloned to it). */
export interface CoreInit {
  dataDir: string;
  resourcesDir: string;
  version: string;
  rendererDir?: string;
  live: boolean;
  /** The host's name as the services report it (app.info). */
  host: 'electron' | 'browser';
  /** Whether the host prints PDFs itself (the Electron shell's own Chromium). */
  printer: boolean;
}

/** The host ports a worker asks its parent for (electron/app/ports.ts HostPorts, minus the host's name). */
export const PORT_CALLS = ['chooseSavePath', 'chooseOpenPath', 'chooseFolder', 'projector', 'printPdf'] as const;
export type PortCall = (typeof PORT_CALLS)[number];

/** The services in this thread, as a Core: the browser host's and the shell tests' way. */
export function inProcessCore(services: Services): Core {
  return {
    dispatch: (name: string, input: unknown, principal?: Principal) => services.dispatch(name, input, principal),
    onPush: (emit) => wirePushes(services, emit),
    media: async (ticket) => mediaFileOf(services, ticket),
    close: async () => services.close(),
  };
}
