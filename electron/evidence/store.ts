// The evidence store: attachment bytes kept once by SHA-256 under <dataDir>/evidence/<aa>/<sha256>, written atomically.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DrillRoomError } from '../../shared/ipc/errors';
import { makeFolder, writeFileAtomic, writeFileAtomicStream } from '../files/atomicWrite';
import { storageError } from '../journal/errors';
import { checkEvidenceName, normaliseMime, printable } from './names';

import { EVIDENCE_LIMIT_BYTES, INLINE_EVIDENCE_LIMIT_BYTES } from '../../shared/domain/evidenceRules';

/** Photos, recordings and videos of a drill (streamed in, or from an archive); a file above this is refused. */
export const MAX_EVIDENCE_BYTES = EVIDENCE_LIMIT_BYTES;
/** Files given whole in one call (base64, see electron/evidence/service.ts): a file above this is refused. */
export const MAX_INLINE_EVIDENCE_BYTES = INLINE_EVIDENCE_LIMIT_BYTES;

/** What an evidence entry records about one attached file (data.attachments[]). */
export interface Attachment {
  sha256: string;
  name: string;
  size: number;
  mime: string;
}

export interface EvidenceFile {
  name: string;
  mime: string;
  bytes: Uint8Array;
}

const SHA = /^[0-9a-f]{64}$/;
const CHUNK = 1024 * 1024;
const hashOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const mib = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;

export class EvidenceStore {
  readonly root: string;

  constructor(dataDir: string) {
    this.root = join(dataDir, 'evidence');
  }

  /** Where a blob lives; the hash is checked so no caller can make a path of it. */
  pathOf(sha256: string): string {
    if (!SHA.test(sha256)) throw new DrillRoomError('not_found.evidence', { sha256: printable(sha256) });
    return join(this.root, sha256.slice(0, 2), sha256);
  }

  has(sha256: string): boolean {
    return SHA.test(sha256) && existsSync(this.pathOf(sha256));
  }

  /** Check every file first (names, sizes), then store them all: a refused file means nothing was written. */
  addAll(files: readonly EvidenceFile[]): Attachment[] {
    for (const f of files) {
      checkEvidenceName(f.name);
      this.checkSize(f.name, f.bytes.byteLength, MAX_INLINE_EVIDENCE_BYTES);
    }
    return files.map((f) => ({ sha256: this.putBytes(f.bytes), name: f.name, size: f.bytes.byteLength, mime: normaliseMime(f.mime) }));
  }

  /**
   * Store bytes by their hash (once: the same bytes twice are one file). With `expectedSha256` (an archive being
   * imported, say) bytes that do not match are refused.
   */
  putBytes(bytes: Uint8Array, expectedSha256?: string): string {
    this.checkSize('', bytes.byteLength);
    const sha256 = hashOf(bytes);
    if (expectedSha256 !== undefined && expectedSha256 !== sha256) throw new DrillRoomError('bad_evidence.damaged', { sha256: printable(expectedSha256) });
    const path = this.pathOf(sha256);
    if (existsSync(path) && statSync(path).size === bytes.byteLength) return sha256;
    try {
      makeFolder(join(this.root, sha256.slice(0, 2)));
      writeFileAtomic(path, bytes);
    } catch (err) {
      throw storageError(err, this.root);
    }
    return sha256;
  }

  /**
   * Store a blob that arrives in chunks (an archive being imported): hashed as it is written to a temp file, and
   * renamed into place only when its hash is the expected one; memory stays bounded whatever the size.
   */
  putChunks(expectedSha256: string, size: number, chunks: Iterable<Uint8Array>): void {
    this.checkSize('', size);
    const path = this.pathOf(expectedSha256);
    if (existsSync(path) && statSync(path).size === size) {
      for (const chunk of chunks) void chunk; // still read through, so the caller's checks run
      return;
    }
    try {
      makeFolder(join(this.root, expectedSha256.slice(0, 2)));
      writeFileAtomicStream(path, (sink) => {
        const hash = createHash('sha256');
        for (const chunk of chunks) {
          if (sink.bytes + chunk.byteLength > MAX_EVIDENCE_BYTES) this.checkSize('', sink.bytes + chunk.byteLength);
          hash.update(chunk);
          sink.write(chunk);
        }
        if (hash.digest('hex') !== expectedSha256) throw new DrillRoomError('bad_evidence.damaged', { sha256: printable(expectedSha256) });
      });
    } catch (err) {
      throw storageError(err, this.root);
    }
  }

  /**
   * A stored blob in chunks, checked against its hash after the last one (for archives: memory stays bounded).
   * One buffer is reused: a chunk is only valid until the next one is asked for.
   */
  *chunks(sha256: string, name = sha256): Generator<Uint8Array> {
    const path = this.pathOf(sha256);
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch {
      throw new DrillRoomError('not_found.evidence_file', { sha256, name: printable(name) });
    }
    const hash = createHash('sha256');
    const buf = Buffer.allocUnsafe(CHUNK);
    try {
      for (;;) {
        const n = readSync(fd, buf, 0, CHUNK, null);
        if (n === 0) break;
        const chunk = buf.subarray(0, n);
        hash.update(chunk);
        yield chunk;
      }
    } finally {
      closeSync(fd);
    }
    if (hash.digest('hex') !== sha256) throw new DrillRoomError('bad_evidence.damaged', { sha256 });
  }

  /** The bytes of a stored blob, checked against their hash. */
  read(sha256: string, name = sha256): Buffer {
    const path = this.pathOf(sha256);
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      throw new DrillRoomError('not_found.evidence_file', { sha256, name: printable(name) });
    }
    if (hashOf(bytes) !== sha256) throw new DrillRoomError('bad_evidence.damaged', { sha256 });
    return bytes;
  }

  private checkSize(name: string, size: number, limit = MAX_EVIDENCE_BYTES): void {
    if (size > limit)
      throw new DrillRoomError('bad_evidence.too_large', { name: printable(name), sizeMiB: mib(size), limitMiB: limit / 1024 / 1024 });
  }
}

/** Every attachment an entry list registers (first mention of each hash), for the minutes and the archive. */
export function attachmentsOf(entries: readonly { kind: string; data: unknown }[]): Attachment[] {
  const seen = new Map<string, Attachment>();
  for (const e of entries) {
    // Evidence entries, and the evidence of completion attached to an improvement follow-up.
    if (e.kind !== 'evidence' && e.kind !== 'improvement.followup') continue;
    for (const a of (e.data as { attachments?: Attachment[] }).attachments ?? []) if (!seen.has(a.sha256)) seen.set(a.sha256, a);
  }
  return [...seen.values()];
}
