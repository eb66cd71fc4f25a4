// The two ways the renderer reaches the main process: the Electron preload bridge, or HTTP to the browser host.
import type { CallName, PushName, Pushes, Reply } from '../../shared/ipc/contract';
import { openEventStream } from './eventStream';
import { idempotencyKey } from './idempotencyKey';
import { putEvidence, type OnProgress, type UploadMeta } from './upload';
import type { StagedEvidence } from '../../shared/ipc/contract';

export interface Transport {
  call(name: CallName, input: unknown): Promise<Reply<unknown>>;
  subscribe<P extends PushName>(name: P, fn: (payload: Pushes[P]) => void): () => void;
  /** The web transport only: an evidence file streamed over HTTP (the desktop app has main read the picked file instead). */
  upload?(meta: UploadMeta, file: Blob, onProgress: OnProgress, signal?: AbortSignal): Promise<Reply<StagedEvidence>>;
}

/** What the preload exposes on `window.drillroom` (see electron/shell/preload.ts). */
export interface PreloadBridge {
  call(name: string, input: unknown): Promise<Reply<unknown>>;
  on(name: string, fn: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    drillroom?: PreloadBridge;
  }
}

/** The desktop app's own scheme (electron/app/navigation.ts): there the preload bridge is the only way to main. */
export const APP_PROTOCOL = 'drillroom:';

/**
 * True when the page runs in the desktop app but the preload did not expose its bridge (it failed to load).
 * The page must then say so, never fall back to HTTP: on drillroom:// every POST would be refused.
 */
export function bridgeMissing(): boolean {
  return typeof window !== 'undefined' && window.location.protocol === APP_PROTOCOL && !window.drillroom;
}

/** A transport that refuses every call with `bridge_missing`, so nothing is sent anywhere. */
export function missingBridgeTransport(): Transport {
  return {
    call: async () => ({ ok: false, error: { code: 'bridge_missing', key: 'bridge_missing', params: {} } }),
    subscribe: () => () => {},
  };
}

export function preloadTransport(bridge: PreloadBridge): Transport {
  return {
    call: (name, input) => bridge.call(name, input),
    subscribe: (name, fn) => bridge.on(name, fn as (p: unknown) => void),
  };
}

/**
 * The browser host serves the same call table at POST /api/<name> and pushes as server-sent events at /api/events;
 * every request carries the run's token in the `x-drillroom-token` header (the event stream is read with fetch for
 * that: EventSource cannot send headers, and a token in a URL leaks).
 */
/** Waits before each retry of a call whose request or reply was lost (the network, not a refusal). */
const CALL_RETRY_MS = [300, 1000, 2000, 4000];

export function httpTransport(base: string, token: string): Transport & { close(): void } {
  let stopStream: (() => void) | null = null;
  const handlers = new Map<string, Set<(p: unknown) => void>>();
  const ensureStream = () => {
    stopStream ??= openEventStream(`${base}/api/events`, { 'x-drillroom-token': token }, (data) => {
      const msg = JSON.parse(data) as { name: string; payload: unknown };
      handlers.get(msg.name)?.forEach((fn) => fn(msg.payload));
    });
  };
  return {
    async call(name, input) {
      // One key per call, kept across retries: a write whose reply was lost on the LAN is recorded once (electron/seats/).
      const key = idempotencyKey();
      for (let attempt = 0; ; attempt++) {
        try {
          const res = await fetch(`${base}/api/${name}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-drillroom-token': token, 'x-drillroom-idempotency-key': key },
            body: JSON.stringify(input ?? {}),
          });
          return (await res.json()) as Reply<unknown>;
        } catch (err) {
          if (attempt >= CALL_RETRY_MS.length) throw err;
          await new Promise((r) => setTimeout(r, CALL_RETRY_MS[attempt]));
        }
      }
    },
    upload: (meta, file, onProgress, signal) => putEvidence(base, token, meta, file, onProgress, signal),
    subscribe(name, fn) {
      ensureStream();
      const set = handlers.get(name) ?? new Set();
      set.add(fn as (p: unknown) => void);
      handlers.set(name, set);
      return () => set.delete(fn as (p: unknown) => void);
    },
    close() {
      stopStream?.();
      stopStream = null;
    },
  };
}
