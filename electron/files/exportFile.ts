// The one way a document leaves the app (minutes, archive, scenario pack, and later papers, sheets, PDFs): where the host says, never replacing a file silently.
import { existsSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { SavedFile } from '../../shared/ipc/contract';
import type { FileFilter, HostPorts } from '../app/ports';
import { writeFileAtomic } from './atomicWrite';
import { storageError } from '../journal/errors';

export interface ExportRequest {
  /** A base name (演练纪要-<drill>.docx); the host numbers it when a file of that name exists. */
  suggestedName: string;
  filters: FileFilter[];
  /** The whole file, written atomically; or `write`, which writes the path itself (atomically) and returns its size. */
  bytes?: Uint8Array;
  write?: (path: string) => number;
}

/**
 * Asks the host for a path (the desktop's save dialog, whose OS asks before replacing; elsewhere a numbered name in
 * the exports folder), writes the file there atomically, and, where the host serves a browser, offers it for
 * download. Null path when the user cancelled.
 */
export async function saveExport(ports: HostPorts, req: ExportRequest): Promise<SavedFile> {
  const path = await ports.chooseSavePath(req.suggestedName, req.filters);
  if (!path) return { path: null, bytes: 0 };
  let bytes: number;
  try {
    if (req.write) bytes = req.write(path);
    else if (req.bytes) bytes = writeFileAtomic(path, req.bytes);
    else throw new Error('saveExport needs bytes or write');
  } catch (e) {
    throw storageError(e, path);
  }
  const name = basename(path);
  return { path, bytes, ...(ports.offerDownload ? { download: { url: ports.offerDownload(path, name), name } } : {}) };
}

/** `name` when `taken(name)` is false, else name-2.ext, name-3.ext, … (演练纪要-某演练-2.docx). */
export function numberedName(name: string, taken: (candidate: string) => boolean): string {
  if (!taken(name)) return name;
  // A double extension that belongs together stays together (x.tar.gz); here the last one is enough.
  const ext = extname(name);
  const stem = ext ? name.slice(0, -ext.length) : name;
  for (let n = 2; ; n++) {
    const candidate = `${stem}-${n}${ext}`;
    if (!taken(candidate)) return candidate;
  }
}

/** The first free numbered name in a folder (and not handed out already by this process). */
export function freePathIn(folder: string, name: string, reserved: Set<string> = new Set()): string {
  const chosen = numberedName(name, (c) => reserved.has(join(folder, c)) || existsSync(join(folder, c)));
  const path = join(folder, chosen);
  reserved.add(path);
  return path;
}

/** Where a command-line export goes: the --out path, or (when that file exists and --overwrite was not given) the first free numbered name beside it. */
export function outPathFor(out: string, overwrite: boolean): string {
  return overwrite ? out : freePathIn(dirname(out), basename(out));
}
