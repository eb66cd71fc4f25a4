// Ports take a file's base name, never a path: a name with a separator, a parent step or a device name is refused.
import { DrillRoomError } from '../../shared/ipc/errors';
import { nameProblem, printable } from '../evidence/names';

export function checkBaseName(name: string): string {
  const reason = nameProblem(name);
  if (reason) throw new DrillRoomError('invalid_input.file_name', { name: printable(name), reason });
  return name;
}
