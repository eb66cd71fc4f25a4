// A message peer over a worker's port: requests answered by id, one-way events, and every pending request failed when the port dies.

/** The part of a worker_threads Worker or parentPort a peer needs. */
export interface Port {
  postMessage(message: unknown, transfer?: readonly ArrayBuffer[]): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
}

type Wire =
  | { t: 'req'; id: number; kind: string; body: unknown }
  | { t: 'res'; id: number; ok: true; value: unknown }
  | { t: 'res'; id: number; ok: false; error: SerializedError }
  | { t: 'evt'; kind: string; body: unknown };

/** An error as it crosses the port: its message, and a typed error's payload (electron's startup dialog reads it). */
export interface SerializedError {
  message: string;
  payload?: unknown;
}

export class PeerError extends Error {
  constructor(
    message: string,
    readonly payload?: unknown,
  ) {
    super(message);
  }
}

const serialize = (err: unknown): SerializedError => ({
  message: String((err as Error)?.message ?? err),
  payload: (err as { payload?: unknown })?.payload,
});

export class Peer {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly handlers = new Map<string, (body: unknown) => unknown>();
  private readonly listeners = new Map<string, Set<(body: unknown) => void>>();
  private deadReason: string | null = null;

  constructor(private readonly port: Port) {
    port.on('message', (m) => this.receive(m as Wire));
  }

  /** Ask the other side; rejects with its error (a PeerError carrying a typed payload) or when the port dies. */
  request<T>(kind: string, body?: unknown): Promise<T> {
    if (this.deadReason !== null) return Promise.reject(new PeerError(this.deadReason));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.port.postMessage({ t: 'req', id, kind, body } satisfies Wire);
    });
  }

  /** Answer the other side's requests of one kind (a throw or a rejection is sent back as an error). */
  handle(kind: string, fn: (body: never) => unknown): void {
    this.handlers.set(kind, fn as (body: unknown) => unknown);
  }

  emit(kind: string, body?: unknown): void {
    if (this.deadReason === null) this.port.postMessage({ t: 'evt', kind, body } satisfies Wire);
  }

  on(kind: string, fn: (body: never) => void): () => void {
    const set = this.listeners.get(kind) ?? new Set();
    set.add(fn as (body: unknown) => void);
    this.listeners.set(kind, set);
    return () => set.delete(fn as (body: unknown) => void);
  }

  /** The port is gone (the worker exited or crashed): every request still waiting fails, and later ones at once. */
  die(reason: string): void {
    if (this.deadReason !== null) return;
    this.deadReason = reason;
    for (const { reject } of this.pending.values()) reject(new PeerError(reason));
    this.pending.clear();
  }

  private receive(m: Wire): void {
    if (m.t === 'evt') {
      for (const fn of this.listeners.get(m.kind) ?? []) fn(m.body);
    } else if (m.t === 'res') {
      const waiting = this.pending.get(m.id);
      this.pending.delete(m.id);
      if (!waiting) return;
      if (m.ok) waiting.resolve(m.value);
      else waiting.reject(new PeerError(m.error.message, m.error.payload));
    } else if (m.t === 'req') {
      void this.answer(m.id, m.kind, m.body);
    }
  }

  private async answer(id: number, kind: string, body: unknown): Promise<void> {
    const fn = this.handlers.get(kind);
    try {
      if (!fn) throw new Error(`no handler for ${kind}`);
      const value = await fn(body);
      if (this.deadReason === null) this.port.postMessage({ t: 'res', id, ok: true, value } satisfies Wire);
    } catch (err) {
      if (this.deadReason === null) this.port.postMessage({ t: 'res', id, ok: false, error: serialize(err) } satisfies Wire);
    }
  }
}
