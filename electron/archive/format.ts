// The .drill archive: one JSON file holding a drill's chained entries, its attachments and a manifest.
// Reading one is strict: a file that does not parse, does not chain, or does not match its manifest is refused.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { checkChain, FAULT_TEXT } from '../../shared/domain/chain';
import { ENTRY_DATA, ENTRY_KINDS, MAX_ENTRY_TEXT, type AnyEntry, type Entry } from '../../shared/domain/entry';
import { fold } from '../../shared/domain/fold';
import { formatPath } from '../../shared/domain/scenario';
import { DrillRoomError } from '../../shared/ipc/errors';
import { sha256 } from '../journal/sha256';

export const ARCHIVE_FORMAT = 'drillroom.archive/1';
export const ARCHIVE_EXTENSION = 'drill';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

const ManifestSchema = z
  .object({
    format: z.string(),
    drillId: z.string().min(1).max(64),
    entryCount: z.number().int().positive(),
    finalHash: hex64,
    exportedAt: z.number().int().nonnegative(),
    appVersion: z.string().max(40),
  })
  .strict();

const EntrySchema = z
  .object({
    drillId: z.string().min(1).max(64),
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

/** An attachment travels with its content hash; names are for people. */
const AttachmentSchema = z.object({ sha256: hex64, name: z.string().max(255), base64: z.string() }).strict();

const ArchiveSchema = z
  .object({ manifest: ManifestSchema, entries: z.array(EntrySchema).min(1), attachments: z.array(AttachmentSchema) })
  .strict();

export type ArchiveManifest = z.output<typeof ManifestSchema>;
export type ArchiveAttachment = z.output<typeof AttachmentSchema>;

export interface DrillArchive {
  manifest: ArchiveManifest;
  entries: AnyEntry[];
  attachments: ArchiveAttachment[];
}

/** The archive text: a manifest, then one entry per line (readable, diffable), then attachments. */
export function writeArchive(entries: readonly AnyEntry[], opts: { exportedAt: number; appVersion: string; attachments?: ArchiveAttachment[] }): string {
  const last = entries[entries.length - 1];
  if (!last) throw new DrillRoomError('bad_archive', { detail: '演练没有任何记录' });
  const manifest: ArchiveManifest = {
    format: ARCHIVE_FORMAT,
    drillId: last.drillId,
    entryCount: entries.length,
    finalHash: last.hash,
    exportedAt: opts.exportedAt,
    appVersion: opts.appVersion,
  };
  return (
    `{"manifest":${JSON.stringify(manifest)},\n"entries":[\n` +
    entries.map((e) => JSON.stringify(e)).join(',\n') +
    `\n],\n"attachments":${JSON.stringify(opts.attachments ?? [])}}\n`
  );
}

const refuse = (detail: string): never => {
  throw new DrillRoomError('bad_archive', { detail });
};

/** Parse and verify an archive; any problem throws DrillRoomError('bad_archive') naming it in Chinese. */
export function readArchive(content: string): DrillArchive {
  let value: unknown;
  try {
    value = JSON.parse(content.charCodeAt(0) === 0xfeff ? content.slice(1) : content);
  } catch {
    return refuse('文件不是完整的演练档案（JSON 无法解析，可能被截断或损坏）');
  }
  const parsed = ArchiveSchema.safeParse(value);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    return refuse(`档案结构不符（${formatPath(i.path)}：${i.message}）`);
  }
  const { manifest, attachments } = parsed.data;
  if (manifest.format !== ARCHIVE_FORMAT) refuse(`不支持的档案格式“${manifest.format}”（本程序读取 ${ARCHIVE_FORMAT}）`);
  const entries = parsed.data.entries as AnyEntry[];
  entries.forEach((e) => {
    const ok = ENTRY_DATA[e.kind].safeParse(e.data);
    if (!ok.success) refuse(`第 ${e.seq} 条记录的数据不符合“${e.kind}”的格式`);
  });
  if (manifest.entryCount !== entries.length)
    refuse(`清单记载 ${manifest.entryCount} 条记录，档案中实有 ${entries.length} 条（档案被截断或篡改）`);
  const chain = checkChain(manifest.drillId, entries as Entry[], sha256, { seq: manifest.entryCount, hash: manifest.finalHash });
  if (!chain.ok) refuse(`哈希链校验失败：第 ${chain.seq} 条记录${FAULT_TEXT[chain.fault].zh}`);
  try {
    fold(entries);
  } catch (e) {
    refuse(`记录无法还原为演练（${(e as Error).message}）`);
  }
  const seen = new Set<string>();
  for (const a of attachments) {
    const actual = createHash('sha256').update(Buffer.from(a.base64, 'base64')).digest('hex');
    if (actual !== a.sha256) refuse(`附件“${a.name}”的内容与其 SHA-256 不符`);
    if (seen.has(a.sha256)) refuse(`附件“${a.name}”重复出现`);
    seen.add(a.sha256);
  }
  return { manifest, entries, attachments };
}

/** A looks-like test so `verify` can tell an archive from a database file. */
export function looksLikeArchive(path: string, head: Uint8Array): boolean {
  if (path.toLowerCase().endsWith(`.${ARCHIVE_EXTENSION}`)) return true;
  const text = new TextDecoder().decode(head.subarray(0, 64)).replace(/^\uFEFF/, '').trimStart();
  return text.startsWith('{');
}
