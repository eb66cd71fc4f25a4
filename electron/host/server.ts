// The web transport: the built renderer plus the IPC table over HTTP behind the guard — on loopback for the browser host, on a LAN interface for role seats.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { MAX_FILE_TEXT, type PushName, type Pushes } from '../../shared/ipc/contract';
import { DrillRoomError } from '../../shared/ipc/errors';
import type { Services } from '../app/compose';
import { CONTENT_SECURITY_POLICY } from '../app/csp';
import { wirePushes } from '../app/pushes';
import { mayHear, type Principal } from '../../shared/ipc/capabilities';
import { JOIN_PATH, type SeatDoor } from './door';
import { isApiPath, makeHostGuard, TOKEN_HEADER, type Refusal, type RefusalRecord } from './guard';
import { IDEMPOTENCY_HEADER } from '../seats/idempotency';
import { DOWNLOAD_PREFIX, handleUpload, MEDIA_PREFIX, serveDownload, serveMedia, UPLOAD_PATH } from './evidenceRoutes';

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
  /** The launch URL: the page takes the token from it once and removes it (renderer/api/hostToken.ts). */
  url: string;
  token: string;
  port: number;
  address: string;
  /** Ends the event streams of principals `gone` picks (a revoked seat is cut off at once). */
  drop(gone: (p: Principal) => boolean): void;
  close(): Promise<void>;
}

export interface BrowserHostOptions {
  rendererDir: string;
  port?: number;
  /** Largest request body accepted; a bigger one is refused with 413 and its connection destroyed. */
  bodyLimit?: number;
  /** Every refused request is reported here (default: one line on stderr). */
  onRefusal?: (r: RefusalRecord) => void;
  /** The interface to bind (default loopback); never a wildcard (the guard refuses one). */
  address?: string;
  /** Role seats: who each token stands for. Without a door the run's one token is the facilitator's. */
  door?: SeatDoor;
}

const LOOPBACK = '127.0.0.1';
/** Connections a seat door accepts at once: each seat holds an event stream and a call or two in flight. */
const MAX_SEAT_CONNECTIONS = 128;
const FACILITATOR: Principal = { kind: 'facilitator' };

const REFUSAL_TEXT: Record<Refusal['reason'], string> = {
  bad_host: 'unknown host',
  bad_origin: 'cross-origin request refused',
  bad_token: 'missing or wrong token',
  bad_path: 'bad path',
  bad_request: 'bad request',
  bad_method: 'method not allowed',
  body_too_large: 'request too large',
};

const logRefusal = (r: RefusalRecord) => console.warn(`DrillRoom host refused ${r.status} ${r.reason}: ${JSON.stringify(r)}`);

