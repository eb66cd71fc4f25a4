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
    throw new DrillRoomError('invalid_input', { detail: `${path} 不是可读取的 Word 纪要(${(e as Error).message})` });
  }
  const m = DESCRIPTION.exec(core);
  if (!m) throw new DrillRoomError('invalid_input', { detail: `${path} 中找不到演练台写入的纪要凭据(演练编号、记录条数、最终哈希)` });
  return { drillId: m[1]!, entryCount: Number(m[2]), finalHash: m[3]! };
}
