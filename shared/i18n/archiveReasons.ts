// Why an archive is refused, in Chinese and English: the reason travels as a key with params (never as words), and
// the bad_archive message says it in the reader's language. Chain faults come from shared/domain/chain.ts's FAULT_TEXT.
import { FAULT_TEXT, type ChainFault } from '../domain/chain';

const ZH = {
  zip_truncated: '文件在中途结束（可能被截断）',
  zip_too_short: '文件太短，不是演练档案',
  zip_no_directory: '找不到档案目录（文件可能被截断）',
  zip_directory_outside: '档案目录超出文件范围（文件可能被截断）',
  zip_directory_damaged: '档案目录损坏',
  zip_method: '条目“{item}”的压缩方式不受支持',
  zip_duplicate: '条目“{item}”重复出现',
  zip_missing: '缺少条目“{item}”',
  zip_misplaced: '条目“{item}”的位置不对',
  zip_outside: '条目“{item}”超出文件范围（文件可能被截断）',
  zip_oversize: '条目“{item}”已损坏（解压后大于记载的大小）',
  zip_crc: '条目“{item}”的内容与其校验值不符（已损坏）',
  unreadable: '文件无法读取为演练档案（{detail}）',
  no_manifest: '缺少清单 manifest.json（不是演练档案，或文件被截断）',
  manifest_too_large: '清单过大',
  format_unsupported: '不支持的档案格式“{format}”（本程序读取 {expected}）',
  structure_manifest: '清单结构不符（{path}：{message}）',
  structure_entry: '第 {n} 条记录结构不符（{path}：{message}）',
  structure_archive: '档案结构不符（{path}：{message}）',
  line_not_json: '第 {n} 行记录不是有效的 JSON（档案可能被截断或损坏）',
  no_entries: '档案中没有任何记录',
  entry_data: '第 {seq} 条记录的数据不符合“{kind}”的格式',
  count_mismatch: '清单记载 {expected} 条记录，档案中实有 {actual} 条（档案被截断或篡改）',
  unrestorable: '记录无法还原为演练（{detail}）',
  attachment_missing: '证据附件“{name}”缺失（SHA-256 {sha}…）',
  attachment_hash: '附件“{name}”的内容与其 SHA-256 不符',
  attachment_size: '附件“{name}”的大小与登记的不符',
  attachment_duplicate: '附件“{name}”重复出现',
  foreign_item: '档案含有不属于本演练的条目“{item}”',
  legacy_too_large: '旧格式档案超过 {limitMiB} MiB，无法读取',
  legacy_unparsable: '文件不是完整的演练档案（JSON 无法解析，可能被截断或损坏）',
} as const;

export type ArchiveReason = keyof typeof ZH | `chain_${ChainFault}`;

const EN: Record<keyof typeof ZH, string> = {
  zip_truncated: 'the file ends early (it may be truncated)',
  zip_too_short: 'the file is too short to be a drill archive',
  zip_no_directory: 'the archive directory is missing (the file may be truncated)',
  zip_directory_outside: 'the archive directory lies beyond the end of the file (it may be truncated)',
  zip_directory_damaged: 'the archive directory is damaged',
  zip_method: 'item "{item}" uses a compression method that is not supported',
  zip_duplicate: 'item "{item}" appears twice',
  zip_missing: 'item "{item}" is missing',
  zip_misplaced: 'item "{item}" is not where the directory says',
  zip_outside: 'item "{item}" lies beyond the end of the file (it may be truncated)',
  zip_oversize: 'item "{item}" is damaged (larger than recorded once unpacked)',
  zip_crc: 'item "{item}" does not match its checksum (damaged)',
  unreadable: 'the file cannot be read as a drill archive ({detail})',
  no_manifest: 'manifest.json is missing (not a drill archive, or the file is truncated)',
  manifest_too_large: 'the manifest is too large',
  format_unsupported: 'archive format "{format}" is not supported (this program reads {expected})',
  structure_manifest: 'the manifest does not have the expected structure ({path}: {message})',
  structure_entry: 'entry {n} does not have the expected structure ({path}: {message})',
  structure_archive: 'the archive does not have the expected structure ({path}: {message})',
  line_not_json: 'line {n} of the entries is not valid JSON (the archive may be truncated or damaged)',
  no_entries: 'the archive holds no entries',
  entry_data: 'the data of entry #{seq} does not fit kind "{kind}"',
  count_mismatch: 'the manifest records {expected} entries but the archive holds {actual} (truncated or tampered with)',
  unrestorable: 'the entries cannot be restored into a drill ({detail})',
  attachment_missing: 'evidence attachment "{name}" is missing (SHA-256 {sha}…)',
  attachment_hash: 'attachment "{name}" does not match its SHA-256',
  attachment_size: 'attachment "{name}" does not have its registered size',
  attachment_duplicate: 'attachment "{name}" appears twice',
  foreign_item: 'the archive holds an item that does not belong to this drill: "{item}"',
  legacy_too_large: 'an archive of the old format over {limitMiB} MiB cannot be read',
  legacy_unparsable: 'the file is not a whole drill archive (its JSON cannot be parsed; it may be truncated or damaged)',
};

const chainText = (lang: 'zh-CN' | 'en', fault: ChainFault) =>
  lang === 'en' ? `the hash chain is broken: entry #{seq} ${FAULT_TEXT[fault].en}` : `哈希链校验失败：第 {seq} 条记录${FAULT_TEXT[fault].zh}`;

export function isArchiveReason(v: unknown): v is ArchiveReason {
  if (typeof v !== 'string') return false;
  if (v.startsWith('chain_')) return Object.prototype.hasOwnProperty.call(FAULT_TEXT, v.slice(6));
  return Object.prototype.hasOwnProperty.call(ZH, v);
}

/** The reason's template in a language (placeholders filled by the error's params). */
export function archiveReasonText(reason: ArchiveReason, lang: 'zh-CN' | 'en'): string {
  if (reason.startsWith('chain_')) return chainText(lang, reason.slice(6) as ChainFault);
  const key = reason as keyof typeof ZH;
  return lang === 'en' ? EN[key] : ZH[key];
}

/** For the catalogue test: every plain reason in both languages. */
export const ARCHIVE_REASONS = { zh: ZH as Record<keyof typeof ZH, string>, en: EN };
