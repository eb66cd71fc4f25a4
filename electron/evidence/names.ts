// Which attachment names the evidence register accepts: no path tricks, no control characters, nothing Windows reserves.
import { DrillRoomError } from '../../shared/ipc/errors';
import { clipText } from '../../shared/domain/text';
import type { ReasonKey } from '../../shared/i18n/errors';

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const WINDOWS_FORBIDDEN = /[<>:"|?*]/;
const MAX_NAME_BYTES = 255;

/** Why a name is refused (a reason key of shared/i18n/errors.ts), or null when it is fine. */
export function nameProblem(name: string): ReasonKey | null {
  if (name.trim() === '') return 'name_empty';
  if (CONTROL.test(name)) return 'name_control';
  if (name.includes('/') || name.includes('\\')) return 'name_separator';
  if (name === '.' || name === '..' || name.startsWith('..')) return 'name_parent';
  if (WINDOWS_RESERVED.test(name.trim())) return 'name_reserved';
  if (WINDOWS_FORBIDDEN.test(name)) return 'name_forbidden';
  if (/[. ]$/.test(name)) return 'name_trailing';
  if (new TextEncoder().encode(name).byteLength > MAX_NAME_BYTES) return 'name_too_long';
  return null;
}

/** Throws a DrillRoomError that tells the user how to fix the name. */
export function checkEvidenceName(name: string): void {
  const reason = nameProblem(name);
  if (reason) throw new DrillRoomError('bad_evidence.name', { name: printable(name), reason });
}

/** A name as it can be shown in a message: control characters visible, long names cut. */
export function printable(name: string): string {
  // eslint-disable-next-line no-control-regex
  const shown = name.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return shown.length > 80 ? `${clipText(shown, 80)}…` : shown;
}

/** "image/png"; anything else (empty, odd) reads as application/octet-stream. */
export function normaliseMime(mime: string): string {
  const m = mime.trim().toLowerCase();
  return /^[a-z0-9][a-z0-9!#$&^_.+-]{0,63}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,63}$/.test(m) ? m : 'application/octet-stream';
}
