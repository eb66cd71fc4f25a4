// Host ports for plain Node (CLI, browser host, tests): saves go to an exports folder under a free (numbered) name, opens read from an imports folder.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DrillRoomError } from '../../shared/ipc/errors';
import { makeFolder } from '../files/atomicWrite';
import { checkBaseName } from '../files/baseName';
import { freePathIn } from '../files/exportFile';
import { Shelf } from '../files/shelf';
import type { HostPorts } from './ports';

/** A download link works once, within a minute of the export (the page follows it at once). */
const DOWNLOAD_MS = 60_000;

export function headlessPorts(exportDir: string, importDir = join(exportDir, '..', 'imports'), opts: { downloads?: boolean } = {}): HostPorts {
  // Names handed out but not yet written: two exports at once never get the same name.
  const reserved = new Set<string>();
  const downloads = new Shelf<{ path: string; name: string }>(DOWNLOAD_MS);
  return {
    host: 'browser',
    async chooseSavePath(defaultName) {
      checkBaseName(defaultName);
      makeFolder(exportDir);
      // No dialog asks here, so nothing is ever replaced: a second export gets 演练纪要-<drill>-2.docx.
      return freePathIn(exportDir, defaultName, reserved);
    },
    async chooseOpenPath(_filters, name) {
      if (name === undefined) return null;
      const path = join(importDir, checkBaseName(name));
      if (!existsSync(path)) throw new DrillRoomError('not_found.import_file', { name, folder: importDir });
      return path;
    },
    // No dialog: the page names the files it picked instead (see archive/rollup.ts).
    async chooseFolder() {
      return null;
    },
    async projector() {
      return false;
    },
    ...(opts.downloads
      ? {
          offerDownload: (path: string, name: string) => `/download/${downloads.put({ path, name })}`,
          takeDownload: (ticket: string) => downloads.take(ticket),
        }
      : {}),
  };
}
