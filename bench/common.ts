// Shared bench helpers: a work folder on the repo's disk, medians, number formatting, the result row type.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { REPO_ROOT, SOURCE_RESOURCES } from '../electron/app/paths';
import { ScenarioPackSchema, type ScenarioPack } from '../shared/domain/scenario';

/** One line of bench/results.md. */
export interface Figure {
  figure: string;
  goal: string;
  measured: string;
  met: 'yes' | 'no' | '—';
}

/** A fresh folder under bench/.work (git-ignored), on the same disk as the repository. */
export function workDir(prefix: string): string {
  const root = resolve(REPO_ROOT, 'bench/.work');
  mkdirSync(root, { recursive: true });
  return mkdtempSync(join(root, `${prefix}-`));
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export const fmt = (n: number, digits = 2): string => n.toFixed(digits);
export const met = (ok: boolean): 'yes' | 'no' => (ok ? 'yes' : 'no');

export function seedPack(id = 'anonymous-email'): ScenarioPack {
  return ScenarioPackSchema.parse(JSON.parse(readFileSync(join(SOURCE_RESOURCES, 'scenarios', `${id}.json`), 'utf8')));
}

export const FACTS = { name: '性能测试演练', place: '', organiser: '', facilitator: '', scribe: '', reviewer: '', participants: {} };

export function log(msg: string): void {
  process.stderr.write(`[bench] ${msg}\n`);
}

/**
 * Put one bench's own section into bench/results.md between `<!-- name ... -->` and `<!-- /name -->` (replacing the
 * last one, or appended): a bench run on its own keeps the rest of the file.
 */
export function writeResultsSection(name: string, section: string): void {
  const path = join(REPO_ROOT, 'bench/results.md');
  const close = `<!-- /${name} -->`;
  const body = `${section.trimEnd()}\n${close}\n`;
  const old = readFileSync(path, 'utf8');
  const start = old.indexOf(`<!-- ${name}`);
  const end = old.indexOf(close);
  writeFileSync(path, start >= 0 && end > start ? old.slice(0, start) + body + old.slice(end + close.length + 1) : `${old.trimEnd()}\n\n${body}`);
}
