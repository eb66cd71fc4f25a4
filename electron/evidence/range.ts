// Serving a stored file as a media response: its registered Content-Type, one byte range when asked (video seeking), for Node's HTTP and the app's protocol alike.

export interface MediaPlan {
  status: 200 | 206 | 416;
  headers: Record<string, string>;
  /** Inclusive byte range to send; null for none (416, HEAD). */
  range: { start: number; end: number } | null;
}

/** `bytes=a-b`, `bytes=a-`, `bytes=-n`; several ranges or a bad one are served whole (RFC 9110 lets a server ignore Range). */
export function parseRange(header: string | undefined, size: number): { start: number; end: number } | 'unsatisfiable' | null {
  if (!header) return null;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return null;
  let start: number;
  let end: number;
  if (m[1] === '') {
    const n = Number(m[2]);
    if (n === 0) return 'unsatisfiable';
    start = Math.max(0, size - n);
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
    if (m[2] !== '' && Number(m[2]) < start) return null;
  }
  if (start >= size) return 'unsatisfiable';
  return { start, end };
}

/** What to answer for a stored file of `size` bytes with this Range header; the body is read by the caller. */
export function planMedia(opts: { size: number; mime: string; range: string | undefined; head: boolean; filename: string }): MediaPlan {
  const base: Record<string, string> = {
    'content-type': opts.mime,
    'accept-ranges': 'bytes',
    // Opened inside the app; never sniffed as something else.
    'content-disposition': `inline; filename*=UTF-8''${encodeURIComponent(opts.filename)}`,
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, max-age=3600',
  };
  const r = parseRange(opts.range, opts.size);
  if (r === 'unsatisfiable') return { status: 416, headers: { ...base, 'content-range': `bytes */${opts.size}`, 'content-length': '0' }, range: null };
  if (r === null) return { status: 200, headers: { ...base, 'content-length': String(opts.size) }, range: opts.head || opts.size === 0 ? null : { start: 0, end: opts.size - 1 } };
  return {
    status: 206,
    headers: { ...base, 'content-range': `bytes ${r.start}-${r.end}/${opts.size}`, 'content-length': String(r.end - r.start + 1) },
    range: opts.head ? null : r,
  };
}

/** Content-Disposition for a download: the UTF-8 name (RFC 5987) and an ASCII fallback. */
export function attachmentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
