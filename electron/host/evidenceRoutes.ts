// The web transport's file routes: evidence uploads streamed into the store (PUT), stored files served for viewing with Range (/media/), exports handed to the browser (/download/).
import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Principal } from '../../shared/ipc/capabilities';
import type { Reply } from '../../shared/ipc/contract';
import { DrillRoomError } from '../../shared/ipc/errors';
import type { Services } from '../app/compose';
import { attachmentDisposition, planMedia } from '../evidence/range';
import type { SeatDoor } from './door';

/** PUT /api/evidence/upload?drillId=…&roleId=…&name=…&size=… with the file as the body (token header as every call). */
export const UPLOAD_PATH = '/api/evidence/upload';
export const MEDIA_PREFIX = '/media/';
export const DOWNLOAD_PREFIX = '/download/';
/** An upload that sends nothing for this long is cut (a stalled sender does not hold a connection for ever). */
const UPLOAD_IDLE_MS = 60_000;

function json(res: ServerResponse, status: number, reply: Reply<unknown>, close: boolean, req: IncomingMessage): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...(close ? { connection: 'close' } : {}) });
  // A refused body is not read on: the request is destroyed once the answer is out.
  res.end(JSON.stringify(reply), close ? () => req.destroy() : undefined);
}

const refusal = (err: unknown): Reply<never> => ({
  ok: false,
  error: (err instanceof DrillRoomError ? err : new DrillRoomError('internal', { detail: String((err as Error)?.message ?? err).slice(0, 200) })).payload,
});

/**
 * Everything is refused before a byte is read (token, seat capability, the drill's rules, name, type, declared and
 * Content-Length size); then the body streams to a temp file in the store while it is hashed, and is renamed to its
 * hash. An interrupted body leaves no file and no entry. The reply names the staged file for 'evidence.attach'.
 */
export async function handleUpload(s: Services, req: IncomingMessage, res: ServerResponse, url: URL, principal: Principal, door: SeatDoor | undefined): Promise<void> {
  const q = url.searchParams;
  const declared = Number(q.get('size'));
  const length = Number(req.headers['content-length']);
  const meta = { drillId: q.get('drillId') ?? '', roleId: q.get('roleId') ?? '', name: q.get('name') ?? '', size: declared };
  try {
    if (door) {
      const refused = door.admit(principal, 'evidence.attach');
      if (refused) return json(res, 429, { ok: false, error: refused }, true, req);
    }
    // The larger of the declared size and Content-Length is checked against the limit; they must then agree.
    if (!Number.isSafeInteger(length)) throw new DrillRoomError('bad_evidence.incomplete', { name: meta.name, got: 0, size: declared });
    s.evidenceDesk.precheck(principal, { ...meta, size: Number.isSafeInteger(declared) ? Math.max(length, declared) : length });
    if (length !== declared) throw new DrillRoomError('bad_evidence.incomplete', { name: meta.name, got: length, size: declared });
  } catch (err) {
    const tooLarge = err instanceof DrillRoomError && err.payload.key === 'bad_evidence.too_large';
    return json(res, tooLarge ? 413 : 400, refusal(err), true, req);
  }
  req.setTimeout(UPLOAD_IDLE_MS, () => req.destroy());
  const stop = new AbortController();
  req.on('close', () => {
    if (!req.complete) stop.abort();
  });
  try {
    const staged = await s.evidenceDesk.receive(principal, meta, req, stop.signal);
    json(res, 200, { ok: true, value: staged }, false, req);
  } catch (err) {
    if (!res.destroyed && !stop.signal.aborted) json(res, 400, refusal(err), true, req);
  }
}

/** A viewer link (/media/<ticket>): the stored file with its registered type, one Range at a time; a revoked seat's links die with it. */
export function serveMedia(s: Services, req: IncomingMessage, res: ServerResponse, path: string, door: SeatDoor | undefined): void {
  const ticket = s.evidenceDesk.media.peek(path.slice(MEDIA_PREFIX.length));
  const fail = (status: number) => void res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(status === 404 ? 'not found' : 'range not satisfiable');
  if (!ticket || (door ? ticket.principal.kind !== 'role' || !door.alive(ticket.principal) : ticket.principal.kind !== 'facilitator')) return fail(404);
  let size: number;
  const file = s.evidence.pathOf(ticket.sha256);
  try {
    size = statSync(file).size;
  } catch {
    return fail(404);
  }
  const range = req.headers['range'];
  const plan = planMedia({ size, mime: ticket.mime, range: Array.isArray(range) ? range[0] : range, head: req.method === 'HEAD', filename: ticket.name });
  // The page's CSP stays; a served file is never cached by a shared cache.
  res.removeHeader('cache-control');
  res.writeHead(plan.status, plan.headers);
  if (!plan.range) return void res.end();
  const stream = createReadStream(file, { start: plan.range.start, end: plan.range.end });
  stream.on('error', () => res.destroy());
  res.on('close', () => stream.destroy());
  stream.pipe(res);
}

/** An export's one-time download link (browser host only): the file, as an attachment with its UTF-8 name. */
export function serveDownload(s: Services, req: IncomingMessage, res: ServerResponse, path: string): void {
  const offered = s.ports.takeDownload?.(path.slice(DOWNLOAD_PREFIX.length)) ?? null;
  let size = -1;
  try {
    if (offered) size = statSync(offered.path).size;
  } catch {
    size = -1;
  }
  if (!offered || size < 0) return void res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
  res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(size), 'content-disposition': attachmentDisposition(offered.name) });
  if (req.method === 'HEAD') return void res.end();
  const stream = createReadStream(offered.path);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}
