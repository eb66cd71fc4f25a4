// The browser transport's pure parts: event-stream framing, and the token leaving the address bar.
import { describe, expect, it } from 'vitest';
import { takeEvents } from '../../renderer/api/eventStream';
import { takeHostToken } from '../../renderer/api/hostToken';

describe('the event-stream reader', () => {
  it('yields each complete event once, keeps a partial one for the next chunk, and skips comments', () => {
    const first = takeEvents(': connected\n\ndata: {"a":1}\n\ndata: {"b"');
    expect(first.data).toEqual(['{"a":1}']);
    const second = takeEvents(first.rest + ':2}\r\n\r\n');
    expect(second).toEqual({ data: ['{"b":2}'], rest: '' });
  });
});

function fakeWindow(href: string) {
  const store = new Map<string, string>();
  const win = {
    location: { href } as Location,
    history: { state: { keep: true }, replaceState: (_s: unknown, _t: string, url: string) => (win.location.href = new URL(url, href).href) } as unknown as History,
    sessionStorage: { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) } as Storage,
  };
  return win;
}

describe('the host token', () => {
  it('is taken from the launch URL, removed from it (other parameters and the route kept), and found again after a reload', () => {
    const win = fakeWindow('http://127.0.0.1:4000/?token=s3cret&theme=dark#/projector?drill=D1');
    expect(takeHostToken(win)).toBe('s3cret');
    expect(win.location.href).toBe('http://127.0.0.1:4000/?theme=dark#/projector?drill=D1');
    expect(takeHostToken(win)).toBe('s3cret');
  });
});
