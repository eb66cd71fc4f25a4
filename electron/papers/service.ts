// Papers export (文书) and the plan approval: build a paper from the drill's journal and save it atomically where the user chooses.
import { existsSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { SavedFile } from '../../shared/ipc/contract';
import type { Services } from '../app/compose';
import { writeFileAtomic } from '../files/atomicWrite';
import { storageError } from '../journal/errors';
import { sha256 } from '../journal/sha256';
import { safeFileName } from '../minutes/service';
import { scenarioVersion } from '../../shared/domain/scenarioVersion';
import { DrillFactsSchema } from '../../shared/domain/facts';
import { buildPaper } from './build';
import { papersText, type PaperKind } from './text';

/** The file name a paper is offered under: '<drill name><paper>.docx', as the minutes are named. */
export function paperFileName(drillName: string, paper: PaperKind, lang: 'zh-CN' | 'en', filled = false): string {
  const T = papersText(lang);
  const title = T.title(drillName, T.paper[paper]) + (paper === 'evaluation' && filled ? T.filledMark : '');
  return `${safeFileName(title)}.docx`;
}

/**
 * A save dialog asks before it overwrites; the browser host has none (it saves into its exports folder), so there an
 * existing file keeps its bytes and the new paper goes beside it as 'name (2).docx'.
 */
export function freePath(path: string): string {
  if (!existsSync(path)) return path;
  const ext = extname(path);
  const stem = basename(path, ext);
  for (let n = 2; ; n++) {
    const next = join(dirname(path), `${stem} (${n})${ext}`);
    if (!existsSync(next)) return next;
  }
}

export async function exportPaperFile(s: Services, drillId: string, paper: PaperKind, filled = false): Promise<SavedFile> {
  const entries = s.drills.entries(drillId);
  const state = s.drills.state(drillId);
  const bytes = await buildPaper(paper, entries, { exportedAt: s.clock.now(), filled });
  const name = paperFileName(DrillFactsSchema.parse(state.facts).name, paper, state.language, filled);
  const chosen = await s.ports.chooseSavePath(name, [{ name: 'Word', extensions: ['docx'] }]);
  if (!chosen) return { path: null, bytes: 0 };
  const path = s.ports.host === 'browser' ? freePath(chosen) : chosen;
  try {
    writeFileAtomic(path, bytes);
  } catch (e) {
    throw storageError(e, path);
  }
  return { path, bytes: bytes.length };
}

/** 批准方案: record the approval of the drill's plan; the hash is of the pack the drill runs (admission checks it). */
export function approvePlan(s: Services, drillId: string, approver: string): { seq: number } {
  const state = s.drills.state(drillId);
  const scenarioHash = scenarioVersion(state.scenario, sha256);
  const name = approver.trim();
  const e = s.drills.record(drillId, { kind: 'plan.approved', roleId: null, text: name, data: { scenarioHash, approver: name } });
  return { seq: e.seq };
}
