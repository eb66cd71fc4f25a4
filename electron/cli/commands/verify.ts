// `verify <db>`: walk every drill's hash chain; name the first bad entry.
import { FAULT_TEXT } from '../../../shared/domain/chain';
import { Journal } from '../../journal/journal';
import { need, type Command } from '../args';

export const verifyCommand: Command = {
  words: ['verify'],
  usage: 'verify <db>',
  summary: '校验数据库中所有演练记录的哈希链',
  run(args, io) {
    const path = need(args[0], '数据库文件路径');
    const journal = Journal.open(path, { readOnly: true });
    try {
      const res = journal.verify();
      if (res.ok) {
        io.out(`完整性校验通过:${res.drills} 次演练,共 ${res.count} 条记录。`);
        for (const [drillId, hash] of Object.entries(res.finalHashes)) io.out(`${drillId}\t最终哈希 ${hash}`);
        return 0;
      }
      io.err(`完整性校验失败:演练 ${res.drillId} 第 ${res.seq} 条记录${FAULT_TEXT[res.fault].zh}。`);
      io.err(`Integrity check failed: drill ${res.drillId}, entry #${res.seq} ${FAULT_TEXT[res.fault].en}.`);
      return 1;
    } finally {
      journal.close();
    }
  },
};
