// `verify <db|file.drill>`: walk every drill's hash chain (or an archive's); name the first bad entry.
import { FAULT_TEXT } from '../../../shared/domain/chain';
import { DrillRoomError } from '../../../shared/ipc/errors';
import { openArchive, verifyBlobs } from '../../archive/archiveReader';
import { looksLikeArchive } from '../../archive/format';
import { Journal } from '../../journal/journal';
import { need, type Command } from '../args';
import { fileHead } from './minutes';

export const verifyCommand: Command = {
  words: ['verify'],
  usage: 'verify <db|file.drill>',
  summary: '校验数据库或演练档案中记录的哈希链',
  run(args, io) {
    const path = need(args[0], '数据库文件或档案文件路径');
    if (looksLikeArchive(path, fileHead(path))) return verifyArchive(path, io);
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

function verifyArchive(path: string, io: { out: (l: string) => void; err: (l: string) => void }): number {
  try {
    const archive = openArchive(path);
    try {
      verifyBlobs(archive);
    } finally {
      archive.close();
    }
    const { manifest } = archive;
    io.out(`完整性校验通过:演练档案 ${manifest.drillId},共 ${manifest.entryCount} 条记录,${archive.attachments.length} 个证据附件。`);
    io.out(`${manifest.drillId}\t最终哈希 ${manifest.finalHash}`);
    return 0;
  } catch (e) {
    if (!(e instanceof DrillRoomError)) throw e;
    io.err(e.messageIn('zh-CN'));
    io.err(e.messageIn('en'));
    return 1;
  }
}
