// Builds hash-chained entry lists by hand, for pure tests of fold, indicators and chain checks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entryHash } from '../../shared/domain/chain';
import { GENESIS_HASH, type AnyEntry, type EntryData, type EntryKind } from '../../shared/domain/entry';
import { DrillFactsSchema } from '../../shared/domain/facts';
import { ScenarioPackSchema, type ScenarioPack } from '../../shared/domain/scenario';
import { SOURCE_RESOURCES } from '../../electron/app/paths';
import { sha256 } from '../../electron/journal/sha256';

export function seedPack(id: 'anonymous-email' | 'transfer-failure'): ScenarioPack {
  return ScenarioPackSchema.parse(JSON.parse(readFileSync(join(SOURCE_RESOURCES, 'scenarios', `${id}.json`), 'utf8')));
}

export const T0 = Date.UTC(2026, 10, 28, 1, 0, 0);

export class EntryList {
  readonly entries: AnyEntry[] = [];
  constructor(
    readonly pack: ScenarioPack,
    readonly drillId = 'D-test',
  ) {
    this.add('drill.setup', 0, {
      facts: DrillFactsSchema.parse({ name: '测试演练' }),
      scenario: pack,
      language: 'zh-CN',
      tzOffsetMin: -480,
    });
  }

  /** Append an entry at drill time clockMs (wall time = T0 + clockMs + pausedMs). */
  add<K extends EntryKind>(kind: K, clockMs: number, data: EntryData<K>, opts: { roleId?: string | null; text?: string; at?: number; phaseId?: string | null } = {}): AnyEntry {
    const prev = this.entries[this.entries.length - 1];
    const base = {
      drillId: this.drillId,
      seq: this.entries.length + 1,
      kind,
      at: opts.at ?? T0 + clockMs,
      clockMs,
      phaseId: opts.phaseId ?? null,
      roleId: opts.roleId ?? null,
      text: opts.text ?? '',
      data,
      prevHash: prev?.hash ?? GENESIS_HASH,
    };
    const e = { ...base, hash: entryHash(base as never, sha256) } as AnyEntry;
    this.entries.push(e);
    return e;
  }
}
