// `scenarios` and `scenario check <file.json>`: list built-in packs, validate a pack file.
import { readFileSync } from 'node:fs';
import { checkPackText } from '../../../shared/domain/scenario';
import { describeProblem } from '../../../shared/i18n/problems';
import { DrillRoomError } from '../../../shared/ipc/errors';
import { SOURCE_RESOURCES } from '../../app/paths';
import { ScenarioLibrary } from '../../scenarios/library';
import { need, parseOptions, type Command } from '../args';
import { join } from 'node:path';

export const scenariosCommand: Command = {
  words: ['scenarios'],
  usage: 'scenarios',
  summary: '列出内置剧本(每行一个,编号在前)',
  run(args, io) {
    parseOptions(args, [], 0);
    for (const s of new ScenarioLibrary(join(SOURCE_RESOURCES, 'scenarios')).list())
      io.out(`${s.id}\t${s.title}\t${s.phases} 个阶段\t${s.roles} 个角色\t${s.injects} 条注入`);
    return 0;
  },
};

export const scenarioCheckCommand: Command = {
  words: ['scenario', 'check'],
  usage: 'scenario check <file.json>',
  summary: '校验剧本文件,按字段列出错误',
  run(args, io) {
    const file = need(parseOptions(args, [], 1).positional[0], '<file.json>');
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new DrillRoomError('not_found.file', { path: file });
    }
    const res = checkPackText(text);
    // Warnings never change the exit code: the pack runs, the author is told what looks wrong.
    for (const w of res.warnings) {
      const zh = describeProblem(w, 'zh-CN');
      io.err(`  提示 ${w.field}(${zh.field}): ${zh.reason}`);
    }
    if (res.ok) {
      io.out(`剧本有效:${res.pack.id}(${res.pack.title}),${res.pack.phases.length} 个阶段,${res.pack.injects.length} 条注入。`);
      return 0;
    }
    io.err(`剧本无效:${file}`);
    for (const p of res.problems) {
      const zh = describeProblem(p, 'zh-CN');
      io.err(`  ${p.field}(${zh.field}): ${zh.reason}`);
    }
    return 1;
  },
};
