// The headless CLI (`npm run cli -- <command>`, bin `drillroom`): runs on plain Node, no Electron.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DrillRoomError } from '../../shared/ipc/errors';
import { USAGE_KEYS, type CliIO, type Command } from './args';
import { COMMANDS } from './commands';

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const cmd = pick(argv);
  if (!cmd) {
    const help = argv.length === 0 || argv[0] === 'help' || argv[0] === '--help' || argv[0] === '-h';
    if (!help) {
      const unknown = new DrillRoomError('invalid_input.cli_unknown_command', { command: argv[0]! });
      io.err(unknown.messageIn('zh-CN'));
      io.err(unknown.messageIn('en'));
    }
    io.err('用法 Usage: drillroom <command>');
    for (const c of COMMANDS) io.err(`  ${c.usage.padEnd(62)} ${c.summary}`);
    return help ? 0 : 2;
  }
  try {
    return await cmd.run(argv.slice(cmd.words.length), io);
  } catch (err) {
    if (err instanceof DrillRoomError) {
      // Chinese first, then English: a CLI user may read either, and a refusal must be understood at once.
      io.err(err.messageIn('zh-CN'));
      if (err.messageIn('en') !== err.messageIn('zh-CN')) io.err(err.messageIn('en'));
      if (USAGE_KEYS.has(err.payload.key)) io.err(`用法 Usage: drillroom ${cmd.usage}`);
      return err.code === 'invalid_input' ? 2 : 1;
    }
    io.err(`内部错误 Internal error: ${(err as Error)?.stack ?? String(err)}`);
    return 1;
  }
}

function pick(argv: string[]): Command | undefined {
  return [...COMMANDS]
    .sort((a, b) => b.words.length - a.words.length)
    .find((c) => c.words.every((w, i) => argv[i] === w));
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1]);
if (isMain) {
  runCli(process.argv.slice(2), { out: (l) => process.stdout.write(l + '\n'), err: (l) => process.stderr.write(l + '\n') }).then(
    (code) => (process.exitCode = code),
  );
}
