// Drill archive export (save a .drill file) and import (verify, then add the drill read-only, or write nothing).
import { writeFileSync } from 'node:fs';
import { checkChain, FAULT_TEXT } from '../../shared/domain/chain';
import type { SavedFile } from '../../shared/ipc/contract';
import { DrillRoomError } from '../../shared/ipc/errors';
import type { Services } from '../app/compose';
import { storageError } from '../journal/errors';
import { sha256 } from '../journal/sha256';
import { safeFileName } from '../minutes/service';
import { ARCHIVE_EXTENSION, readArchive, writeArchive } from './format';
import { attachmentsOf } from '../evidence/store';

/**
 * The archive text of one drill, after checking its chain: a broken record is not exported as if it were sound.
 * Evidence files travel inside, each checked against its SHA-256 on the way out.
 */
export function archiveOf(s: Pick<Services, 'journal' | 'evidence'>, drillId: string, opts: { exportedAt: number; appVersion: string }): string {
  if (!s.journal.drill(drillId)) throw new DrillRoomError('not_found.drill', { drillId });
  const entries = s.journal.entries(drillId);
  const res = checkChain(drillId, entries, sha256, s.journal.chainHead(drillId));
  if (!res.ok) throw new DrillRoomError('chain_broken', { drillId, seq: res.seq, reason: FAULT_TEXT[res.fault].zh });
  const attachments = attachmentsOf(entries).map((a) => ({ sha256: a.sha256, name: a.name, base64: s.evidence.read(a.sha256, a.name).toString('base64') }));
  return writeArchive(entries, { ...opts, attachments });
}

export async function exportArchiveFile(s: Services, drillId: string): Promise<SavedFile> {
  const text = archiveOf(s, drillId, { exportedAt: s.clock.now(), appVersion: s.info().version });
  const name = s.drills.nameOf(drillId);
  const path = await s.ports.chooseSavePath(`${safeFileName(name)}-${drillId}.${ARCHIVE_EXTENSION}`, [{ name: '演练档案', extensions: [ARCHIVE_EXTENSION] }]);
  if (!path) return { path: null, bytes: 0 };
  const bytes = Buffer.from(text, 'utf8');
  try {
    writeFileSync(path, bytes);
  } catch (e) {
    throw storageError(e, path);
  }
  return { path, bytes: bytes.length };
}

/** Verify the whole archive first; only a sound, new drill is written (in one transaction, read-only). */
export function importArchiveText(s: Services, content: string): { drillId: string } {
  const archive = readArchive(content);
  const { drillId } = archive.manifest;
  if (s.journal.drill(drillId)) throw new DrillRoomError('bad_archive', { detail: `演练 ${drillId} 已在本机数据库中，无需重复导入` });
  const carried = new Set(archive.attachments.map((a) => a.sha256));
  const missing = attachmentsOf(archive.entries).find((a) => !carried.has(a.sha256));
  if (missing) throw new DrillRoomError('bad_archive', { detail: `证据附件“${missing.name}”缺失（SHA-256 ${missing.sha256.slice(0, 12)}…）` });
  // Files first (stored by hash, harmless if the import then fails), then the chain in one transaction.
  for (const a of archive.attachments) s.evidence.putBytes(Buffer.from(a.base64, 'base64'), a.sha256);
  const first = archive.entries[0]!;
  s.journal.importChain({ drillId, createdAt: first.at, readOnly: true, source: 'archive' }, archive.entries);
  s.drills.announce(drillId);
  return { drillId };
}
