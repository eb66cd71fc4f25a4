// The browser host (development and tests only): the built renderer plus the IPC table over loopback HTTP.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { MAX_FILE_TEXT, type PushName, type Pushes } from '../../shared/ipc/contract';
import { DrillRoomError } from '../../shared/ipc/errors';
import type { Services } from '../app/compose';
import { CONTENT_SECURITY_POLICY } from '../app/csp';
import { wirePushes } from '../app/pushes';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

export interface BrowserHost {
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

export async function startBrowserHost(services: Services, opts: { rendererDir: string; port?: number }): Promise<BrowserHost> {
  const token = randomBytes(18).toString('base64url');
  const root = resolve(opts.rendererDir);
  if (!existsSync(join(root, 'index.html'))) throw new DrillRoomError('not_found.file', { path: join(root, 'index.html') });
  const clients = new Set<ServerResponse>();
  const unwire = wirePushes(services, <P extends PushName>(name: P, payload: Pushes[P]) => {
    const line = `data: ${JSON.stringify({ name, payload })}\n\n`;
    for (const c of clients) c.write(line);
  });

  const server: Server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('cache-control', 'no-store');
    if (url.pathname.startsWith('/api/')) {
      const given = req.headers['x-drillroom-token'] ?? url.searchParams.get('token');
      if (given !== token) return void res.writeHead(403, { 'content-type': 'text/plain' }).end('bad token');
      if (url.pathname === '/api/events' && req.method === 'GET') {
        res.writeHead(200, { 'content-type': 'text/event-stream', connection: 'keep-alive' });
        res.write(': connected\n\n');
        clients.add(res);
        req.on('close', () => clients.delete(res));
        return;
      }
      if (req.method !== 'POST') return void res.writeHead(405).end();
      const name = decodeURIComponent(url.pathname.slice('/api/'.length));
      const body = await readBody(req, MAX_FILE_TEXT * 2);
      let input: unknown;
      try {
        input = body === null ? undefined : JSON.parse(body || '{}');
      } catch {
        input = Symbol('unparseable');
      }
      const reply =
        body === null
          ? { ok: false, error: new DrillRoomError('invalid_input', { detail: 'request too large' }).payload }
          : typeof input === 'symbol'
            ? { ok: false, error: new DrillRoomError('invalid_input', { detail: 'request body is not JSON' }).payload }
            : await services.dispatch(name, input);
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      return void res.end(JSON.stringify(reply));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end();
    const rel = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '');
    let file = resolve(root, rel || 'index.html');
    if (!file.startsWith(root + sep) && file !== root) return void res.writeHead(403).end();
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(req.method === 'HEAD' ? undefined : readFileSync(file));
  }

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 0, '127.0.0.1', () => ok());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    port,
    close: () =>
      new Promise<void>((ok) => {
        unwire();
        for (const c of clients) c.end();
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) over = true;
      else chunks.push(c);
    });
    req.on('end', () => ok(over ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}
