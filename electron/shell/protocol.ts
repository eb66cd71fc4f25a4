// The app's pages over drillroom://app/ (never file://), each response with the CSP; and the session locked down: no network, no permissions.
import { readFile } from 'node:fs/promises';
import { protocol, type Session } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../app/csp';
import { APP_SCHEME, appFileOf, contentTypeOf, isAllowedRequest } from '../app/navigation';
import { mediaResponse, type MediaFile } from '../evidence/mediaResponse';

/** drillroom://app/media/<ticket>: an evidence file opened in the viewer, from main's store (electron/evidence/desk.ts). */
const MEDIA_PREFIX = '/media/';
export type MediaLookup = (ticket: string) => MediaFile | null | Promise<MediaFile | null>;

/** Must run before app 'ready'. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    // stream: video and audio elements read drillroom://app/media/… in ranges (seeking a long recording).
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
}

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'cross-origin-opener-policy': 'same-origin',
  'referrer-policy': 'no-referrer',
};

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' } });
}

/** Answers one drillroom:// request from the built renderer folder. Exported for the tests. */
export async function serveAppRequest(request: Request, rendererDir: string, media?: MediaLookup): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'method not allowed');
  const { pathname } = new URL(request.url);
  if (pathname.startsWith(MEDIA_PREFIX)) {
    const found = (await media?.(pathname.slice(MEDIA_PREFIX.length))) ?? null;
    return found ? mediaResponse(request, found, SECURITY_HEADERS) : plain(404, 'not found');
  }
  const file = appFileOf(request.url, rendererDir);
  if (!file) return plain(404, 'not found');
  try {
    const body = await readFile(file);
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'content-type': contentTypeOf(file) },
    });
  } catch {
    return plain(404, 'not found');
  }
}

/** After 'ready': serve the renderer and refuse every other kind of request and every permission. */
export function serveAppAndLockSession(ses: Session, rendererDir: string, options: { devTools: boolean; media?: MediaLookup } = { devTools: false }): void {
  ses.protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, rendererDir, options.media));
  ses.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, options) });
  });
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
}
