// A stored attachment as a fetch Response (for the desktop app's drillroom:// protocol): the registered type, one byte range when asked, streamed from disk.
import { createReadStream, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import type { Services } from '../app/compose';
import { planMedia } from './range';

export interface MediaFile {
  path: string;
  size: number;
  mime: string;
  name: string;
}

/** The file a facilitator's viewer link names (the desktop app has no seats on its own protocol), or null. */
export function mediaFileOf(s: Pick<Services, 'evidenceDesk' | 'evidence'>, token: string): MediaFile | null {
  const ticket = s.evidenceDesk.media.peek(token);
  if (!ticket || ticket.principal.kind !== 'facilitator') return null;
  const path = s.evidence.pathOf(ticket.sha256);
  try {
    return { path, size: statSync(path).size, mime: ticket.mime, name: ticket.name };
  } catch {
    return null;
  }
}

export function mediaResponse(request: Request, file: MediaFile, headers: Record<string, string>): Response {
  const plan = planMedia({ size: file.size, mime: file.mime, range: request.headers.get('range') ?? undefined, head: request.method === 'HEAD', filename: file.name });
  const body = plan.range ? (Readable.toWeb(createReadStream(file.path, { start: plan.range.start, end: plan.range.end })) as ReadableStream<Uint8Array>) : null;
  return new Response(body, { status: plan.status, headers: { ...headers, ...plan.headers } });
}
