// `papers <db|file.drill> <plan|script|cards|signin|evaluation> [--drill <id>] [--filled] --out <file.docx>`: one paper as Word.
import { PAPER_KINDS, type PaperKind } from '../../../shared/domain/papers';
import { DrillRoomError } from '../../../shared/ipc/errors';
import { writeFileAtomic } from '../../files/atomicWrite';
import { storageError } from '../../journal/errors';
import { buildPaper } from '../../papers/build';
import { need, parseOptions, type Command } from '../args';
import { loadEntries } from './minutes';

export const papersCommand: Command = {
  words: ['papers'],
  usage: 'papers <db|file.drill> <plan|script|cards|signin|evaluation> [--drill <id>] [--filled] --out <file.docx>',
  summary: '生成演练文书(方案、导调脚本、情景卡、签到表、评估表)',
  async run(args, io) {
    const filled = args.includes('--filled');
    const { options, positional } = parseOptions(args.filter((a) => a !== '--filled'), ['drill', 'out']);
    const source = need(positional[0], '数据库文件或档案文件路径');
    const paper = need(positional[1], `文书种类(${PAPER_KINDS.join('、')})`);
    if (!(PAPER_KINDS as readonly string[]).includes(paper)) throw new DrillRoomError('invalid_input', { detail: `未知文书“${paper}”,可选:${PAPER_KINDS.join('、')}` });
    const out = need(options['out'], '--out <文书文件.docx>');
    const entries = loadEntries(source, options['drill']);
    const bytes = await buildPaper(paper as PaperKind, entries, { exportedAt: Date.now(), filled });
    try {
      writeFileAtomic(out, bytes);
    } catch (e) {
      throw storageError(e, out);
    }
    io.out(`已生成文书:${out}(${bytes.length} 字节)`);
    return 0;
  },
};
