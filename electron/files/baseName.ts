// Ports take a file's base name, never a path: a name with a separator, a parent step or a device name is refused.
import { DrillRoomError } from '../../shared/ipc/errors';
import { nameProblem, printable } from '../evidence/names';

export function checkBaseName(name: string): string {
  const p = nameProblem(name);
  if (p) throw new DrillRoomError('invalid_input', { detail: `文件名“${printable(name)}”不可用:${p.zh}` });
  return name;
}
