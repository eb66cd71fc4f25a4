// Host ports for plain Node (CLI, tests): saves go to a fixed folder, there is no projector window.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { HostPorts } from './ports';

export function headlessPorts(exportDir: string): HostPorts {
  return {
    host: 'browser',
    async chooseSavePath(defaultName) {
      mkdirSync(exportDir, { recursive: true });
      return join(exportDir, defaultName);
    },
    async projector() {
      return false;
    },
  };
}
