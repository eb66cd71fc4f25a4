// The evidence desk: files staged into the store before their entry (HTTP uploads, files the desktop user picked), and viewer links to stored ones.
import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import { evidenceRefusal, evidenceTypeOf, EVIDENCE_EXTENSIONS, EVIDENCE_LIMIT_BYTES, viewKindOf } from '../../shared/domain/evidenceRules';
import { seatRefusal, type Principal } from '../../shared/ipc/capabilities';
import type { StagedEvidence, PickedEvidence, EvidenceView } from '../../shared/ipc/contract';
import { DrillRoomError } from '../../shared/ipc/errors';
import type { HostPorts } from '../app/ports';
import type { DrillService } from '../drill/drills';
import { Shelf } from '../files/shelf';
import { ingestStream } from './ingest';
import { checkEvidenceName, printable } from './names';
import { attachmentsOf, type Attachment, type EvidenceStore } from './store';

interface Staged extends Attachment {
  drillId: string;
  roleId: string;
  owner: string;
}
interface Picked {
  path: string;
  name: string;
  size: number;
  mime: string;
  drillId: string;
  roleId: string;
}
/** What a viewer link opens: one stored file of one drill, for the principal that asked. */
export interface MediaTicket {
  sha256: string;
  name: string;
  mime: string;
  principal: Principal;
}

const ownerOf = (p: Principal) => (p.kind === 'role' ? `seat:${p.seatId}` : 'facilitator');
/** A staged upload waits this long for its entry; a viewer link lasts as long as a long video is watched. */
const STAGED_MS = 6 * 60 * 60 * 1000;
const VIEW_MS = 4 * 60 * 60 * 1000;

export type ProgressListener = (p: { drillId: string; pick: string; done: number; total: number }) => void;

export class EvidenceDesk {
  private staged = new Shelf<Staged>(STAGED_MS);
  private picked = new Shelf<Picked>(STAGED_MS);
  readonly media = new Shelf<MediaTicket>(VIEW_MS);
  private running = new Map<string, AbortController>();
  private listeners = new Set<ProgressListener>();

  constructor(
    private readonly drills: DrillService,
    private readonly store: EvidenceStore,
    private readonly ports: HostPorts,
  ) {}

  onProgress(fn: ProgressListener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /**
   * Everything that can be refused before a byte moves: the seat's capability (as for 'evidence.attach'), the drill's
   * admission rules, the name, the type and the declared size.
   */
  precheck(principal: Principal, meta: { drillId: string; roleId: string; name: string; size: number }): { mime: string } {
    const refused = seatRefusal(principal, 'evidence.attach', meta);
    if (refused) throw new DrillRoomError(refused.key, refused.params);
    this.drills.admit(meta.drillId, { kind: 'evidence', roleId: meta.roleId, text: meta.name, data: {} });
    checkEvidenceName(meta.name);
    const r = evidenceRefusal(meta.name, meta.size);
    if (r) throw new DrillRoomError(r.key, { ...r.params, name: printable(meta.name) });
    return { mime: evidenceTypeOf(meta.name)!.mime };
  }

  /** An HTTP body (browser host, seat) streamed into the store; staged for the evidence entry that names it. */
  async receive(
    principal: Principal,
    meta: { drillId: string; roleId: string; name: string; size: number },
    body: AsyncIterable<Uint8Array>,
    signal?: AbortSignal,
  ): Promise<StagedEvidence> {
    const { mime } = this.precheck(principal, meta);
    const { sha256, size } = await ingestStream(this.store, body, { size: meta.size, name: meta.name, ...(signal ? { signal } : {}) });
    return this.stage({ sha256, size, name: meta.name, mime, drillId: meta.drillId, roleId: meta.roleId, owner: ownerOf(principal) });
  }

  /** The desktop app: the native open dialog; main remembers the path under a token (the renderer never sees it). */
  async pick(drillId: string, roleId: string): Promise<PickedEvidence | null> {
    this.drills.admit(drillId, { kind: 'evidence', roleId, text: '—', data: {} });
    const path = await this.ports.chooseOpenPath([{ name: '证据 Evidence', extensions: [...EVIDENCE_EXTENSIONS] }]);
    if (!path) return null;
    const name = basename(path);
    let size: number;
    try {
      size = statSync(path).size;
    } catch {
      throw new DrillRoomError('not_found.file', { path: printable(name) });
    }
    const { mime } = this.precheck({ kind: 'facilitator' }, { drillId, roleId, name, size });
    const pick = this.picked.put({ path, name, size, mime, drillId, roleId });
    return { pick, name, size, mime, limit: EVIDENCE_LIMIT_BYTES };
  }

  /** Main reads the picked file itself, hashing as it streams, with progress pushes; `cancel` stops it. */
  async ingestPick(drillId: string, roleId: string, pick: string): Promise<StagedEvidence> {
    const p = this.picked.take(pick);
    if (!p || p.drillId !== drillId || p.roleId !== roleId) throw new DrillRoomError('not_found.upload');
    const stop = new AbortController();
    this.running.set(pick, stop);
    try {
      const { sha256, size } = await ingestStream(this.store, createReadStream(p.path, { highWaterMark: 1024 * 1024, signal: stop.signal }), {
        size: p.size,
        name: p.name,
        signal: stop.signal,
        onProgress: (done) => this.listeners.forEach((fn) => fn({ drillId, pick, done, total: p.size })),
      });
      return this.stage({ sha256, size, name: p.name, mime: p.mime, drillId, roleId, owner: 'facilitator' });
    } catch (err) {
      if (stop.signal.aborted) throw new DrillRoomError('bad_evidence.cancelled', { name: printable(p.name) });
      throw err;
    } finally {
      this.running.delete(pick);
    }
  }

  cancel(pick: string): { cancelled: boolean } {
    const run = this.running.get(pick);
    this.picked.drop(pick);
    run?.abort();
    return { cancelled: run !== undefined };
  }

  /** The staged files an evidence entry names, taken: each only once, by the same caller, for the same drill and role. */
  claim(principal: Principal, drillId: string, roleId: string, tokens: readonly string[]): Attachment[] {
    const found = tokens.map((t) => {
      const s = this.staged.peek(t);
      if (!s || s.owner !== ownerOf(principal) || s.drillId !== drillId || s.roleId !== roleId) throw new DrillRoomError('not_found.upload');
      return s;
    });
    tokens.forEach((t) => this.staged.drop(t));
    return found.map(({ sha256, name, size, mime }) => ({ sha256, name, size, mime }));
  }

  /** A viewer link for an attachment of this drill: served with its registered type and Range support. */
  view(principal: Principal, drillId: string, sha256: string): EvidenceView {
    const found = attachmentsOf(this.drills.entries(drillId)).find((a) => a.sha256 === sha256);
    if (!found) throw new DrillRoomError('not_found.evidence', { sha256: printable(sha256) });
    if (!this.store.has(sha256)) throw new DrillRoomError('not_found.evidence_file', { sha256, name: printable(found.name) });
    const mime = evidenceTypeOf(found.name)?.mime ?? found.mime;
    const kind = viewKindOf(mime);
    const token = this.media.put({ sha256, name: found.name, mime, principal });
    return { url: `/media/${token}`, name: found.name, mime, kind, size: found.size };
  }

  private stage(s: Staged): StagedEvidence {
    const upload = this.staged.put(s);
    return { upload, sha256: s.sha256, size: s.size, name: s.name, mime: s.mime };
  }
}
