// Drill archive export (save a .drill file) and import (main opens the file, verifies it, then adds the drill read-only).
import { checkChain, FAULT_TEXT } from '../../shared/domain/chain';
import type { SavedFile } from '../../shared/ipc/contract';
import { DrillRoomError } from '../../shared/ipc/errors';
import type { Services } from '../app/compose';
import { attachmentsOf } from '../evidence/store';
import { saveExport } from '../files/exportFile';
import { sha256 } from '../journal/sha256';
import { safeFileName } from '../minutes/service';
import { openArchive, type OpenedArchive } from './archiveReader';
import { writeArchiveFile, type ArchiveContent } from './archiveWriter';
import { ARCHIVE_EXTENSION } from './format';

const ARCHIVE_FILTERS = [{ name: '演练档案', extensions: [ARCHIVE_EXTENSION] }];

/**
 * What goes into one drill's archive, after checking its chain: a broken record is not exported as if it were sound.
 * Evidence files are streamed from the store, each checked against its SHA-256 on the way out.
 */
export function archiveContent(s: Pick<Services, 'journal' | 'evidence'>, drillId: string, opts: { exportedAt: number; appVersion: string }): ArchiveContent {
  if (!s.journal.drill(drillId)) throw new DrillRoomError('not_found.drill', { drillId });
  const entries = s.journal.entries(drillId);
  const res = checkChain(drillId, entries, sha256, s.journal.chainHead(drillId));
  if (!res.ok) throw new DrillRoomError('chain_broken', { drillId, seq: res.seq, reason: FAULT_TEXT[res.fault].zh });
  return { entries, attachments: attachmentsOf(entries), blobChunks: (a) => s.evidence.chunks(a.sha256, a.name), ...opts };
}

/** The file name an archive is offered under: sanitised base names only (the id grammar keeps ids safe too). */
export function archiveFileName(drillName: string, drillId: string): string {
  return `${safeFileName(drillName)}-${safeFileName(drillId)}.${ARCHIVE_EXTENSION}`;
}

export async function exportArchiveFile(s: Services, drillId: string): Promise<SavedFile> {
  const content = archiveContent(s, drillId, { exportedAt: s.clock.now(), appVersion: s.info().version });
  return saveExport(s.ports, { suggestedName: archiveFileName(s.drills.nameOf(drillId), drillId), filters: ARCHIVE_FILTERS, write: (path) => writeArchiveFile(path, content) });
}

/** Ask the host which archive to open (a base name hint for the browser host), then import it; null when cancelled. */
export async function importArchiveFile(s: Services, name?: string): Promise<{ drillId: string | null }> {
  const path = await s.ports.chooseOpenPath(ARCHIVE_FILTERS, name);
  if (!path) return { drillId: null };
  return importArchivePath(s, path);
}

/**
 * Verify the manifest and the whole chain first; then stream each evidence file into the store (stored by hash,
 * renamed into place only when its hash matches, so harmless if the import then fails); then the chain in one
 * transaction, read-only. Memory stays bounded whatever the archive's size.
 */
export function importArchivePath(s: Services, path: string): { drillId: string } {
  const archive = openArchive(path);
  try {
    const { drillId } = archive.manifest;
    if (s.journal.drill(drillId)) throw new DrillRoomError('bad_archive.already_imported', { drillId });
    importOpened(s, archive);
    return { drillId };
  } finally {
    archive.close();
  }
}

/** Store an opened (verified) archive whose drill is not in the database yet: evidence first, then the chain in one transaction. */
export function importOpened(s: Services, archive: OpenedArchive): void {
  const { drillId } = archive.manifest;
  for (const a of archive.attachments) s.evidence.putChunks(a.sha256, a.size, archive.blobChunks(a));
  const first = archive.entries[0]!;
  s.journal.importChain({ drillId, createdAt: first.at, readOnly: true, source: 'archive' }, archive.entries);
  s.drills.announce(drillId);
}
