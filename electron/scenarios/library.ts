// Built-in scenario packs, read from the resources folder and validated once.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { facetsOf } from '../../shared/domain/library';
import { checkPackText, type ScenarioPack } from '../../shared/domain/scenario';
import type { ScenarioSummary } from '../../shared/ipc/contract';
import { DrillRoomError } from '../../shared/ipc/errors';

export class ScenarioLibrary {
  private readonly packs: ScenarioPack[];

  constructor(dir: string) {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
    this.packs = files.map((f) => {
      const res = checkPackText(readFileSync(join(dir, f), 'utf8'));
      if (!res.ok) throw new DrillRoomError('bad_pack', { file: f }, res.problems);
      return res.pack;
    });
  }

  list(): ScenarioSummary[] {
    return this.packs.map((p) => ({
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
      builtin: true,
    }));
  }

  get(id: string): ScenarioPack {
    const pack = this.packs.find((p) => p.id === id);
    if (!pack) throw new DrillRoomError('not_found.scenario', { scenarioId: id });
    return pack;
  }
}
