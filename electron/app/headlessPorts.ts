// Host ports for plain Node (CLI, browser host, tests): saves go to an exports folder, opens read from an imports folder.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DrillRoomError } from '../../shared/ipc/errors';
import { makeFolder } from '../files/atomicWrite';
import { checkBaseName } from '../files/baseName';
import type { HostPorts } from './ports';

export function headlessPorts(exportDir: string, importDir = join(exportDir, '..', 'imports')): HostPorts {
  return {
    host: 'browser',
    async chooseSavePath(defaultName) {
      checkBaseName(defaultName);
      makeFolder(exportDir);
      return join(exportDir, defaultName);
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
  };
}
