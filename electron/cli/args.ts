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

/** Refusals of the command line itself (the runner prints the command's usage line after them). */
export const USAGE_KEYS: ReadonlySet<string> = new Set([
  'invalid_input.cli_unknown_option',
  'invalid_input.cli_missing_value',
  'invalid_input.cli_extra_argument',
  'invalid_input.cli_missing',
]);

/**
 * `--name value` (or `--name=value`) options and positional words. An unknown option, an option without its value
 * and more than `maxPositional` words are refused, never ignored: a mistyped `--expect` must not pass as a plain run.
 */
export function parseOptions(
  args: string[],
  known: string[],
  maxPositional = Number.POSITIVE_INFINITY,
  /** Options that take no value (`--overwrite`): present means "yes". */
  flags: string[] = [],
): { options: Record<string, string>; positional: string[] } {
  const options: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      if (eq < 0 && flags.includes(name)) {
        options[name] = 'yes';
        continue;
      }
      if (!known.includes(name)) throw new DrillRoomError('invalid_input.cli_unknown_option', { option: `--${name}` });
      const value = eq < 0 ? args[++i] : a.slice(eq + 1);
      if (value === undefined || (eq < 0 && value.startsWith('--'))) throw new DrillRoomError('invalid_input.cli_missing_value', { option: `--${name}` });
      options[name] = value;
    } else if (positional.length >= maxPositional) throw new DrillRoomError('invalid_input.cli_extra_argument', { arg: a });
    else positional.push(a);
  }
  return { options, positional };
}

/** A required argument; `what` is its usage token (e.g. `<db>`, `--out <file.docx>`), the same in both languages. */
export function need(value: string | undefined, what: string): string {
  if (!value) throw new DrillRoomError('invalid_input.cli_missing', { what });
  return value;
}
