// A desktop page whose preload did not load says so and sends nothing: no silent fall-back to HTTP on the app's own scheme.
import { describe, it, expect, vi, afterEach } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';

const g = globalThis as unknown as { window?: unknown; fetch: typeof fetch };
const realFetch = g.fetch;
afterEach(() => {
  delete g.window;
  g.fetch = realFetch;
  vi.resetModules();
});

function pageAt(href: string, bridge?: unknown) {
  const url = new URL(href);
  const store = new Map<string, string>();
  g.window = {
    location: { protocol: url.protocol, origin: url.origin, search: url.search, href: url.href },
    history: { state: null, replaceState: () => {} },
    sessionStorage: { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) },
    drillroom: bridge,
  };
}

describe('a page without its preload bridge', () => {
  it('on drillroom://app refuses every call with bridge_missing and never fetches', async () => {
    pageAt('drillroom://app/index.html#/');
    const fetchSpy = vi.fn();
    g.fetch = fetchSpy as unknown as typeof fetch;
    const { api, ApiError } = await import('../../renderer/api/api');
    const err = await api.call('drill.list', {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as InstanceType<typeof ApiError>).payload.code).toBe('bridge_missing');
    expect((err as InstanceType<typeof ApiError>).messageIn('zh-CN')).toMatch(/预加载脚本未载入/);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('in the browser host (http://127.0.0.1) still uses HTTP', async () => {
    pageAt('http://127.0.0.1:5000/index.html?token=t');
    const fetchSpy = vi.fn(async () => new Response(JSON.stringify({ ok: true, value: [] })));
    g.fetch = fetchSpy as unknown as typeof fetch;
    const { api } = await import('../../renderer/api/api');
    expect(await api.call('drill.list', {})).toEqual([]);
    expect(fetchSpy).toHaveBeenCalledTimes(1);
  });

  it('shows the Chinese explanation first, then the English one', async () => {
    const { BridgeMissing } = await import('../../renderer/views/BridgeMissing');
    const html = renderToStaticMarkup(createElement(BridgeMissing));
    expect(html.indexOf('演练台无法连接主程序')).toBeGreaterThan(-1);
    expect(html.indexOf('演练台无法连接主程序')).toBeLessThan(html.indexOf('DrillRoom cannot reach the app'));
    expect(html).toContain('role="alert"');
  });
});
