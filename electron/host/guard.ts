// Who the browser host answers: its own Host and Origin (from the bound address and port), the token in a header only.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** The one header that carries the run's token; never a URL parameter (URLs end up in history, logs and Referer). */
export const TOKEN_HEADER = 'x-drillroom-token';

export type RefusalReason = 'bad_host' | 'bad_origin' | 'bad_token' | 'bad_path' | 'body_too_large' | 'bad_request' | 'bad_method';

export interface Refusal {
  reason: RefusalReason;
  status: 400 | 403 | 405 | 413;
}

/** What a refusal log line says: enough to see an attack, never the token, never a query string. */
export interface RefusalRecord extends Refusal {
  method: string;
  path: string;
  host: string;
  origin: string;
  remote: string;
  /** Node's parser error code, for a request refused before it reached the guard. */
  detail?: string;
}

const LOOPBACK_V4 = '127.0.0.1';
const LOOPBACK_V6 = '::1';

/** The names a browser may use for the bound address: loopback also answers to `localhost`. */
function namesOf(address: string): string[] {
  if (address === '0.0.0.0' || address === '::' || address === '')
    throw new Error('the host must be bound to one interface, not a wildcard: a browser cannot name a wildcard');
  const bracket = (a: string) => (a.includes(':') ? `[${a}]` : a);
  if (address === LOOPBACK_V4 || address === LOOPBACK_V6) return [bracket(address), 'localhost'];
  return [bracket(address)];
}

/** Host header values the server answers to: each name with the port (bare too when the port is HTTP's default). */
export function allowedHosts(address: string, port: number): string[] {
  const names = namesOf(address);
  return [...names.map((n) => `${n}:${port}`), ...(port === 80 ? names : [])];
}

/** Origins whose POSTs are accepted: the page the server itself serves, nothing else (plain HTTP on the LAN too). */
export function allowedOrigins(address: string, port: number): string[] {
  return allowedHosts(address, port).map((h) => `http://${h}`);
}

/** Constant-time comparison of digests, so neither the length nor a prefix of the token leaks through timing. */
function sameToken(given: string, digest: Buffer): boolean {
  return timingSafeEqual(createHash('sha256').update(given, 'utf8').digest(), digest);
}

/** Calls and the event stream: the token is required here. The router uses this same test, so they cannot disagree. */
export function isApiPath(url: URL): boolean {
  return url.pathname.startsWith('/api/');
}

export interface HostGuard {
  /** Host, Origin (a POST or PUT must have one; any request that sends one must match) and, under /api/, the token header. */
  check(req: IncomingMessage, url: URL): Refusal | null;
  /** The decoded path, or null for a bad `%` escape. */
  decodePath(pathname: string): string | null;
  /** A refusal as it is logged: method, path without query, Host, Origin, peer address. */
  record(req: IncomingMessage, refusal: Refusal): RefusalRecord;
}

/** Without `token` the guard checks Host and Origin only, and the server asks its seat door who a token stands for. */
export function makeHostGuard(opts: { address: string; port: number; token?: string }): HostGuard {
  const hosts = new Set(allowedHosts(opts.address, opts.port));
  const origins = new Set(allowedOrigins(opts.address, opts.port));
  const digest = opts.token === undefined ? null : createHash('sha256').update(opts.token, 'utf8').digest();
  const header = (req: IncomingMessage, name: string) => {
    const v = req.headers[name];
    return Array.isArray(v) ? v.join(',') : v;
  };
  return {
    check(req, url) {
      const host = header(req, 'host')?.toLowerCase();
      if (!host || !hosts.has(host)) return { reason: 'bad_host', status: 403 };
      const origin = header(req, 'origin');
      if (origin === undefined ? req.method === 'POST' || req.method === 'PUT' : !origins.has(origin.toLowerCase())) return { reason: 'bad_origin', status: 403 };
      if (digest && isApiPath(url)) {
        const token = header(req, TOKEN_HEADER);
        if (token === undefined || !sameToken(token, digest)) return { reason: 'bad_token', status: 403 };
      }
      return null;
    },
    decodePath(pathname) {
      try {
        return decodeURIComponent(pathname);
      } catch {
        return null;
      }
    },
    record(req, refusal) {
      const clip = (s: string | undefined) => (s ?? '').slice(0, 200);
      return {
        ...refusal,
        method: clip(req.method),
        path: clip((req.url ?? '').split('?')[0]),
        host: clip(header(req, 'host')),
        origin: clip(header(req, 'origin')),
        remote: clip(req.socket.remoteAddress),
      };
    },
  };
}
