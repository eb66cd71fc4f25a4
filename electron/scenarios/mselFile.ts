// MSEL files from disk or the renderer: bytes decoded (UTF-8 with or without BOM, else GBK) and checked against a pack's roles.
import { readFileSync, statSync } from 'node:fs';
// iconv-lite, not TextDecoder('gbk'): Node 20 here decodes GBK with its full ICU, but whether Electron's main process
// (Node linked against Chromium's trimmed ICU data) carries the GBK converter cannot be checked without the Electron
// binary, which these machines cannot download. An MSEL from a Chinese Excel is GBK more often than not, so the 200 kB
// pure-JS decoder stays until `npm run check:electron` on a machine with Electron shows TextDecoder('gbk') works there.
import iconv from 'iconv-lite';
import { checkPackText, type Inject } from '../../shared/domain/scenario';
import { DrillRoomError } from '../../shared/ipc/errors';
import { formatMselProblem, parseMsel, type MselProblem } from '../../shared/scenario/msel';
import { DEFAULT_ROLES, rolesOfPack, type NamedRole } from '../../shared/scenario/roles';
import type { ScenarioLibrary } from './library';

/** A spreadsheet of injects is small; anything above this is not an MSEL. */
export const MAX_MSEL_BYTES = 10 * 1024 * 1024;

export type MselEncoding = 'utf-8' | 'gbk' | 'utf-16le' | 'utf-16be';

/**
 * Excel's "CSV UTF-8" writes a BOM, WPS and scripts often do not, and plain "CSV" on a Chinese Windows is GBK
 * (code page 936). Bytes that are valid UTF-8 are read as UTF-8; anything else as GBK.
 */
export function decodeMsel(bytes: Uint8Array): { text: string; encoding: MselEncoding } {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b[0] === 0xff && b[1] === 0xfe) return { text: iconv.decode(b.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (b[0] === 0xfe && b[1] === 0xff) return { text: iconv.decode(b.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  const body = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? b.subarray(3) : b;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(b, 'gbk'), encoding: 'gbk' };
  }
}

export function readMselFile(path: string): { text: string; encoding: MselEncoding } {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new DrillRoomError('not_found.file', { path });
  }
  if (size > MAX_MSEL_BYTES) throw new DrillRoomError('bad_msel.too_large', { limitMiB: MAX_MSEL_BYTES / 1024 / 1024 });
  return decodeMsel(readFileSync(path));
}

/** The roles injects may target: a pack's (its JSON text), else the nine default roles. */
export function mselRoles(packText: string | undefined): NamedRole[] {
  if (packText === undefined) return [...DEFAULT_ROLES];
  const res = checkPackText(packText);
  if (!res.ok) throw new DrillRoomError('bad_pack', {}, res.problems);
  return rolesOfPack(res.pack.roles);
}

/** Problems as a typed error the UI lists row by row ("第 5 行 “渠道”: 不能为空"). */
export function badMsel(problems: MselProblem[]): DrillRoomError {
  return new DrillRoomError(
    'bad_msel',
    { count: problems.length },
    problems.map((p) => ({
      field: formatMselProblem({ ...p, reason: '' }).replace(/: $/, ''),
      fieldEn: formatMselProblem({ ...p, reasonEn: '' }, 'en').replace(/: $/, ''),
      reason: p.reason,
      reasonEn: p.reasonEn,
      line: p.line,
      column: p.column,
    })),
  );
}

/** The 'scenario.importMsel' call: check the CSV against a built-in pack, a pack text, or the default roles. */
export function importMsel(
  scenarios: ScenarioLibrary,
  input: { packText?: string | undefined; scenarioId?: string | undefined; csvBase64: string },
): { injects: Inject[] } {
  const bytes = Buffer.from(input.csvBase64, 'base64');
  if (bytes.byteLength > MAX_MSEL_BYTES) throw new DrillRoomError('bad_msel.too_large', { limitMiB: MAX_MSEL_BYTES / 1024 / 1024 });
  const roles = input.scenarioId !== undefined ? rolesOfPack(scenarios.get(input.scenarioId).roles) : mselRoles(input.packText);
  const res = parseMsel(decodeMsel(bytes).text, roles);
  if (!res.ok) throw badMsel(res.problems);
  return { injects: res.injects };
}
