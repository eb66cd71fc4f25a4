// Test helpers for .drill archives: unpack one into its parts, pack edited parts back, and import bytes as a user would.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { AnyEntry } from '../../shared/domain/entry';
import type { World } from './world';

export interface ArchiveParts {
  manifest: Record<string, unknown>;
  entries: AnyEntry[];
  /** Every other zip member (evidence/<sha256>) by name. */
  files: Record<string, Uint8Array>;
}

export function unpackArchive(bytes: Uint8Array): ArchiveParts {
  const all = unzipSync(bytes);
  const { 'manifest.json': manifest, 'entries.jsonl': entries, ...files } = all;
  return {
    manifest: JSON.parse(strFromU8(manifest!)) as Record<string, unknown>,
    entries: strFromU8(entries!)
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as AnyEntry),
    files,
  };
}

export const unpackArchiveFile = (path: string) => unpackArchive(readFileSync(path));

export function packArchive(parts: ArchiveParts): Uint8Array {
  return zipSync({
    'manifest.json': strToU8(JSON.stringify(parts.manifest)),
    'entries.jsonl': strToU8(parts.entries.map((e) => JSON.stringify(e)).join('\n') + '\n'),
    ...parts.files,
  });
}

/** Put the bytes in the world's imports folder (where the browser host reads a picked file) and import them. */
export async function importBytes(w: World, bytes: Uint8Array | string, name = 'import.drill'): Promise<{ drillId: string | null }> {
  const folder = join(w.dir, 'imports');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, name), bytes);
  return w.services.importArchive(name);
}
