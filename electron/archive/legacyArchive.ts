// The first archive format (drillroom.archive/1): one JSON text with attachments inlined as base64. Read, never written.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { AnyEntry } from '../../shared/domain/entry';
import { checkEntries, EntrySchema, hex64, LEGACY_ARCHIVE_FORMAT, ManifestSchema, parseOrRefuse, refuse, type ArchiveManifest } from './format';

/** Archives of the first format were whole-file JSON; anything above this is refused rather than read into memory. */
export const MAX_LEGACY_ARCHIVE_BYTES = 256 * 1024 * 1024;

const AttachmentSchema = z.object({ sha256: hex64, name: z.string().max(255), base64: z.string() }).strict();
const ArchiveSchema = z
  .object({ manifest: ManifestSchema, entries: z.array(EntrySchema).min(1), attachments: z.array(AttachmentSchema) })
  .strict();

export interface LegacyArchive {
  manifest: ArchiveManifest;
  entries: AnyEntry[];
  /** Attachment bytes by SHA-256, each checked against its hash. */
  blobs: Map<string, { name: string; bytes: Buffer }>;
}

/** Parse and verify a first-format archive; any problem throws DrillRoomError('bad_archive') with a reason key. */
export function readLegacyArchive(content: string): LegacyArchive {
  let value: unknown;
  try {
    value = JSON.parse(content.charCodeAt(0) === 0xfeff ? content.slice(1) : content);
  } catch {
    return refuse('legacy_unparsable');
  }
  const parsed = parseOrRefuse(ArchiveSchema, value, { reason: 'structure_archive' });
  const { manifest, attachments } = parsed;
  if (manifest.format !== LEGACY_ARCHIVE_FORMAT) refuse('format_unsupported', { format: manifest.format, expected: LEGACY_ARCHIVE_FORMAT });
  const entries = parsed.entries as AnyEntry[];
  checkEntries(manifest, entries);
  const blobs = new Map<string, { name: string; bytes: Buffer }>();
  for (const a of attachments) {
    const bytes = Buffer.from(a.base64, 'base64');
    if (createHash('sha256').update(bytes).digest('hex') !== a.sha256) refuse('attachment_hash', { name: a.name });
    if (blobs.has(a.sha256)) refuse('attachment_duplicate', { name: a.name });
    blobs.set(a.sha256, { name: a.name, bytes });
  }
  return { manifest, entries, blobs };
}
