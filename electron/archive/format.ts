// The .drill archive format: a zip holding manifest.json, entries.jsonl (one chained entry a line) and evidence/<sha256>.
// Reading one is strict: anything that does not parse, does not chain, or does not match its manifest is refused.
import { z } from 'zod';
import { checkChain } from '../../shared/domain/chain';
import { DrillIdSchema } from '../../shared/domain/drillId';
import { ENTRY_DATA, ENTRY_KINDS, MAX_ENTRY_TEXT, type AnyEntry, type Entry } from '../../shared/domain/entry';
import { fold } from '../../shared/domain/fold';
import { formatPath } from '../../shared/domain/scenario';
import { DrillRoomError } from '../../shared/ipc/errors';
import { sha256 } from '../journal/sha256';
import type { ArchiveReason } from '../../shared/i18n/archiveReasons';

/** The zip format; the first format (one JSON text, attachments inlined as base64) is still read. */
export const ARCHIVE_FORMAT = 'drillroom.archive/2';
export const LEGACY_ARCHIVE_FORMAT = 'drillroom.archive/1';
export const ARCHIVE_EXTENSION = 'drill';
export const MANIFEST_FILE = 'manifest.json';
export const ENTRIES_FILE = 'entries.jsonl';
export const evidenceFile = (sha256: string) => `evidence/${sha256}`;

export const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

export const ManifestSchema = z
  .object({
    format: z.string(),
    drillId: DrillIdSchema,
    entryCount: z.number().int().positive(),
    finalHash: hex64,
    exportedAt: z.number().int().nonnegative(),
    appVersion: z.string().max(40),
  })
  .strict();

export const EntrySchema = z
  .object({
    drillId: DrillIdSchema,
    seq: z.number().int().positive(),
    kind: z.enum(ENTRY_KINDS),
    at: z.number().int(),
    clockMs: z.number().int(),
    phaseId: z.string().max(64).nullable(),
    roleId: z.string().max(64).nullable(),
    text: z.string().max(MAX_ENTRY_TEXT),
    data: z.record(z.string(), z.unknown()),
    prevHash: hex64,
    hash: hex64,
  })
  .strict();

export type ArchiveManifest = z.output<typeof ManifestSchema>;

/** Refuse an archive for a reason (a key of shared/i18n/archiveReasons.ts) with its params. */
export const refuse = (reason: ArchiveReason, params: Record<string, string | number> = {}): never => {
  throw new DrillRoomError('bad_archive', { reason, ...params });
};

/** A schema check that refuses with the first bad field named. */
export function parseOrRefuse<T extends z.ZodTypeAny>(
  schema: T,
  value: unknown,
  where: { reason: 'structure_manifest' | 'structure_entry' | 'structure_archive'; params?: Record<string, number> },
): z.output<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data as z.output<T>;
  const i = parsed.error.issues[0]!;
  return refuse(where.reason, { ...where.params, path: formatPath(i.path), message: i.message });
}

/** The manifest for a chain of entries. */
export function manifestOf(entries: readonly AnyEntry[], opts: { exportedAt: number; appVersion: string }, format = ARCHIVE_FORMAT): ArchiveManifest {
  const last = entries[entries.length - 1];
  if (!last) return refuse('no_entries');
  return { format, drillId: last.drillId, entryCount: entries.length, finalHash: last.hash, exportedAt: opts.exportedAt, appVersion: opts.appVersion };
}

/** Every entry's data fits its kind, the count and final hash match the manifest, the chain holds, and it folds. */
export function checkEntries(manifest: ArchiveManifest, entries: AnyEntry[]): void {
  entries.forEach((e) => {
    const ok = ENTRY_DATA[e.kind].safeParse(e.data);
    if (!ok.success) refuse('entry_data', { seq: e.seq, kind: e.kind });
  });
  if (manifest.entryCount !== entries.length)
    refuse('count_mismatch', { expected: manifest.entryCount, actual: entries.length });
  const chain = checkChain(manifest.drillId, entries as Entry[], sha256, { seq: manifest.entryCount, hash: manifest.finalHash });
  if (!chain.ok) refuse(`chain_${chain.fault}`, { seq: chain.seq });
  try {
    fold(entries);
  } catch (e) {
    refuse('unrestorable', { detail: (e as Error).message });
  }
}

/** A looks-like test so `verify` and `minutes` can tell an archive (zip or the first JSON format) from a database. */
export function looksLikeArchive(path: string, head: Uint8Array): boolean {
  if (path.toLowerCase().endsWith(`.${ARCHIVE_EXTENSION}`)) return true;
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 3 && head[3] === 4) return true;
  const text = new TextDecoder().decode(head.subarray(0, 64)).replace(/^\uFEFF/, '').trimStart();
  return text.startsWith('{');
}
