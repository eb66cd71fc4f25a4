// 我的剧本: the user's own packs kept in the journal database, versioned by content hash; the built-ins stay read-only.
import type { Database } from 'better-sqlite3';
import { canonicalJson } from '../../shared/domain/canonical';
import { checkPackText, type ScenarioPack } from '../../shared/domain/scenario';
import { scenarioVersion } from '../../shared/domain/scenarioVersion';
import type { UserPackSaved, UserPackVersion } from '../../shared/ipc/contract';
import { DrillRoomError } from '../../shared/ipc/errors';
import { sha256 } from '../journal/sha256';

interface Row {
  pack_id: string;
  version: string;
  title: string;
  json: string;
  saved_at: number;
  source_name: string | null;
}

export interface UserPackHead {
  pack: ScenarioPack;
  version: string;
  savedAt: number;
  versions: number;
}

export class UserPacks {
  constructor(
    private readonly db: Database,
    private readonly isBuiltin: (id: string) => boolean,
    private readonly now: () => number,
  ) {}

  /**
   * Keeps a pack (text as a file holds it): checked, refused for a built-in's id, stored as a new version when its
   * content is new; the same content again is the same version (it becomes the latest, no duplicate row).
   */
  save(packText: string, sourceName?: string): UserPackSaved {
    const res = checkPackText(packText);
    if (!res.ok) throw new DrillRoomError('bad_pack', {}, res.problems);
    const pack = res.pack;
    if (this.isBuiltin(pack.id)) throw new DrillRoomError('bad_pack.builtin_readonly', { id: pack.id });
    const version = scenarioVersion(pack, sha256);
    const at = this.now();
    const created = this.db.transaction(() => {
      const had = this.db.prepare('SELECT 1 FROM user_packs WHERE pack_id = ? AND version = ?').get(pack.id, version) !== undefined;
      const seq = (this.db.prepare('SELECT COALESCE(MAX(save_seq), 0) + 1 AS n FROM user_packs').get() as { n: number }).n;
      if (had) this.db.prepare('UPDATE user_packs SET saved_at = ?, save_seq = ? WHERE pack_id = ? AND version = ?').run(at, seq, pack.id, version);
      else
        this.db
          .prepare('INSERT INTO user_packs (pack_id, version, title, json, saved_at, save_seq, source_name) VALUES (?, ?, ?, ?, ?, ?, ?)')
          .run(pack.id, version, pack.title, canonicalJson(pack), at, seq, sourceName ?? null);
      this.db.prepare('DELETE FROM user_pack_hidden WHERE pack_id = ?').run(pack.id);
      return !had;
    }).immediate();
    return { id: pack.id, version, created, versions: this.count(pack.id) };
  }

  /** The latest version of every pack not hidden, newest save first. */
  heads(): UserPackHead[] {
    const rows = this.db
      .prepare(
        `SELECT p.*, (SELECT COUNT(*) FROM user_packs q WHERE q.pack_id = p.pack_id) AS n FROM user_packs p
         WHERE p.pack_id NOT IN (SELECT pack_id FROM user_pack_hidden)
           AND p.save_seq = (SELECT MAX(save_seq) FROM user_packs q WHERE q.pack_id = p.pack_id)
         ORDER BY p.save_seq DESC`,
      )
      .all() as Array<Row & { n: number }>;
    return rows.map((r) => ({ pack: this.parse(r), version: r.version, savedAt: r.saved_at, versions: r.n }));
  }

  /** Every version of one pack, the latest first. */
  versions(id: string): UserPackVersion[] {
    const rows = this.db.prepare('SELECT * FROM user_packs WHERE pack_id = ? ORDER BY save_seq DESC').all(id) as Row[];
    if (rows.length === 0) throw new DrillRoomError('not_found.user_pack', { id, version: '' });
    return rows.map((r) => ({ version: r.version, title: r.title, savedAt: r.saved_at, sourceName: r.source_name }));
  }

  has(id: string): boolean {
    return this.db.prepare('SELECT 1 FROM user_packs WHERE pack_id = ? AND pack_id NOT IN (SELECT pack_id FROM user_pack_hidden)').get(id) !== undefined;
  }

  /** One version (the latest when none is named); a hidden pack is still readable by an explicit version. */
  get(id: string, version?: string): ScenarioPack {
    const row = (
      version === undefined
        ? this.db.prepare('SELECT * FROM user_packs WHERE pack_id = ? ORDER BY save_seq DESC LIMIT 1').get(id)
        : this.db.prepare('SELECT * FROM user_packs WHERE pack_id = ? AND version = ?').get(id, version)
    ) as Row | undefined;
    if (!row) throw new DrillRoomError('not_found.user_pack', { id, version: version ? ` (${version.slice(0, 12)})` : '' });
    return this.parse(row);
  }

  /** Deleting a user pack hides it from the picker; its versions stay (and drills keep their own copy in drill.setup). */
  hide(id: string): void {
    if (this.isBuiltin(id)) throw new DrillRoomError('bad_pack.builtin_readonly', { id });
    this.versions(id);
    this.db.prepare('INSERT INTO user_pack_hidden (pack_id, hidden_at) VALUES (?, ?) ON CONFLICT(pack_id) DO NOTHING').run(id, this.now());
  }

  private count(id: string): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM user_packs WHERE pack_id = ?').get(id) as { n: number }).n;
  }

  private parse(r: Row): ScenarioPack {
    const res = checkPackText(r.json);
    if (!res.ok) throw new DrillRoomError('bad_pack', { file: r.pack_id }, res.problems);
    return res.pack;
  }
}
