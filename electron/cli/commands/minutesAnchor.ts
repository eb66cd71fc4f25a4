// Reads the anchor a minutes .docx carries (drill id, entry count, final hash), to check an archive against the signed copy.
import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { DrillRoomError } from '../../../shared/ipc/errors';

export interface MinutesAnchor {
  drillId: string;
  entryCount: number;
  finalHash: string;
}

/** The description the minutes write into docProps/core.xml: `drill <id>; <n> entries; final hash <sha256>`. */
const DESCRIPTION = /drill (\S+); (\d+) entries; final hash ([0-9a-f]{64})/;

export function readMinutesAnchor(path: string): MinutesAnchor {
  let core: string;
  try {
    const files = unzipSync(readFileSync(path), { filter: (f) => f.name === 'docProps/core.xml' || f.name === 'word/document.xml' });
    core = strFromU8(files['docProps/core.xml'] ?? new Uint8Array()) + strFromU8(files['word/document.xml'] ?? new Uint8Array());
  } catch (e) {
    throw new DrillRoomError('invalid_input.minutes_unreadable', { path, detail: (e as Error).message });
  }
  const m = DESCRIPTION.exec(core);
  if (!m) throw new DrillRoomError('invalid_input.minutes_no_anchor', { path });
  return { drillId: m[1]!, entryCount: Number(m[2]), finalHash: m[3]! };
}
