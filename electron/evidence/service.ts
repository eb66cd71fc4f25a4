// The evidence calls: attach files to a new evidence entry (stored first, entry last), and read an attachment back.
import type { Entry } from '../../shared/domain/entry';
import { DrillRoomError } from '../../shared/ipc/errors';
import type { DrillService } from '../drill/drills';
import { printable } from './names';
import { attachmentsOf, MAX_INLINE_EVIDENCE_BYTES, type Attachment, type EvidenceStore } from './store';

export interface AttachInput {
  drillId: string;
  roleId: string;
  text: string;
  files: { name: string; mime: string; base64: string }[];
  source?: string | undefined;
  injectId?: string | undefined;
  actionId?: string | undefined;
}

/**
 * Append an evidence entry listing the stored files by hash. Nothing is written when a file or the entry is refused.
 * `claim` hands over files streamed in before (staged uploads), asked only once the drill admits the entry.
 */
export function attachEvidence(drills: DrillService, store: EvidenceStore, input: AttachInput, seat?: string, claim: () => Attachment[] = () => []): Entry<'evidence'> {
  // The drill's rules (shared/domain/admission.ts) are asked before any byte reaches the disk.
  const refs = {
    ...(input.injectId !== undefined ? { injectId: input.injectId } : {}),
    ...(input.actionId !== undefined ? { actionId: input.actionId } : {}),
  };
  drills.admit(input.drillId, { kind: 'evidence', roleId: input.roleId, text: input.text.trim() || input.files.map((f) => f.name).join('、'), data: refs });
  const files = input.files.map((f) => {
    // base64 is 4 characters per 3 bytes: refuse an oversized file before decoding it.
    const approx = Math.floor((f.base64.length * 3) / 4);
    if (approx > MAX_INLINE_EVIDENCE_BYTES + 2)
      throw new DrillRoomError('bad_evidence.too_large', { name: printable(f.name), sizeMiB: Math.round((approx / 1048576) * 10) / 10, limitMiB: MAX_INLINE_EVIDENCE_BYTES / 1048576 });
    return { name: f.name, mime: f.mime, bytes: Buffer.from(f.base64, 'base64') };
  });
  const streamed = claim();
  const attachments = [...store.addAll(files), ...streamed];
  const text = input.text.trim() || attachments.map((a) => a.name).join('、');
  return drills.record(input.drillId, {
    kind: 'evidence',
    roleId: input.roleId,
    text,
    data: {
      ...refs,
      ...(input.source !== undefined && input.source.trim() !== '' ? { source: input.source.trim() } : {}),
      ...(attachments.length > 0 ? { attachments } : {}),
      ...(seat !== undefined ? { seat } : {}),
    },
  });
}

/** An attachment of this drill, by hash: its registered name and type, and its bytes (checked against the hash). */
export function readEvidence(drills: DrillService, store: EvidenceStore, drillId: string, sha256: string): { name: string; mime: string; base64: string } {
  const found = attachmentsOf(drills.entries(drillId)).find((a) => a.sha256 === sha256);
  if (!found) throw new DrillRoomError('not_found.evidence', { sha256: printable(sha256) });
  // Whole files cross the call as text only when small; a video is opened through its viewer link ('evidence.view').
  if (found.size > MAX_INLINE_EVIDENCE_BYTES)
    throw new DrillRoomError('bad_evidence.too_large', { name: printable(found.name), sizeMiB: Math.round((found.size / 1048576) * 10) / 10, limitMiB: MAX_INLINE_EVIDENCE_BYTES / 1048576 });
  return { name: found.name, mime: found.mime, base64: store.read(sha256, found.name).toString('base64') };
}
