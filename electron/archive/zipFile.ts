// Reading a zip file from disk by its central directory, one entry at a time in small chunks: memory stays bounded.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { Inflate } from 'fflate';
import type { ArchiveReason } from '../../shared/i18n/archiveReasons';

export interface ZipEntryInfo {
  name: string;
  method: number;
  crc: number;
  packedSize: number;
  size: number;
  localOffset: number;
}

/** Why a zip could not be read, as an archive reason key (the archive reader wraps it in bad_archive). */
export class ZipProblem extends Error {
  constructor(
    readonly reason: ArchiveReason,
    readonly params: Record<string, string | number> = {},
  ) {
    super(reason);
  }
}

const CHUNK = 256 * 1024;
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export class ZipFile {
  private readonly fd: number;
  readonly size: number;
  readonly entries: ReadonlyMap<string, ZipEntryInfo>;

  private constructor(fd: number) {
    this.fd = fd;
    this.size = fstatSync(fd).size;
    this.entries = this.readDirectory();
  }

  static open(path: string): ZipFile {
    const fd = openSync(path, 'r');
    try {
      return new ZipFile(fd);
    } catch (e) {
      closeSync(fd);
      throw e;
    }
  }

  close(): void {
    closeSync(this.fd);
  }

  private read(position: number, length: number, into = Buffer.alloc(length)): Buffer {
    const buf = into.subarray(0, length);
    let done = 0;
    while (done < length) {
      const n = readSync(this.fd, buf, done, length - done, position + done);
      if (n === 0) throw new ZipProblem('zip_truncated');
      done += n;
    }
    return buf;
  }

  private readDirectory(): Map<string, ZipEntryInfo> {
    const tailLength = Math.min(this.size, 22 + 65_535);
    if (tailLength < 22) throw new ZipProblem('zip_too_short');
    const tail = this.read(this.size - tailLength, tailLength);
    let at = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        at = i;
        break;
      }
    }
    if (at < 0) throw new ZipProblem('zip_no_directory');
    const count = tail.readUInt16LE(at + 10);
    const dirSize = tail.readUInt32LE(at + 12);
    const dirOffset = tail.readUInt32LE(at + 16);
    if (dirOffset + dirSize > this.size - tailLength + at) throw new ZipProblem('zip_directory_outside');
    const dir = this.read(dirOffset, dirSize);
    const entries = new Map<string, ZipEntryInfo>();
    let p = 0;
    for (let n = 0; n < count; n++) {
      if (p + 46 > dir.length || dir.readUInt32LE(p) !== CENTRAL) throw new ZipProblem('zip_directory_damaged');
      const nameLength = dir.readUInt16LE(p + 28);
      const info: ZipEntryInfo = {
        method: dir.readUInt16LE(p + 10),
        crc: dir.readUInt32LE(p + 16),
        packedSize: dir.readUInt32LE(p + 20),
        size: dir.readUInt32LE(p + 24),
        localOffset: dir.readUInt32LE(p + 42),
        name: dir.toString('utf8', p + 46, p + 46 + nameLength),
      };
      if (info.method !== 0 && info.method !== 8) throw new ZipProblem('zip_method', { item: info.name });
      if (entries.has(info.name)) throw new ZipProblem('zip_duplicate', { item: info.name });
      entries.set(info.name, info);
      p += 46 + nameLength + dir.readUInt16LE(p + 30) + dir.readUInt16LE(p + 32);
    }
    return entries;
  }

  /**
   * The bytes of one entry, in chunks, checked against the directory's size and CRC-32 as they pass; a mismatch
   * throws after the last chunk. An inflated entry may not grow past its recorded size (no zip bombs).
   * A chunk is only valid until the next one is asked for (one buffer is reused): copy it to keep it.
   */
  *chunks(name: string): Generator<Uint8Array> {
    const info = this.entries.get(name);
    if (!info) throw new ZipProblem('zip_missing', { item: name });
    const local = this.read(info.localOffset, 30);
    if (local.readUInt32LE(0) !== LOCAL) throw new ZipProblem('zip_misplaced', { item: name });
    const start = info.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    if (start + info.packedSize > this.size) throw new ZipProblem('zip_outside', { item: name });
    let crc = 0;
    let size = 0;
    const pending: Uint8Array[] = [];
    const inflate =
      info.method === 8
        ? new Inflate((chunk) => {
            size += chunk.length;
            if (size > info.size) throw new ZipProblem('zip_oversize', { item: name });
            crc = crc32(chunk, crc);
            pending.push(chunk);
          })
        : null;
    const buffer = Buffer.allocUnsafe(Math.min(CHUNK, Math.max(1, info.packedSize)));
    for (let offset = 0; offset < info.packedSize || (offset === 0 && info.packedSize === 0); ) {
      const length = Math.min(CHUNK, info.packedSize - offset);
      const raw = this.read(start + offset, length, buffer);
      offset += length;
      const last = offset >= info.packedSize;
      if (inflate) {
        inflate.push(raw, last);
        yield* pending.splice(0);
      } else {
        size += raw.length;
        crc = crc32(raw, crc);
        yield raw;
      }
      if (last) break;
    }
    if (size !== info.size || crc >>> 0 !== info.crc >>> 0) throw new ZipProblem('zip_crc', { item: name });
  }
}
