// The browser host's pushes as a server-sent event stream read with fetch, so the token goes in a header, never in a URL.

/** Splits a text buffer into complete events' data; what is left is an event still arriving. */
export function takeEvents(buffer: string): { data: string[]; rest: string } {
  const blocks = buffer.replace(/\r\n?/g, '\n').split('\n\n');
  const rest = blocks.pop() ?? '';
  const data = blocks
    .map((block) =>
      block
        .split('\n')
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(line.startsWith('data: ') ? 6 : 5))
        .join('\n'),
    )
    .filter((d) => d !== '');
  return { data, rest };
}

const RETRY_MS = [500, 1000, 2000, 5000];

/**
 * Reads `url` as an event stream with the token header; reconnects after a drop (like EventSource, with backoff)
 * until the returned function is called.
 */
export function openEventStream(url: string, headers: Record<string, string>, onData: (data: string) => void): () => void {
  const stop = new AbortController();
  let failures = 0;
  const run = async () => {
    while (!stop.signal.aborted) {
      try {
        const res = await fetch(url, { headers: { ...headers, accept: 'text/event-stream' }, cache: 'no-store', signal: stop.signal });
        if (!res.ok || !res.body) throw new Error(`event stream answered ${res.status}`);
        failures = 0;
        const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          const { data, rest } = takeEvents(buffer + value);
          buffer = rest;
          data.forEach(onData);
        }
      } catch {
        if (stop.signal.aborted) return;
      }
      const wait = RETRY_MS[Math.min(failures++, RETRY_MS.length - 1)];
      await new Promise((r) => setTimeout(r, wait));
    }
  };
  void run();
  return () => stop.abort();
}
