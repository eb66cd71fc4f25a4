// `minutes <db|file.drill> [--drill <id>] [--pdf] --out <file.docx|file.pdf>`: write a drill's minutes (演练纪要) as Word or PDF, atomically.
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { AnyEntry } from '../../../shared/domain/entry';
import { fold } from '../../../shared/domain/fold';
import { DrillRoomError } from '../../../shared/ipc/errors';
import { openArchive } from '../../archive/archiveReader';
import { looksLikeArchive } from '../../archive/format';
import { writeFileAtomic } from '../../files/atomicWrite';
import { outPathFor } from '../../files/exportFile';
import { storageError } from '../../journal/errors';
import { REPO_ROOT } from '../../app/paths';
import { Journal } from '../../journal/journal';
import { buildMinutes } from '../../minutes/build';
import { need, parseOptions, type Command } from '../args';
import { minutesPdf } from '../../minutes/pdfService';
import { minutesLayoutProvider } from '../../minutes/layoutProvider';
import { chromiumPrinter } from '../../minutes/chromiumPrinter';

/** The drill named, or the only drill in the file. */
export function pickDrill(journal: Journal, drillId: string | undefined): string {
  const drills = journal.drills();
  if (drillId) {
    if (!drills.some((d) => d.drillId === drillId)) throw new DrillRoomError('not_found.drill', { drillId });
    return drillId;
  }
  if (drills.length === 1) return drills[0]!.drillId;
  throw new DrillRoomError('invalid_input', {
    detail: drills.length === 0 ? '数据库中没有演练' : `数据库中有 ${drills.length} 次演练,请用 --drill 指定:${drills.map((d) => d.drillId).join('、')}`,
  });
}

export function appVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version?: string }).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** The first bytes of a file, to tell an archive from a database. */
export function fileHead(path: string): Uint8Array {
  if (!existsSync(path)) throw new DrillRoomError('not_found.file', { path });
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(64);
    const n = readSync(fd, buf, 0, 64, 0);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** A drill's entries from an archive file (verified) or a database. */
export function loadEntries(path: string, drillId: string | undefined): AnyEntry[] {
  if (looksLikeArchive(path, fileHead(path))) {
    const archive = openArchive(path);
    archive.close();
    if (drillId && drillId !== archive.manifest.drillId) throw new DrillRoomError('not_found.drill', { drillId });
    return archive.entries;
  }
  const journal = Journal.open(path, { readOnly: true });
  try {
    return journal.entries(pickDrill(journal, drillId));
  } finally {
    journal.close();
  }
}

export const minutesCommand: Command = {
  words: ['minutes'],
  usage: 'minutes <db|file.drill> [--drill <id>] [--pdf] --out <file.docx|file.pdf> [--overwrite]',
  summary: '生成演练纪要(Word 文档;--pdf 用本机 Chromium 生成 PDF);未结束的演练标为草稿',
  async run(args, io) {
    // --pdf and --overwrite are flags (no value): --pdf prints the same content to PDF by a system Chromium.
    const { options, positional } = parseOptions(args, ['drill', 'out'], 1, ['overwrite', 'pdf']);
    const pdf = options['pdf'] === 'yes';
    const source = need(positional[0], '<db|file.drill>');
    // An existing file is never replaced unless --overwrite says so: the minutes go beside it under a numbered name.
    const out = outPathFor(need(options['out'], pdf ? '--out <file.pdf>' : '--out <file.docx>'), options['overwrite'] === 'yes');
    const entries = loadEntries(source, options['drill']);
    const draft = fold(entries).status !== 'finished';
    const opts = { exportedAt: Date.now(), draft };
    const bytes = pdf ? await minutesPdf(entries, opts, { layoutOf: minutesLayoutProvider, printer: chromiumPrinter() }) : await buildMinutes(entries, opts);
    try {
      writeFileAtomic(out, bytes);
    } catch (e) {
      throw storageError(e, out);
    }
    io.out(`已生成演练纪要${pdf ? ' PDF' : ''}${draft ? '(草稿)' : ''}:${out}(${entries.length} 条记录,${bytes.length} 字节)`);
    return 0;
  },
};
