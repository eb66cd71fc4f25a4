// buildMinutes(entries) -> .docx bytes: a pure function of the journal and the export time (same input, same bytes).
import { Packer } from 'docx';
import type { AnyEntry } from '../../shared/domain/entry';
import { minutesContent } from './content';
import { anchorQrPng, anchorText } from './anchorQr';
import { minutesSkeleton } from './document';
import { spliceTables } from './tables';
import { dosDateTime, readZip, writeZip } from './zip';

export interface MinutesOptions {
  /** Export time (ms since epoch); the only time the document depends on besides the journal. */
  exportedAt: number;
  /** A drill that has not finished gives draft minutes. */
  draft: boolean;
}

export async function buildMinutes(entries: readonly AnyEntry[], opts: MinutesOptions): Promise<Uint8Array> {
  const content = minutesContent(entries, opts);
  const anchorQr = await anchorQrPng(anchorText(content.drillId, content.entryCount, content.finalHash));
  const { doc, tables } = minutesSkeleton(content, { anchorQr });
  const files = readZip(new Uint8Array(await Packer.toBuffer(doc)));
  const documentXml = new TextDecoder().decode(files.get('word/document.xml'));
  files.set('word/document.xml', spliceTables(documentXml, tables));
  const core = files.get('docProps/core.xml');
  const iso = new Date(opts.exportedAt).toISOString().replace(/\.\d{3}Z$/, 'Z');
  if (core) files.set('docProps/core.xml', new TextEncoder().encode(fixCoreDates(new TextDecoder().decode(core), iso)));
  const local = new Date(opts.exportedAt - (entries[0]?.kind === 'drill.setup' ? entries[0].data.tzOffsetMin : 0) * 60_000);
  const stamp = dosDateTime(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate(), local.getUTCHours(), local.getUTCMinutes(), local.getUTCSeconds());
  return writeZip(files, stamp);
}

/** docx stamps created/modified with the build time; the minutes use the export time. */
export function fixCoreDates(coreXml: string, iso: string): string {
  return coreXml.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${iso}$2`);
}
