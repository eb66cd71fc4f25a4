// `verify <db|file.drill> [--expect <hash|code>] [--minutes <docx>] [--drill <id>]`: the chain, its time order, and anchors kept outside the file.
import { matchAnchor } from '../../../shared/domain/anchors';
import { checkTimeOrder, FAULT_TEXT } from '../../../shared/domain/chain';
import type { AnyEntry } from '../../../shared/domain/entry';
import { DrillRoomError } from '../../../shared/ipc/errors';
import { openArchive, verifyBlobs } from '../../archive/archiveReader';
import { looksLikeArchive } from '../../archive/format';
import { Journal } from '../../journal/journal';
import { need, parseOptions, type CliIO, type Command } from '../args';
import { fileHead } from './minutes';
import { readMinutesAnchor } from './minutesAnchor';

export const verifyCommand: Command = {
  words: ['verify'],
  usage: 'verify <db|file.drill> [--expect <最终哈希|见证码|备案码>] [--minutes <纪要.docx>] [--drill <演练编号>]',
  summary: '校验哈希链与时间顺序,并与文件之外的凭据核对',
  run(args, io) {
    const { options, positional } = parseOptions(args, ['expect', 'minutes', 'drill'], 1);
    const path = need(positional[0], '<db|file.drill>');
    const checked = looksLikeArchive(path, fileHead(path)) ? verifyArchive(path, io) : verifyDatabase(path, options['drill'], io);
    if (!checked) return 1;
    let ok = true;
    if (options['expect'] !== undefined) ok = checkExpect(checked, options['expect'], io) && ok;
    if (options['minutes'] !== undefined) ok = checkMinutes(checked, options['minutes'], io) && ok;
    return ok ? 0 : 1;
  },
};

/** The one drill the anchors are checked against. */
interface Checked {
  drillId: string;
  entries: AnyEntry[];
}

function fail(io: CliIO, drillId: string, seq: number, fault: keyof typeof FAULT_TEXT): null {
  io.err(`完整性校验失败:演练 ${drillId} 第 ${seq} 条记录${FAULT_TEXT[fault].zh}。`);
  io.err(`Integrity check failed: drill ${drillId}, entry #${seq} ${FAULT_TEXT[fault].en}.`);
  return null;
}

function verifyDatabase(path: string, drill: string | undefined, io: CliIO): Checked | null {
  const journal = Journal.open(path, { readOnly: true });
  try {
    const res = journal.verify();
    if (!res.ok) return fail(io, res.drillId, res.seq, res.fault);
    try {
      journal.checkRules();
    } catch (e) {
      if (!(e instanceof DrillRoomError)) throw e;
      io.err(e.messageIn('zh-CN'));
      io.err(e.messageIn('en'));
      return null;
    }
    io.out(`完整性校验通过:${res.drills} 次演练,共 ${res.count} 条记录,时间顺序无倒退。`);
    for (const [drillId, hash] of Object.entries(res.finalHashes)) io.out(`${drillId}\t最终哈希 ${hash}`);
    const ids = Object.keys(res.finalHashes);
    const drillId = drill ?? (ids.length === 1 ? ids[0]! : null);
    if (drillId === null || !ids.includes(drillId)) return { drillId: drill ?? '', entries: [] };
    return { drillId, entries: journal.entries(drillId) };
  } finally {
    journal.close();
  }
}

function verifyArchive(path: string, io: CliIO): Checked | null {
  try {
    const archive = openArchive(path);
    try {
      verifyBlobs(archive);
    } finally {
      archive.close();
    }
    const { manifest, entries } = archive;
    const time = checkTimeOrder(entries);
    if (!time.ok) return fail(io, manifest.drillId, time.seq, 'time');
    io.out(`完整性校验通过:演练档案 ${manifest.drillId},共 ${manifest.entryCount} 条记录,${archive.attachments.length} 个证据附件,时间顺序无倒退。`);
    io.out(`${manifest.drillId}\t最终哈希 ${manifest.finalHash}`);
    return { drillId: manifest.drillId, entries };
  } catch (e) {
    if (!(e instanceof DrillRoomError)) throw e;
    io.err(e.messageIn('zh-CN'));
    io.err(e.messageIn('en'));
    return null;
  }
}

function noDrill(checked: Checked, io: CliIO): boolean {
  if (checked.entries.length) return false;
  io.err(checked.drillId ? `数据库中没有演练 ${checked.drillId}。` : '数据库中有多次演练:请用 --drill <演练编号> 指明核对哪一次。');
  return true;
}

function checkExpect(checked: Checked, expected: string, io: CliIO): boolean {
  if (noDrill(checked, io)) return false;
  const m = matchAnchor(checked.entries, expected);
  const last = checked.entries[checked.entries.length - 1]!;
  if (m.ok) {
    const what = { final: '哈希', witness: '见证码', filing: '备案码' }[m.kind];
    const later = last.seq - m.seq;
    io.out(`凭据相符:${what} ${expected.trim()} 对应演练 ${checked.drillId} 第 ${m.seq} 条记录${later > 0 ? `;其后另有 ${later} 条记录,不在此凭据的证明范围内` : ''}。`);
    return true;
  }
  if (m.reason === 'final_differs') {
    io.err(`凭据不符:档案中没有哈希为 ${expected.trim()} 的记录;档案的最终哈希是 ${m.actual}。该记录在凭据取得之后被改写,或不是同一次演练。`);
    io.err(`Anchor mismatch: no entry of drill ${checked.drillId} has hash ${expected.trim()}; its final hash is ${m.actual}.`);
  } else {
    io.err(`凭据不符:${expected.trim()} 不是本档案的见证码或备案码;本档案的见证码为 ${m.actual || '(无)'}。该记录被改写,或不是同一次演练。`);
    io.err(`Anchor mismatch: ${expected.trim()} is neither a witness code nor the filing code of drill ${checked.drillId}; its witness codes are ${m.actual || '(none)'}.`);
  }
  return false;
}

function checkMinutes(checked: Checked, minutesPath: string, io: CliIO): boolean {
  if (noDrill(checked, io)) return false;
  const anchor = readMinutesAnchor(minutesPath);
  const problems: string[] = [];
  if (anchor.drillId !== checked.drillId) problems.push(`演练编号不同(纪要 ${anchor.drillId},档案 ${checked.drillId})`);
  const at = checked.entries.find((e) => e.hash === anchor.finalHash);
  if (!at) problems.push(`纪要的最终哈希 ${anchor.finalHash} 不在档案的哈希链中`);
  else if (at.seq !== anchor.entryCount) problems.push(`纪要记载 ${anchor.entryCount} 条记录,而该哈希是档案第 ${at.seq} 条`);
  if (problems.length) {
    io.err(`与纪要不符:${problems.join(';')}。档案在纪要导出后被改写,或二者不是同一次演练。`);
    io.err(`The archive does not match the minutes ${minutesPath}.`);
    return false;
  }
  const later = checked.entries.length - anchor.entryCount;
  io.out(`与纪要相符:纪要所载 ${anchor.entryCount} 条记录与档案一致${later > 0 ? `;档案其后另有 ${later} 条记录(纪要导出之后追加)` : ''}。`);
  return true;
}
