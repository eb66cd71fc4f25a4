// `archive <db> --drill <id> --out <file.drill>`: export one drill as a verifiable archive file.
import { writeFileSync } from 'node:fs';
import { DrillRoomError } from '../../../shared/ipc/errors';
import { archiveOf } from '../../archive/service';
import { Journal } from '../../journal/journal';
import { EvidenceStore } from '../../evidence/store';
import { dirname } from 'node:path';
import { need, parseOptions, type Command } from '../args';
import { appVersion, pickDrill } from './minutes';

export const archiveCommand: Command = {
  words: ['archive'],
  usage: 'archive <db> [--drill <id>] --out <file.drill>',
  summary: '将一次演练导出为可校验的档案文件(.drill)',
  run(args, io) {
    const { options, positional } = parseOptions(args, ['drill', 'out']);
    const db = need(positional[0], '数据库文件路径');
    const out = need(options['out'], '--out <档案文件.drill>');
    const journal = Journal.open(db, { readOnly: true });
    try {
      const drillId = pickDrill(journal, options['drill']);
      const text = archiveOf({ journal, evidence: new EvidenceStore(dirname(db)) }, drillId, { exportedAt: Date.now(), appVersion: appVersion() });
      try {
        writeFileSync(out, text, 'utf8');
      } catch (e) {
        throw new DrillRoomError('io', { detail: (e as Error).message });
      }
      io.out(`已导出演练档案:${out}(演练 ${drillId},${journal.entries(drillId).length} 条记录)`);
      return 0;
    } finally {
      journal.close();
    }
  },
};
