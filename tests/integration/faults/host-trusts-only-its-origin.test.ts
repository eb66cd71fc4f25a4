// Item 10 of issue 9: the browser host answers only its own Host and Origin, the token only in a header, and logs every refusal.
import { mkdirSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allowedHosts, allowedOrigins } from '../../../electron/host/guard';
import { startBrowserHost, type BrowserHost } from '../../../electron/host/server';
import { httpTransport } from '../../../renderer/api/transport';
import { makeWorld, type World } from '../../helpers/world';

const BODY_LIMIT = 64 * 1024;

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

let world: World;
let host: BrowserHost;
let refusals: { reason: string; status: number; path: string; host: string; origin: string }[];
let lines: string[];

beforeEach(async () => {
  world = makeWorld({ live: false });
  const rendererDir = join(world.dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>DrillRoom</title>');
  refusals = [];
  lines = [];
  host = await startBrowserHost(world.services, {
    rendererDir,
    bodyLimit: BODY_LIMIT,
    onRefusal: (r) => {
      refusals.push(r);
      lines.push(JSON.stringify(r));
    },
  });
});
afterEach(async () => {
  await host.close();
  world.dispose();
});

const own = () => `127.0.0.1:${host.port}`;
const good = (): OutgoingHttpHeaders => ({ host: own(), origin: `http://${own()}`, 'x-drillroom-token': host.token, 'content-type': 'application/json' });

function send(path: string, opts: { method?: string; headers?: OutgoingHttpHeaders; body?: string; setHost?: boolean } = {}): Promise<Answer> {
  // A header given as undefined is left out: that is how a missing Host, Origin or token is sent.
  const headers = Object.fromEntries(Object.entries(opts.headers ?? good()).filter(([, v]) => v !== undefined));
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, path, method: opts.method ?? 'POST', headers, setHost: opts.setHost ?? true },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(opts.body ?? (opts.method === 'GET' ? undefined : '{}'));
  });
}

const reasons = () => refusals.map((r) => r.reason);

