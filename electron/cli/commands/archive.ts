// `archive <db> --drill <id> --out <file.drill>`: export one drill as a verifiable archive file (written atomically).
import { dirname } from 'node:path';
import { writeArchiveFile } from '../../archive/archiveWriter';
import { outPathFor } from '../../files/exportFile';
import { archiveContent } from '../../archive/service';
import { EvidenceStore } from '../../evidence/store';
import { storageError } from '../../journal/errors';
import { Journal } from '../../journal/journal';
import { need, parseOptions, type Command } from '../args';
import { appVersion, pickDrill } from './minutes';

export const archiveCommand: Command = {
  words: ['archive'],
  usage: 'archive <db> [--drill <id>] --out <file.drill> [--overwrite]',
  summary: '将一次演练导出为可校验的档案文件(.drill)',
  run(args, io) {
    const { options, positional } = parseOptions(args, ['drill', 'out'], 1, ['overwrite']);
    const db = need(positional[0], '<db>');
    // An existing file is never replaced unless --overwrite says so: the archive goes beside it under a numbered name.
    const out = outPathFor(need(options['out'], '--out <file.drill>'), options['overwrite'] === 'yes');
    const journal = Journal.open(db, { readOnly: true });
    try {
      const drillId = pickDrill(journal, options['drill']);
      const content = archiveContent({ journal, evidence: new EvidenceStore(dirname(db)) }, drillId, { exportedAt: Date.now(), appVersion: appVersion() });
      let bytes: number;
      try {
        bytes = writeArchiveFile(out, content);
      } catch (e) {
        throw storageError(e, out);
      }
      io.out(`已导出演练档案:${out}(演练 ${drillId},${content.entries.length} 条记录,${bytes} 字节)`);
      return 0;
    } finally {
      journal.close();
    }
  },
};
