// Built-in scenario packs, read from the resources folder and validated once.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { facetsOf } from '../../shared/domain/library';
import { checkPackText, type ScenarioPack } from '../../shared/domain/scenario';
import type { ScenarioSummary } from '../../shared/ipc/contract';
import { DrillRoomError } from '../../shared/ipc/errors';
import type { UserPacks } from './userPacks';

export class ScenarioLibrary {
  private readonly packs: ScenarioPack[];
  /** 我的剧本, once the journal is open (compose.ts); the built-ins come first and stay read-only. */
  private user: UserPacks | null = null;

  constructor(dir: string) {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
    this.packs = files.map((f) => {
      const res = checkPackText(readFileSync(join(dir, f), 'utf8'));
      if (!res.ok) throw new DrillRoomError('bad_pack', { file: f }, res.problems);
      return res.pack;
    });
  }

  withUserPacks(user: UserPacks): void {
    this.user = user;
  }

  isBuiltin(id: string): boolean {
    return this.packs.some((p) => p.id === id);
  }

  /** The built-ins, then the latest version of each of the user's own packs (with its version and count). */
  list(): ScenarioSummary[] {
    const mine: ScenarioSummary[] = (this.user?.heads() ?? []).map((h) => ({ ...summaryOf(h.pack, false), version: h.version, versions: h.versions, savedAt: h.savedAt }));
    return [...this.packs.map((p) => summaryOf(p, true)), ...mine];
  }

  get(id: string): ScenarioPack {
    const pack = this.packs.find((p) => p.id === id);
    if (pack) return pack;
    if (this.user?.has(id)) return this.user.get(id);
    throw new DrillRoomError('not_found.scenario', { scenarioId: id });
  }
}

function summaryOf(p: ScenarioPack, builtin: boolean): ScenarioSummary {
  return {
    id: p.id,
    title: p.title,
    titleEn: p.titleEn,
    summary: p.summary,
    summaryEn: p.summaryEn,
    severity: p.severity?.grade,
    ...facetsOf(p),
    phases: p.phases.length,
    roles: p.roles.length,
    injects: p.injects.length,
    builtin,
  };
}
