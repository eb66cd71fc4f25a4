// The app's own origin and the plain rules the shell applies: which URLs are the app's, which file a URL serves, which display gets the projector.
import { extname, resolve, sep } from 'node:path';

export const APP_SCHEME = 'drillroom';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const CONSOLE_URL = `${APP_ORIGIN}/index.html`;

export function projectorUrl(drillId: string): string {
  return `${CONSOLE_URL}#/projector?drill=${encodeURIComponent(drillId)}`;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True only for drillroom://app/... with no credentials and no port (Node gives custom schemes an opaque origin, so compare parts). */
export function isAppUrl(url: string): boolean {
  const u = parse(url);
  return !!u && u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.username === '' && u.password === '';
}

/**
 * Requests the session lets through: the app's own pages and inline data, and the developer tools' own pages only in
 * a development run. Everything else (http, https, ws, file, ftp…) is cancelled.
 */
export function isAllowedRequest(url: string, options: { devTools?: boolean } = {}): boolean {
  const u = parse(url);
  if (!u) return false;
  if (u.protocol === `${APP_SCHEME}:`) return isAppUrl(url);
  if (u.protocol === 'devtools:') return options.devTools === true;
  return u.protocol === 'data:' || u.protocol === 'blob:';
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
};

export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** The file under rendererDir that an app URL names, or null when the URL is foreign or climbs out of the folder. */
export function appFileOf(url: string, rendererDir: string): string | null {
  if (!isAppUrl(url)) return null;
  const u = new URL(url);
  let pathname: string;
  try {
    pathname = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const root = resolve(rendererDir);
  const rel = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const file = resolve(root, rel);
  if (file !== root && !file.startsWith(root + sep)) return null;
  return file;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DisplayLike {
  id: number;
  bounds: Rect;
}

const contains = (r: Rect, x: number, y: number) => x >= r.x && x < r.x + r.width && y >= r.y && y < r.y + r.height;

/** The display for the projector: the first one that does not hold the console window's centre; null when there is only one. */
export function pickProjectorDisplay<D extends DisplayLike>(displays: readonly D[], consoleBounds: Rect | null): D | null {
  if (displays.length < 2) return null;
  const cx = consoleBounds ? consoleBounds.x + consoleBounds.width / 2 : Number.NaN;
  const cy = consoleBounds ? consoleBounds.y + consoleBounds.height / 2 : Number.NaN;
  const consoleDisplay = consoleBounds ? displays.find((d) => contains(d.bounds, cx, cy)) ?? displays[0] : displays[0];
  return displays.find((d) => d !== consoleDisplay) ?? null;
}
