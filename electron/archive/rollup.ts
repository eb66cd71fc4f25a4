// Head office roll-up: import many branches' archives at once. Each is verified and imported in its own transaction;
// a bad one is named with its reason and skipped; an archive already in the database (same drill, same final hash) is recognised.
import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { RollupItem, RollupProgress, RollupReport } from '../../shared/ipc/rollup';
import { DrillRoomError } from '../../shared/ipc/errors';
import type { Services } from '../app/compose';
import { openArchive } from './archiveReader';
import { ARCHIVE_EXTENSION } from './format';
import { importOpened } from './service';

const ARCHIVE_FILTERS = [{ name: '演练档案', extensions: [ARCHIVE_EXTENSION] }];
const IDLE: RollupProgress = { running: false, done: 0, total: 0, current: null, imported: 0, duplicates: 0, failed: 0 };
const progressOf = new WeakMap<Services, RollupProgress>();

/** Where the running (or last) roll-up is: the page polls this while its import call is under way. */
export function rollupProgress(s: Services): RollupProgress {
  return { ...(progressOf.get(s) ?? IDLE) };
}

/** The .drill files directly inside a folder, by name. */
export function archivesIn(folder: string): string[] {
  return readdirSync(folder)
    .filter((n) => n.toLowerCase().endsWith(`.${ARCHIVE_EXTENSION}`))
    .map((n) => join(folder, n))
    .filter((p) => statSync(p).isFile())
    .sort((a, b) => a.localeCompare(b));
}

/**
 * Electron: the user picks a folder and every archive in it is imported. The browser host cannot pick a folder: the
 * page names the files it picked (a multi-file upload) and main reads each from its imports folder. Null when cancelled.
 */
export async function importArchiveFolder(s: Services, names?: readonly string[]): Promise<RollupReport | null> {
  let paths: (string | RollupItem)[];
  if (names && names.length) {
    paths = [];
    for (const name of names) {
      let path: string | null;
      try {
        path = await s.ports.chooseOpenPath(ARCHIVE_FILTERS, name);
      } catch (e) {
        paths.push(failed(name, null, e));
        continue;
      }
      // A host with an open dialog asks instead of reading a name; the user cancelling it cancels the roll-up.
      if (path === null) return null;
      paths.push(path);
    }
  } else {
    const folder = await s.ports.chooseFolder();
    if (!folder) return null;
    paths = archivesIn(folder);
  }
  return importArchives(s, paths);
}

const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Import archives one by one, yielding between them so progress can be read and the window stays responsive.
 * An item given as a RollupItem already failed (a picked name that is not in the imports folder) and is only reported.
 */
export async function importArchives(s: Services, paths: readonly (string | RollupItem)[]): Promise<RollupReport> {
  if (progressOf.get(s)?.running) throw new DrillRoomError('bad_state.rollup_running');
  const progress: RollupProgress = { ...IDLE, running: true, total: paths.length };
  progressOf.set(s, progress);
  const items: RollupItem[] = [];
  try {
    for (const path of paths) {
      progress.current = typeof path === 'string' ? basename(path) : path.name;
      await yieldToEvents();
      const item = typeof path === 'string' ? importOne(s, path) : path;
      items.push(item);
      progress.done += 1;
      if (item.outcome === 'imported') progress.imported += 1;
      else if (item.outcome === 'duplicate') progress.duplicates += 1;
      else progress.failed += 1;
    }
  } finally {
    progress.running = false;
    progress.current = null;
  }
  return { items, imported: progress.imported, duplicates: progress.duplicates, failed: progress.failed };
}

function importOne(s: Services, path: string): RollupItem {
  const name = basename(path);
  let drillId: string | null = null;
  try {
    const archive = openArchive(path);
    try {
      drillId = archive.manifest.drillId;
      if (s.journal.drill(drillId)) {
        const head = s.journal.chainHead(drillId);
        if (head?.hash === archive.manifest.finalHash) return { name, outcome: 'duplicate', drillId, error: null };
        throw new DrillRoomError('bad_archive.other_record', { drillId, local: head?.hash.slice(0, 12) ?? '—', archive: archive.manifest.finalHash.slice(0, 12) });
      }
      importOpened(s, archive);
      return { name, outcome: 'imported', drillId, error: null };
    } finally {
      archive.close();
    }
  } catch (e) {
    return failed(name, drillId, e);
  }
}

function failed(name: string, drillId: string | null, e: unknown): RollupItem {
  const err = e instanceof DrillRoomError ? e : new DrillRoomError('internal', { detail: String((e as Error)?.message ?? e).slice(0, 200) });
  return { name, outcome: 'failed', drillId, error: err.payload };
}
