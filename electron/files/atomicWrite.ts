// Writing a user's file so that a crash or a full disk never destroys the previous one: temp file, fsync, rename, fsync folder.
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Where the bytes go while they are being written; one chunk at a time, written at once (memory stays bounded). */
export interface FileSink {
  write(chunk: Uint8Array): void;
  /** Bytes written so far. */
  readonly bytes: number;
}

/**
 * The temporary file for a target: hidden, in the same folder (so the rename is atomic), and named after the target,
 * so a file left by a killed process is known and swept by the next write of the same file.
 */
export function tempPathOf(target: string): string {
  return join(dirname(target), `.${basename(target)}.drillroom-tmp`);
}

/** Make a rename (or a new file) in a folder durable. Windows cannot open a folder for fsync; there rename is enough. */
export function fsyncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Create a folder (and its parents) so that the new folders survive a crash too: each new link is fsynced. */
export function makeFolder(folder: string): void {
  const first = mkdirSync(folder, { recursive: true });
  if (first === undefined) return;
  for (let dir = folder; ; dir = dirname(dir)) {
    fsyncFolder(dirname(dir));
    if (dir === first || dirname(dir) === dir) break;
  }
}

/**
 * Write a file atomically by streaming: `produce` writes chunks into the sink; only when it returns is the temp file
 * fsynced and renamed over the target. Any failure (the producer's, a full disk) removes the temp file and leaves the
 * previous target byte-identical. Returns the size written.
 */
export function writeFileAtomicStream(target: string, produce: (sink: FileSink) => void): number {
  const tmp = tempPathOf(target);
  rmSync(tmp, { force: true });
  let fd: number | null = null;
  try {
    fd = openSync(tmp, 'wx', 0o644);
    const out = fd;
    let bytes = 0;
    produce({
      write(chunk) {
        let done = 0;
        while (done < chunk.byteLength) done += writeSync(out, chunk, done, chunk.byteLength - done);
        bytes += chunk.byteLength;
      },
      get bytes() {
        return bytes;
      },
    });
    fsyncSync(out);
    closeSync(out);
    fd = null;
    renameSync(tmp, target);
    fsyncFolder(dirname(target));
    return bytes;
  } catch (err) {
    if (fd !== null) {
      try {
        closeSync(fd);
      } catch {
        /* already closed */
      }
    }
    rmSync(tmp, { force: true });
    throw err;
  }
}

/** Write bytes atomically (see writeFileAtomicStream), for callers that hold the whole file already. */
export function writeFileAtomic(target: string, bytes: Uint8Array): number {
  return writeFileAtomicStream(target, (sink) => sink.write(bytes));
}