export async function startBrowserHost(services: Services, opts: BrowserHostOptions): Promise<BrowserHost> {
  const token = randomBytes(18).toString('base64url');
  const root = resolve(opts.rendererDir);
  const bodyLimit = opts.bodyLimit ?? MAX_FILE_TEXT * 2;
  const onRefusal = opts.onRefusal ?? logRefusal;
  if (!existsSync(join(root, 'index.html'))) throw new DrillRoomError('not_found.file', { path: join(root, 'index.html') });
  const BIND_ADDRESS = opts.address ?? LOOPBACK;
  const door = opts.door;
  const clients = new Map<ServerResponse, Principal>();
  const unwire = wirePushes(services, <P extends PushName>(name: P, payload: Pushes[P]) => {
    const line = `data: ${JSON.stringify({ name, payload })}\n\n`;
    const drillId = 'drillId' in payload ? (payload as { drillId: string }).drillId : null;
    for (const [c, who] of clients) {
      if (door && !door.alive(who)) {
        clients.delete(c);
        c.end();
      } else if (mayHear(who, drillId)) c.write(line);
    }
  });

  // requireHostHeader off: a request without Host reaches the guard, which refuses and logs it like any other.
  // A seat door gives a slow sender less time (its headers in 10 s) than Node's defaults.
  // No overall request deadline there: a 2 GiB evidence upload over the LAN takes minutes (a stalled one is cut by its idle timeout).
  const server: Server = createServer({ requireHostHeader: false, ...(door ? { headersTimeout: 10_000, requestTimeout: 0 } : { requestTimeout: 0 }) });
  // A LAN door holds nine seats' event streams and their calls; a flood of connections beyond that is not accepted.
  if (door) server.maxConnections = MAX_SEAT_CONNECTIONS;
  // What Node's parser refuses before any handler (malformed request line or headers) is logged too.
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    onRefusal({ reason: 'bad_request', status: 400, method: '', path: '', host: '', origin: '', remote: (socket as Socket).remoteAddress ?? '', detail: err.code ?? '' });
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
    else socket.destroy();
  });

  function refuse(req: IncomingMessage, res: ServerResponse, refusal: Refusal) {
    onRefusal(guard.record(req, refusal));
    const tooLarge = refusal.reason === 'body_too_large';
    res.writeHead(refusal.status, { 'content-type': 'text/plain; charset=utf-8', ...(tooLarge ? { connection: 'close' } : {}) });
    // An oversize body is not read on: the request is destroyed once the refusal is out.
    res.end(REFUSAL_TEXT[refusal.reason], tooLarge ? () => req.destroy() : undefined);
  }

  /** A seat's call: its write rate first, then once per idempotency key; the dispatch enforces the capability table. */
  function callAs(principal: Principal, name: string, input: unknown, key: string | undefined) {
    if (!door) return services.dispatch(name, input, principal);
    const refused = door.admit(principal, name);
    if (refused) return Promise.resolve({ ok: false as const, error: refused });
    return door.once(principal, key, () => services.dispatch(name, input, principal));
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    res.setHeader('cache-control', 'no-store');
    const url = parseUrl(req.url);
    if (!url) return refuse(req, res, { reason: 'bad_path', status: 400 });
    const refused = guard.check(req, url);
    if (refused) return refuse(req, res, refused);
    const path = guard.decodePath(url.pathname);
    if (path === null) return refuse(req, res, { reason: 'bad_path', status: 400 });
    if (isApiPath(url)) {
      const remote = req.socket.remoteAddress ?? '';
      const joining = door !== undefined && path === JOIN_PATH && req.method === 'POST';
      const principal = door ? (joining ? null : door.principal(headerOf(req, TOKEN_HEADER), remote)) : FACILITATOR;
      if (!principal && !joining) {
        // A seat told why in its language (revoked, expired), and the refusal logged like any other.
        onRefusal(guard.record(req, { reason: 'bad_token', status: 403 }));
        res.writeHead(403, { 'content-type': 'application/json; charset=utf-8' });
        return void res.end(JSON.stringify({ ok: false, error: new DrillRoomError('forbidden_seat.revoked').payload }));
      }
      if (path === '/api/events' && req.method === 'GET' && principal) {
        res.writeHead(200, { 'content-type': 'text/event-stream', connection: 'keep-alive' });
        res.write(': connected\n\n');
        clients.set(res, principal);
        req.on('close', () => clients.delete(res));
        return;
      }
      if (path === UPLOAD_PATH && req.method === 'PUT' && principal) return handleUpload(services, req, res, url, principal, door);
      if (req.method !== 'POST') return refuse(req, res, { reason: 'bad_method', status: 405 });
      const name = path.slice('/api/'.length);
      const body = await readBody(req, bodyLimit);
      if (body === null) return refuse(req, res, { reason: 'body_too_large', status: 413 });
      let input: unknown;
      try {
        input = JSON.parse(body || '{}');
      } catch {
        input = Symbol('unparseable');
      }
      const reply =
        typeof input === 'symbol'
          ? { ok: false, error: new DrillRoomError('invalid_input', { detail: 'request body is not JSON' }).payload }
          : joining
            ? door.join(input, remote)
            : await callAs(principal as Principal, name, input, headerOf(req, IDEMPOTENCY_HEADER));
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      return void res.end(JSON.stringify(reply));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(req, res, { reason: 'bad_method', status: 405 });
    // Links a page cannot send a header with (<video src>, a download): an unguessable ticket in the path, checked per request.
    if (path.startsWith(MEDIA_PREFIX)) return serveMedia(services, req, res, path, door);
    if (!door && path.startsWith(DOWNLOAD_PREFIX)) return serveDownload(services, req, res, path);
    const rel = normalize(path).replace(/^([/\\])+/, '');
    let file = resolve(root, rel || 'index.html');
    if (!file.startsWith(root + sep) && file !== root) return refuse(req, res, { reason: 'bad_path', status: 403 });
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(req.method === 'HEAD' ? undefined : readFileSync(file));
  }

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 0, BIND_ADDRESS, () => ok());
  });
  const port = (server.address() as AddressInfo).port;
  // The guard needs the bound port, so requests are taken only from here on (nothing can arrive before this tick ends).
  const guard = makeHostGuard({ address: BIND_ADDRESS, port, ...(door ? {} : { token }) });
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  return {
    url: `http://${BIND_ADDRESS}:${port}/?token=${token}`,
    token,
    port,
    address: BIND_ADDRESS,
    drop(gone) {
      for (const [c, who] of clients)
        if (gone(who)) {
          clients.delete(c);
          c.end();
        }
    },
    close: () =>
      new Promise<void>((ok) => {
        unwire();
        for (const c of clients.keys()) c.end();
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

function headerOf(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function parseUrl(raw: string | undefined): URL | null {
  try {
    return new URL(raw ?? '/', 'http://host.invalid');
  } catch {
    return null;
  }
}

/** The body, or null as soon as it passes the limit (nothing more is read; the caller refuses and destroys). */
function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((ok, fail) => {
    if (Number(req.headers['content-length'] ?? 0) > limit) return ok(null);
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (c: Buffer) => {
      size += c.length;
      if (size <= limit) return void chunks.push(c);
      req.off('data', onData);
      req.pause();
      ok(null);
    };
    req.on('data', onData);
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}
