// Which attachment names the evidence register accepts: no path tricks, no control characters, nothing Windows reserves.
import { DrillRoomError } from '../../shared/ipc/errors';
import { clipText } from '../../shared/domain/text';

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const WINDOWS_FORBIDDEN = /[<>:"|?*]/;
const MAX_NAME_BYTES = 255;

/** The reason a name is refused, in Chinese and English, or null when it is fine. */
export function nameProblem(name: string): { zh: string; en: string } | null {
  if (name.trim() === '') return { zh: '名称为空', en: 'the name is empty' };
  if (CONTROL.test(name)) return { zh: '名称含有控制字符', en: 'the name contains control characters' };
  if (name.includes('/') || name.includes('\\')) return { zh: '名称不能含有路径分隔符 / 或 \\', en: 'the name must not contain a path separator / or \\' };
  if (name === '.' || name === '..' || name.startsWith('..')) return { zh: '名称不能指向上级目录', en: 'the name must not point at a parent folder' };
  if (WINDOWS_RESERVED.test(name.trim())) return { zh: '这是 Windows 保留的设备名', en: 'it is a device name Windows reserves' };
  if (WINDOWS_FORBIDDEN.test(name)) return { zh: '名称含有 Windows 不允许的字符 < > : " | ? *', en: 'the name contains a character Windows does not allow (< > : " | ? *)' };
  if (/[. ]$/.test(name)) return { zh: '名称不能以点或空格结尾', en: 'the name must not end with a dot or a space' };
  if (new TextEncoder().encode(name).byteLength > MAX_NAME_BYTES) return { zh: `名称过长(最多 ${MAX_NAME_BYTES} 字节)`, en: `the name is too long (at most ${MAX_NAME_BYTES} bytes)` };
  return null;
}

/** Throws a DrillRoomError that tells the user how to fix the name. */
export function checkEvidenceName(name: string): void {
  const p = nameProblem(name);
  if (p) throw new DrillRoomError('bad_evidence.name', { name: printable(name), reason: p.zh, reasonEn: p.en });
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
