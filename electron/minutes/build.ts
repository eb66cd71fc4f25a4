// buildMinutes(entries) -> .docx bytes: a pure function of the journal and the export time (same input, same bytes).
// minutesLayoutOf(entries) -> the layout-free block model both the Word and the PDF renderers lay out.
import { Packer } from 'docx';
import type { AnyEntry } from '../../shared/domain/entry';
import { minutesContent } from './content';
import { anchorQrPng, anchorText } from './anchorQr';
import type { MinutesLayout } from './blocks';
import { minutesSkeleton } from './document';
import { fontTableXml, withPageFields } from './fontTable';
import { minutesLayout } from './layoutBlocks';
import { spliceTables } from './tables';
import { dosDateTime, readZip, writeZip } from './zip';

export interface MinutesOptions {
  /** Export time (ms since epoch); the only time the document depends on besides the journal. */
  exportedAt: number;
  /** A drill that has not finished gives draft minutes. */
  draft: boolean;
}

/** The minutes as blocks, the anchor QR code (PNG) included on the sign-off block. */
export async function minutesLayoutOf(entries: readonly AnyEntry[], opts: MinutesOptions): Promise<MinutesLayout> {
  const content = minutesContent(entries, opts);
  const qr = await anchorQrPng(anchorText(content.drillId, content.entryCount, content.finalHash));
  return minutesLayout(content, { qr });
}

export async function buildMinutes(entries: readonly AnyEntry[], opts: MinutesOptions): Promise<Uint8Array> {
  return renderDocx(await minutesLayoutOf(entries, opts), { exportedAt: opts.exportedAt, tzOffsetMin: entries[0]?.kind === 'drill.setup' ? entries[0].data.tzOffsetMin : 0 });
}

/** Any MinutesLayout as .docx bytes: the docx package writes the skeleton, then tables, fonts and fields are put in. */
export async function renderDocx(layout: MinutesLayout, opts: { exportedAt: number; tzOffsetMin: number }): Promise<Uint8Array> {
  const { doc, tables } = minutesSkeleton(layout);
  const files = readZip(new Uint8Array(await Packer.toBuffer(doc)));
  const text = (name: string) => new TextDecoder().decode(files.get(name));
  const put = (name: string, xml: string) => files.set(name, new TextEncoder().encode(xml));
  files.set('word/document.xml', spliceTables(text('word/document.xml'), tables));
  put('word/fontTable.xml', fontTableXml());
  for (const name of [...files.keys()].filter((n) => /^word\/footer\d*\.xml$/.test(n))) put(name, withPageFields(text(name)));
  const iso = new Date(opts.exportedAt).toISOString().replace(/\.\d{3}Z$/, 'Z');
  if (files.has('docProps/core.xml')) put('docProps/core.xml', fixCoreDates(text('docProps/core.xml'), iso));
  const local = new Date(opts.exportedAt - opts.tzOffsetMin * 60_000);
  const stamp = dosDateTime(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate(), local.getUTCHours(), local.getUTCMinutes(), local.getUTCSeconds());
  return writeZip(files, stamp);
}

/** docx stamps created/modified with the build time; the minutes use the export time. */
export function fixCoreDates(coreXml: string, iso: string): string {
  return coreXml.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${iso}$2`);
}
