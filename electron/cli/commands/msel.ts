// `msel check <file.csv> [--pack <file.json>]`: check an MSEL spreadsheet; print its injects as JSON, or the bad rows.
import { readFileSync } from 'node:fs';
import { DrillRoomError } from '../../../shared/ipc/errors';
import { formatMselProblem, parseMsel } from '../../../shared/scenario/msel';
import { mselRoles, readMselFile } from '../../scenarios/mselFile';
import { need, parseOptions, type Command } from '../args';

export const mselCheckCommand: Command = {
  words: ['msel', 'check'],
  usage: 'msel check <file.csv> [--pack <file.json>]',
  summary: '校验 MSEL 注入表(CSV,UTF-8 或 GBK),输出注入 JSON 或逐行列出错误',
  run(args, io) {
    const { options, positional } = parseOptions(args, ['pack'], 1);
    const file = need(positional[0], '<file.csv>');
    let packText: string | undefined;
    if (options['pack'] !== undefined) {
      try {
        packText = readFileSync(options['pack'], 'utf8');
      } catch {
        throw new DrillRoomError('not_found.file', { path: options['pack'] });
      }
    }
    const roles = mselRoles(packText);
    const { text, encoding } = readMselFile(file);
    const res = parseMsel(text, roles);
    if (res.ok) {
      io.out(JSON.stringify(res.injects, null, 2));
      io.err(`注入表有效:${res.injects.length} 条注入(编码 ${encoding.toUpperCase()})。`);
      return 0;
    }
    io.err(`注入表有误(${file},编码 ${encoding.toUpperCase()}),共 ${res.problems.length} 处,未导入任何内容:`);
    for (const p of res.problems) io.err(`  ${formatMselProblem(p)}`);
    return 1;
  },
};
