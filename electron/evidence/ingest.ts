// Streams one file into the evidence store: hashed with SHA-256 while it is written to a temp file, renamed to its hash at the end; memory stays bounded.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, rmSync, statSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { DrillRoomError } from '../../shared/ipc/errors';
import { fsyncFolder, makeFolder } from '../files/atomicWrite';
import { storageError } from '../journal/errors';
import { printable } from './names';
import type { EvidenceStore } from './store';

export interface IngestOptions {
  /** The size the sender declared: more bytes are refused at once, fewer at the end. */
  size: number;
  /** The name shown in a refusal. */
  name: string;
  /** Bytes done so far, at most every `progressBytes` (default 4 MiB). */
  onProgress?: (done: number) => void;
  progressBytes?: number;
  signal?: AbortSignal;
}

/** Folder of files still arriving, inside the store (same disk, so the final rename is atomic); swept at start. */
export const INCOMING = '.incoming';

/** Removes temp files a killed process left behind (none is ever a stored blob). */
export function sweepIncoming(store: EvidenceStore): void {
  rmSync(join(store.root, INCOMING), { recursive: true, force: true });
}

/**
 * Reads `source` to its end into the store. Any failure (the source ends early or sends too much, an abort, a full
 * disk) removes the temp file: nothing partial is ever left under a hash. Returns the hash and size.
 */
export async function ingestStream(store: EvidenceStore, source: AsyncIterable<Uint8Array>, opts: IngestOptions): Promise<{ sha256: string; size: number }> {
  const dir = join(store.root, INCOMING);
  let tmp: string | null = null;
  let fh: Awaited<ReturnType<typeof open>> | null = null;
  try {
    try {
      makeFolder(dir);
      tmp = join(dir, `${randomBytes(12).toString('hex')}.part`);
      fh = await open(tmp, 'wx', 0o644);
    } catch (err) {
      throw storageError(err, store.root);
    }
    const hash = createHash('sha256');
    const step = opts.progressBytes ?? 4 * 1024 * 1024;
    let done = 0;
    let reported = 0;
    for await (const chunk of source) {
      if (opts.signal?.aborted) throw new DrillRoomError('bad_evidence.cancelled', { name: printable(opts.name) });
      done += chunk.byteLength;
      if (done > opts.size) throw new DrillRoomError('bad_evidence.incomplete', { name: printable(opts.name), got: done, size: opts.size });
      hash.update(chunk);
      try {
        let off = 0;
        while (off < chunk.byteLength) off += (await fh.write(chunk, off, chunk.byteLength - off)).bytesWritten;
      } catch (err) {
        throw storageError(err, store.root);
      }
      if (done - reported >= step) {
        reported = done;
        opts.onProgress?.(done);
      }
    }
    if (opts.signal?.aborted) throw new DrillRoomError('bad_evidence.cancelled', { name: printable(opts.name) });
    if (done !== opts.size) throw new DrillRoomError('bad_evidence.incomplete', { name: printable(opts.name), got: done, size: opts.size });
    const sha256 = hash.digest('hex');
    const target = store.pathOf(sha256);
    try {
      await fh.sync();
      await fh.close();
      fh = null;
      if (existsSync(target) && statSync(target).size === done) {
        rmSync(tmp, { force: true });
      } else {
        makeFolder(join(store.root, sha256.slice(0, 2)));
        await rename(tmp, target);
        fsyncFolder(join(store.root, sha256.slice(0, 2)));
      }
      tmp = null;
    } catch (err) {
      throw storageError(err, store.root);
    }
    opts.onProgress?.(done);
    return { sha256, size: done };
  } finally {
    if (fh) await fh.close().catch(() => {});
    if (tmp) rmSync(tmp, { force: true });
  }
}
