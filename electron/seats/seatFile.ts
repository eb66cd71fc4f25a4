// seats.json in the data folder: which drill has seats open where, and the seats' token digests, so a restart brings them back.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../files/atomicWrite';
import type { StoredSeat } from './registry';

export interface SeatFile {
  open: boolean;
  drillId: string;
  address: string;
  port: number;
  seats: StoredSeat[];
}

const FILE = 'seats.json';

export function loadSeatFile(dataDir: string): SeatFile | null {
  const path = join(dataDir, FILE);
  if (!existsSync(path)) return null;
  try {
    const f = JSON.parse(readFileSync(path, 'utf8')) as SeatFile;
    return typeof f.drillId === 'string' && typeof f.address === 'string' && Number.isInteger(f.port) && Array.isArray(f.seats) ? f : null;
  } catch {
    return null;
  }
}

/** Null removes the file: seats closed on purpose are not reopened. */
export function saveSeatFile(dataDir: string, file: SeatFile | null): void {
  const path = join(dataDir, FILE);
  if (file === null) return void rmSync(path, { force: true });
  writeFileAtomic(path, Buffer.from(JSON.stringify(file), 'utf8'));
}
