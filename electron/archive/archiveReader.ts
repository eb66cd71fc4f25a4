// Opening a .drill archive from disk: manifest and chain checked at once, evidence streamed and hash-checked on demand.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import type { AnyEntry } from '../../shared/domain/entry';
import { DrillRoomError } from '../../shared/ipc/errors';
import { attachmentsOf, type Attachment } from '../evidence/store';
import { ARCHIVE_FORMAT, checkEntries, ENTRIES_FILE, EntrySchema, evidenceFile, MANIFEST_FILE, ManifestSchema, parseOrRefuse, refuse, type ArchiveManifest } from './format';
import { MAX_LEGACY_ARCHIVE_BYTES, readLegacyArchive } from './legacyArchive';
import { ZipFile, ZipProblem } from './zipFile';

const MAX_MANIFEST_BYTES = 64 * 1024;

export interface OpenedArchive {
  manifest: ArchiveManifest;
  entries: AnyEntry[];
  /** The files the entries register, each carried in the archive. */
  attachments: Attachment[];
  /**
   * One attachment's bytes in chunks; throws bad_archive after the last chunk if they do not match its hash.
   * A chunk is only valid until the next one is asked for.
   */
  blobChunks(attachment: Attachment): Iterable<Uint8Array>;
  close(): void;
}

/** Any failure of reading becomes bad_archive with a Chinese reason; our own typed errors pass through. */
function asRefusal(e: unknown): never {
  if (e instanceof DrillRoomError) throw e;
  if (e instanceof ZipProblem) return refuse(e.reason, e.params);
  return refuse('unreadable', { detail: (e as Error).message });
}

function guarded<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    return asRefusal(e);
  }
}

function head(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(8);
    return buf.subarray(0, readSync(fd, buf, 0, 8, 0));
  } finally {
    closeSync(fd);
  }
}

/** Open and verify an archive file (the zip format, or the first JSON format); the caller closes it. */
export function openArchive(path: string): OpenedArchive {
  if (!existsSync(path) || !statSync(path).isFile()) throw new DrillRoomError('not_found.file', { path });
  const start = head(path);
  const isJson = start.toString('utf8').replace(/^\uFEFF/, '').trimStart().startsWith('{');
  return guarded(() => (isJson ? openLegacy(path) : openZip(path)));
}

function openZip(path: string): OpenedArchive {
  const zip = ZipFile.open(path);
  try {
    const manifestInfo = zip.entries.get(MANIFEST_FILE);
    if (!manifestInfo) refuse('no_manifest');
    if (manifestInfo!.size > MAX_MANIFEST_BYTES) refuse('manifest_too_large');
    const manifest = parseOrRefuse(ManifestSchema, JSON.parse(textOf(zip, MANIFEST_FILE)), { reason: 'structure_manifest' });
    if (manifest.format !== ARCHIVE_FORMAT) refuse('format_unsupported', { format: manifest.format, expected: ARCHIVE_FORMAT });
    const entries = readEntries(zip);
    checkEntries(manifest, entries);
    const attachments = attachmentsOf(entries);
    const expected = new Set([MANIFEST_FILE, ENTRIES_FILE, ...attachments.map((a) => evidenceFile(a.sha256))]);
    const missing = attachments.find((a) => !zip.entries.has(evidenceFile(a.sha256)));
    if (missing) refuse('attachment_missing', { name: missing.name, sha: missing.sha256.slice(0, 12) });
    const extra = [...zip.entries.keys()].find((n) => !expected.has(n));
    if (extra !== undefined) refuse('foreign_item', { item: extra.slice(0, 80) });
    return {
      manifest,
      entries,
      attachments,
      blobChunks: (a) => checkedBlob(a, () => zip.chunks(evidenceFile(a.sha256))),
      close: () => zip.close(),
    };
  } catch (e) {
    zip.close();
    throw e;
  }
}

/** A small entry's whole text (each chunk copied: the reader reuses its buffer). */
function textOf(zip: ZipFile, name: string): string {
  const parts: Buffer[] = [];
  for (const c of zip.chunks(name)) parts.push(Buffer.from(c));
  return Buffer.concat(parts).toString('utf8');
}

/** entries.jsonl, parsed line by line as it is inflated. */
function readEntries(zip: ZipFile): AnyEntry[] {
  const entries: AnyEntry[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let rest = '';
  const take = (line: string) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      refuse('line_not_json', { n: entries.length + 1 });
    }
    entries.push(parseOrRefuse(EntrySchema, value, { reason: 'structure_entry', params: { n: entries.length + 1 } }) as AnyEntry);
  };
  for (const chunk of zip.chunks(ENTRIES_FILE)) {
    const lines = (rest + decoder.decode(chunk, { stream: true })).split('\n');
    rest = lines.pop()!;
    lines.forEach(take);
  }
  take(rest + decoder.decode());
  if (entries.length === 0) refuse('no_entries');
  return entries;
}

/** Chunks of a blob, hashed as they pass; a size or hash that does not match the entry's record is refused at the end. */
function* checkedBlob(a: Attachment, chunks: () => Iterable<Uint8Array>): Generator<Uint8Array> {
  const hash = createHash('sha256');
  let size = 0;
  try {
    for (const c of chunks()) {
      hash.update(c);
      size += c.byteLength;
      yield c;
    }
  } catch (e) {
    asRefusal(e);
  }
  if (hash.digest('hex') !== a.sha256) refuse('attachment_hash', { name: a.name });
  if (size !== a.size) refuse('attachment_size', { name: a.name });
}

function openLegacy(path: string): OpenedArchive {
  if (statSync(path).size > MAX_LEGACY_ARCHIVE_BYTES) refuse('legacy_too_large', { limitMiB: MAX_LEGACY_ARCHIVE_BYTES / 2 ** 20 });
  const legacy = readLegacyArchive(readFileSync(path, 'utf8'));
  const attachments = attachmentsOf(legacy.entries);
  const missing = attachments.find((a) => !legacy.blobs.has(a.sha256));
  if (missing) refuse('attachment_missing', { name: missing.name, sha: missing.sha256.slice(0, 12) });
  return {
    manifest: legacy.manifest,
    entries: legacy.entries,
    attachments,
    blobChunks: (a) => checkedBlob(a, () => [legacy.blobs.get(a.sha256)!.bytes]),
    close: () => {},
  };
}

/** Read every attachment through its hash check (for `verify`); throws bad_archive at the first bad one. */
export function verifyBlobs(archive: OpenedArchive): void {
  for (const a of archive.attachments) for (const chunk of archive.blobChunks(a)) void chunk;
}