describe('the browser host', () => {
  it('answers its own page: Host 127.0.0.1 or localhost with its port, the same Origin, the token in a header', async () => {
    const a = await send('/api/app.info');
    expect(a.status).toBe(200);
    expect(JSON.parse(a.body)).toMatchObject({ ok: true, value: { dataDir: world.dir } });
    const viaName = await send('/api/app.info', { headers: { ...good(), host: `localhost:${host.port}`, origin: `http://localhost:${host.port}` } });
    expect(JSON.parse(viaName.body)).toMatchObject({ ok: true });
    const page = await send('/', { method: 'GET', headers: { host: own() } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('DrillRoom');
    for (const res of [a, page]) expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(refusals).toEqual([]);
  });

  it('refuses a DNS-rebinding Host (evil.example with its port), another port, and no Host at all, for pages and calls', async () => {
    const forged = [`evil.example:${host.port}`, `127.0.0.1:${host.port + 1}`, `127.0.0.1.evil.example:${host.port}`];
    for (const h of forged) {
      expect((await send('/api/app.info', { headers: { ...good(), host: h } })).status).toBe(403);
      expect((await send('/', { method: 'GET', headers: { host: h } })).status).toBe(403);
    }
    const none = await send('/api/app.info', { headers: { ...good(), host: undefined }, setHost: false });
    expect(none.status).toBe(403);
    expect(none.body).not.toContain('"ok"');
    expect(reasons()).toEqual(Array(7).fill('bad_host'));
    expect(refusals[0]).toMatchObject({ status: 403, host: `evil.example:${host.port}`, path: '/api/app.info' });
  });

  it('refuses a POST whose Origin is foreign, null or missing', async () => {
    for (const origin of ['http://evil.example', `http://evil.example:${host.port}`, 'null', `https://${own()}`, undefined]) {
      const res = await send('/api/drill.create', { headers: { ...good(), origin }, body: JSON.stringify({ scenarioId: 'transfer-failure', facts: { name: '伪造来源' } }) });
      expect(res.status, String(origin)).toBe(403);
    }
    expect(world.services.drills.list()).toEqual([]);
    expect(reasons()).toEqual(Array(5).fill('bad_origin'));
  });

  it('refuses a missing or wrong token, and a token in the URL only', async () => {
    const wrongSameLength = host.token.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    const cases: OutgoingHttpHeaders[] = [
      { ...good(), 'x-drillroom-token': undefined },
      { ...good(), 'x-drillroom-token': wrongSameLength },
      { ...good(), 'x-drillroom-token': 'short' },
      { ...good(), 'x-drillroom-token': `${host.token}x` },
    ];
    for (const headers of cases) expect((await send('/api/app.info', { headers })).status).toBe(403);
    const inUrl = await send(`/api/app.info?token=${host.token}`, { headers: { ...good(), 'x-drillroom-token': undefined } });
    expect(inUrl.status).toBe(403);
    const events = await send(`/api/events?token=${host.token}`, { method: 'GET', headers: { host: own() } });
    expect(events.status).toBe(403);
    expect(reasons()).toEqual(Array(6).fill('bad_token'));
    // The log says what was refused, never the secret.
    expect(lines.join('\n')).not.toContain(host.token);
  });

  it('streams pushes to a reader that sends the token in a header (the renderer’s own transport)', async () => {
    const transport = httpTransport(`http://${own()}`, host.token);
    const got = new Promise<unknown>((resolve) => {
      const off = transport.subscribe('drills.changed', (p) => {
        off();
        resolve(p);
      });
    });
    // The stream is open before the change: wait until the host counts it.
    await new Promise((r) => setTimeout(r, 300));
    await world.services.dispatch('drill.create', { scenarioId: 'transfer-failure', facts: { name: '推送测试' } });
    await expect(got).resolves.toEqual({});
    transport.close?.();
    expect(refusals).toEqual([]);
  });

  it('destroys a request whose body is over the limit without reading it to the end', async () => {
    const outcome = await new Promise<string>((resolve) => {
      const req = request({ host: '127.0.0.1', port: host.port, path: '/api/entry.log', method: 'POST', headers: good() }, (res) => {
        res.resume();
        resolve(`status ${res.statusCode}`);
      });
      req.on('error', (e: NodeJS.ErrnoException) => resolve(`error ${e.code}`));
      // Twice the limit, and the request is never ended: a host that waits for the end never answers.
      req.write(Buffer.alloc(BODY_LIMIT * 2, 0x61));
      setTimeout(() => resolve('no answer'), 3000);
    });
    expect(outcome).toMatch(/^(status 413|error (ECONNRESET|EPIPE))$/);
    expect(reasons()).toEqual(['body_too_large']);
  });

  it('logs a request that Node’s own parser refuses', async () => {
    const { connect } = await import('node:net');
    const reply = await new Promise<string>((resolve) => {
      const socket = connect(host.port, '127.0.0.1', () => socket.write('GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n'));
      let got = '';
      socket.on('data', (c) => (got += c));
      socket.on('close', () => resolve(got));
    });
    expect(reply).toMatch(/^HTTP\/1\.1 400/);
    expect(reasons()).toEqual(['bad_request']);
  });

  it('answers 400 to a bad % escape in the path, for calls and pages', async () => {
    expect((await send('/api/%zz')).status).toBe(400);
    expect((await send('/%zz', { method: 'GET', headers: { host: own() } })).status).toBe(400);
    expect((await send('/api/entry%2', { method: 'POST' })).status).toBe(400);
    expect(reasons()).toEqual(['bad_path', 'bad_path', 'bad_path']);
  });

  it('never serves a file outside the renderer folder, nor a folder listing, however the path is spelled', async () => {
    writeFileSync(join(world.dir, 'secret.txt'), 'SECRET-OUTSIDE');
    mkdirSync(join(world.dir, 'renderer', 'assets'));
    writeFileSync(join(world.dir, 'renderer', 'assets', 'app.js'), 'console.log(1)');
    const page = (path: string) => send(path, { method: 'GET', headers: { host: own() } });
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/..\\secret.txt', '/%00/../secret.txt']) {
      const answer = await page(path);
      expect(answer.body, path).not.toContain('SECRET-OUTSIDE');
      // A refused path either gets an error status or the app's own page (a route of the single-page app), never the file.
      if (answer.status === 200) expect(answer.body, path).toContain('<title>DrillRoom</title>');
    }
    const listing = await page('/assets/');
    expect(listing.body).not.toContain('app.js');
    expect((await page('/assets/app.js')).body).toBe('console.log(1)');
  });

  it('logs a call with the wrong method like any other refusal', async () => {
    expect((await send('/api/app.info', { method: 'GET', headers: { host: own(), 'x-drillroom-token': host.token } })).status).toBe(405);
    expect((await send('/', { method: 'PUT', headers: { host: own(), origin: `http://${own()}` } })).status).toBe(405);
    expect(reasons()).toEqual(['bad_method', 'bad_method']);
  });
});

describe('the Host and Origin allow-list', () => {
  it('is built from the bound address and port, so a LAN seat server allows exactly its own interface', () => {
    expect(allowedHosts('127.0.0.1', 5173)).toEqual(['127.0.0.1:5173', 'localhost:5173']);
    expect(allowedHosts('192.168.10.5', 8443)).toEqual(['192.168.10.5:8443']);
    expect(allowedHosts('fe80::1', 8443)).toEqual(['[fe80::1]:8443']);
    expect(allowedOrigins('192.168.10.5', 8443)).toEqual(['http://192.168.10.5:8443']);
    expect(allowedOrigins('127.0.0.1', 80)).toEqual(['http://127.0.0.1:80', 'http://localhost:80', 'http://127.0.0.1', 'http://localhost']);
    // A wildcard bind has no name a browser could send: refuse to build a list for it.
    expect(() => allowedHosts('0.0.0.0', 80)).toThrow();
    expect(() => allowedHosts('::', 80)).toThrow();
  });
});
