// An evidence upload over real HTTP, as a page sends one: PUT with the file streamed as the body, Host, Origin and the token header.
import { createReadStream } from 'node:fs';
import { request } from 'node:http';
import type { Readable } from 'node:stream';
import type { Reply, StagedEvidence } from '../../shared/ipc/contract';

export interface UploadTarget {
  origin: string;
  token: string;
}

export interface UploadMeta {
  drillId: string;
  roleId: string;
  name: string;
  size: number;
}

export function uploadPath(meta: UploadMeta): string {
  const q = new URLSearchParams({ drillId: meta.drillId, roleId: meta.roleId, name: meta.name, size: String(meta.size) });
  return `/api/evidence/upload?${q}`;
}

/**
 * PUTs `body` (a file path, bytes, or a stream) with Content-Length `length` (default the declared size). Resolves
 * with the status and the JSON reply; a connection the server cuts resolves with status 0.
 */
export function upload(
  t: UploadTarget,
  meta: UploadMeta,
  body: string | Uint8Array | Readable,
  opts: { length?: number; token?: string; origin?: string | null } = {},
): Promise<{ status: number; reply: Reply<StagedEvidence> | null }> {
  const url = new URL(uploadPath(meta), t.origin);
  return new Promise((ok) => {
    const req = request(url, {
      method: 'PUT',
      headers: {
        'content-type': 'application/octet-stream',
        'content-length': String(opts.length ?? meta.size),
        'x-drillroom-token': opts.token ?? t.token,
        ...(opts.origin === null ? {} : { origin: opts.origin ?? t.origin }),
      },
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let reply: Reply<StagedEvidence> | null = null;
        try {
          reply = JSON.parse(text) as Reply<StagedEvidence>;
        } catch {
          reply = null;
        }
        ok({ status: res.statusCode ?? 0, reply });
      });
      res.on('error', () => ok({ status: res.statusCode ?? 0, reply: null }));
    });
    req.on('error', () => ok({ status: 0, reply: null }));
    if (typeof body === 'string') createReadStream(body).pipe(req);
    else if (body instanceof Uint8Array) req.end(body);
    else body.pipe(req);
  });
}
