// The renderer's one api module: typed calls and pushes of the IPC contract, over whichever transport exists.
import type { CallName, CallInput, CallOutput, PushName, Pushes, StagedEvidence } from '../../shared/ipc/contract';
import type { OnProgress, UploadMeta } from './upload';
import { errorMessage, type Language } from '../../shared/i18n/errors';
import type { ErrorPayload } from '../../shared/ipc/errors';
import { keepHostToken, takeHostToken } from './hostToken';
import { bridgeMissing, httpTransport, missingBridgeTransport, preloadTransport, type Transport } from './transport';

/** A refused call: the typed payload from main, shown to the user in their language. */
export class ApiError extends Error {
  constructor(readonly payload: ErrorPayload) {
    super(errorMessage(payload, 'zh-CN'));
    this.name = 'ApiError';
  }
  messageIn(lang: Language): string {
    return errorMessage(this.payload, lang);
  }
}

function pickTransport(): Transport {
  if (typeof window !== 'undefined' && window.drillroom) return preloadTransport(window.drillroom);
  if (bridgeMissing()) return missingBridgeTransport();
  return httpTransport(window.location.origin, takeHostToken(window));
}

let transport: (Transport & { close?(): void }) | null = null;
const t = () => (transport ??= pickTransport());
// At once, not at the first call: the token leaves the address bar as soon as the page loads.
if (typeof window !== 'undefined' && !window.drillroom) t();

export const api = {
  async call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> {
    const reply = await t().call(name, input);
    if (!reply.ok) throw new ApiError(reply.error);
    return reply.value as CallOutput<N>;
  },
  on<P extends PushName>(name: P, fn: (payload: Pushes[P]) => void): () => void {
    return t().subscribe(name, fn);
  },
  /** An evidence file streamed to the host (browser host, seats): staged for 'evidence.attach'. */
  async uploadEvidence(meta: UploadMeta, file: Blob, onProgress: OnProgress, signal?: AbortSignal): Promise<StagedEvidence> {
    const tr = t();
    if (!tr.upload) throw new ApiError({ code: 'invalid_input', key: 'invalid_input', params: { detail: 'upload over HTTP is for the browser host and seats' } });
    const reply = await tr.upload(meta, file, onProgress, signal);
    if (!reply.ok) throw new ApiError(reply.error);
    return reply.value;
  },
  /** A role seat's token from its join: kept for this tab, and every call and the event stream use it from now on. */
  adoptSeatToken(token: string): void {
    keepHostToken(window, token);
    transport?.close?.();
    transport = httpTransport(window.location.origin, token);
  },
  /** A revoked or left seat: its token is dropped and its event stream stops retrying. */
  dropSeatToken(): void {
    keepHostToken(window, '');
    transport?.close?.();
    transport = httpTransport(window.location.origin, '');
  },
  /** Which host the page runs in (the browser host is for development and tests). */
  get host(): 'electron' | 'browser' {
    return typeof window !== 'undefined' && window.drillroom ? 'electron' : 'browser';
  },
};
