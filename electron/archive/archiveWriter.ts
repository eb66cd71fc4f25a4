// Writing a .drill archive as a zip, streamed to a temp file and renamed over the target (see files/atomicWrite).
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { AnyEntry } from '../../shared/domain/entry';
import { DrillRoomError } from '../../shared/ipc/errors';
import type { Attachment } from '../evidence/store';
import { writeFileAtomicStream, type FileSink } from '../files/atomicWrite';
import { ENTRIES_FILE, evidenceFile, MANIFEST_FILE, manifestOf } from './format';

/** Zip without its 64-bit extension keeps every offset below 4 GiB; a drill's evidence is far below that. */
const MAX_ARCHIVE_BYTES = 4 * 1024 * 1024 * 1024 - 64 * 1024 * 1024;
const ENTRY_BATCH = 200;

export interface ArchiveContent {
  entries: readonly AnyEntry[];
  attachments: readonly Attachment[];
  /** The bytes of one attachment, in chunks; throws when they no longer match the hash. */
  blobChunks(attachment: Attachment): Iterable<Uint8Array>;
  exportedAt: number;
  appVersion: string;
}

/** Stream the archive into a sink; every chunk fflate produces is written at once, so memory stays bounded. */
export function streamArchive(sink: FileSink, content: ArchiveContent): void {
  const total = content.attachments.reduce((n, a) => n + a.size, 0);
  if (total > MAX_ARCHIVE_BYTES) throw new DrillRoomError('io.archive_too_large', { sizeMiB: Math.round(total / 2 ** 20) });
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else sink.write(chunk);
  });
  const check = () => {
    if (failure) throw failure;
  };
  // Zip dates run from 1980 to 2099 (fflate refuses others): a clock outside them gives the nearest end.
  const mtime = Math.min(Math.max(content.exportedAt, Date.UTC(1980, 0, 2)), Date.UTC(2099, 11, 30));
  const text = (name: string, lines: Iterable<string>) => {
    const file = new ZipDeflate(name, { level: 6 });
    file.mtime = mtime;
    zip.add(file);
    let batch: string[] = [];
    for (const line of lines) {
      batch.push(line);
      if (batch.length >= ENTRY_BATCH) {
        file.push(new TextEncoder().encode(batch.join('')));
        batch = [];
      }
    }
    file.push(new TextEncoder().encode(batch.join('')), true);
    check();
  };
  text(MANIFEST_FILE, [JSON.stringify(manifestOf(content.entries, content)) + '\n']);
  text(ENTRIES_FILE, (function* () {
    for (const e of content.entries) yield JSON.stringify(e) + '\n';
  })());
  for (const a of content.attachments) {
    // Photos and PDFs are compressed already: stored as they are.
    const file = new ZipPassThrough(evidenceFile(a.sha256));
    file.mtime = mtime;
    zip.add(file);
    for (const chunk of content.blobChunks(a)) {
      file.push(chunk);
      check();
    }
    file.push(new Uint8Array(0), true);
    check();
  }
  zip.end();
  check();
}

/** Write the archive to `target` atomically; a failure leaves the previous file as it was. Returns the size. */
export function writeArchiveFile(target: string, content: ArchiveContent): number {
  return writeFileAtomicStream(target, (sink) => streamArchive(sink, content));
}
