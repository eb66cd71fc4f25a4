// What the evidence register accepts (size limit and file types, by extension) and how each kind is viewed: one rule for renderer and main.

/** The largest attachment: a phone video of a whole incident fits (2 GiB). */
export const EVIDENCE_LIMIT_BYTES = 2 * 1024 * 1024 * 1024;
/** Files sent inline (base64 in one call, the older path still used by scripts): kept small. */
export const INLINE_EVIDENCE_LIMIT_BYTES = 20 * 1024 * 1024;

export type EvidenceKind = 'image' | 'pdf' | 'audio' | 'video' | 'document';

/** Extension → the Content-Type the store serves it with, and how it is shown. The type a browser declares is not trusted. */
export const EVIDENCE_TYPES: Readonly<Record<string, { mime: string; kind: EvidenceKind }>> = {
  png: { mime: 'image/png', kind: 'image' },
  jpg: { mime: 'image/jpeg', kind: 'image' },
  jpeg: { mime: 'image/jpeg', kind: 'image' },
  gif: { mime: 'image/gif', kind: 'image' },
  webp: { mime: 'image/webp', kind: 'image' },
  bmp: { mime: 'image/bmp', kind: 'image' },
  pdf: { mime: 'application/pdf', kind: 'pdf' },
  mp3: { mime: 'audio/mpeg', kind: 'audio' },
  m4a: { mime: 'audio/mp4', kind: 'audio' },
  aac: { mime: 'audio/aac', kind: 'audio' },
  wav: { mime: 'audio/wav', kind: 'audio' },
  ogg: { mime: 'audio/ogg', kind: 'audio' },
  oga: { mime: 'audio/ogg', kind: 'audio' },
  opus: { mime: 'audio/ogg', kind: 'audio' },
  flac: { mime: 'audio/flac', kind: 'audio' },
  amr: { mime: 'audio/amr', kind: 'audio' },
  mp4: { mime: 'video/mp4', kind: 'video' },
  m4v: { mime: 'video/mp4', kind: 'video' },
  mov: { mime: 'video/quicktime', kind: 'video' },
  webm: { mime: 'video/webm', kind: 'video' },
  ogv: { mime: 'video/ogg', kind: 'video' },
  '3gp': { mime: 'video/3gpp', kind: 'video' },
  txt: { mime: 'text/plain', kind: 'document' },
  eml: { mime: 'message/rfc822', kind: 'document' },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', kind: 'document' },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', kind: 'document' },
  doc: { mime: 'application/msword', kind: 'document' },
  xls: { mime: 'application/vnd.ms-excel', kind: 'document' },
};

/** The extensions a picker offers (for an <input accept> and a native dialog's filter). */
export const EVIDENCE_EXTENSIONS: readonly string[] = Object.keys(EVIDENCE_TYPES);

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** The registered type of a file name, or null when the register does not take it. */
export function evidenceTypeOf(name: string): { mime: string; kind: EvidenceKind } | null {
  return Object.prototype.hasOwnProperty.call(EVIDENCE_TYPES, extensionOf(name)) ? EVIDENCE_TYPES[extensionOf(name)]! : null;
}

/** Viewable inside the app (images, PDFs, audio, video); documents are listed only. */
export function viewKindOf(mime: string): Exclude<EvidenceKind, 'document'> | null {
  if (mime.startsWith('image/')) return 'image';
  if (mime === 'application/pdf') return 'pdf';
  if (mime.startsWith('audio/')) return 'audio';
  if (mime.startsWith('video/')) return 'video';
  return null;
}

const mib = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;

export interface EvidenceRefusal {
  key: 'bad_evidence.too_large' | 'bad_evidence.type';
  params: Record<string, string | number>;
}

/** Why a picked file is refused before any byte moves (too big, or not a kind the register takes), or null. */
export function evidenceRefusal(name: string, size: number, limit = EVIDENCE_LIMIT_BYTES): EvidenceRefusal | null {
  if (evidenceTypeOf(name) === null) return { key: 'bad_evidence.type', params: { name, ext: extensionOf(name) || '—', allowed: EVIDENCE_EXTENSIONS.join(' ') } };
  if (!Number.isSafeInteger(size) || size < 0 || size > limit) return { key: 'bad_evidence.too_large', params: { name, sizeMiB: mib(size), limitMiB: limit / 1024 / 1024 } };
  return null;
}
