// Command-line plumbing: options, output, exit codes and the user's language for messages.
import { DrillRoomError } from '../../shared/ipc/errors';

export interface CliIO {
  out: (line: string) => void;
  err: (line: string) => void;
}

export interface Command {
  /** Words that name the command, e.g. ['scenario', 'check']. */
  words: string[];
  usage: string;
  summary: string;
  run: (args: string[], io: CliIO) => Promise<number> | number;
}

/** `--name value` options and positional words. */
export function parseOptions(args: string[], known: string[], flags: string[] = []): { options: Record<string, string>; positional: string[] } {
  const options: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
      if (flags.includes(name) && inline === undefined) {
        options[name] = 'yes';
        continue;
      }
      if (!known.includes(name)) throw new DrillRoomError('invalid_input', { detail: `未知选项 --${name}` });
      const value = inline ?? args[++i];
      if (value === undefined) throw new DrillRoomError('invalid_input', { detail: `选项 --${name} 缺少取值` });
      options[name] = value;
    } else positional.push(a);
  }
  return { options, positional };
}

export function need(value: string | undefined, what: string): string {
  if (!value) throw new DrillRoomError('invalid_input', { detail: `缺少 ${what}` });
  return value;
}
