// word/fontTable.xml for the minutes (the docx package writes an empty one), and the footer's PAGE/NUMPAGES fields with cached values.
import { NUMPAGES_MARK, PAGE_MARK } from './document';

export interface DeclaredFont {
  name: string;
  altName?: string;
  panose: string;
  /** Hex charset: 86 = GB2312, 00 = ANSI. */
  charset: string;
  family: 'auto' | 'roman' | 'swiss' | 'modern' | 'script' | 'decorative';
  pitch: 'variable' | 'fixed';
  sig: { usb0: string; usb1: string; usb2: string; usb3: string; csb0: string; csb1: string };
}

const GB = { usb0: '00000003', usb1: '288F0000', usb2: '00000016', usb3: '00000000', csb0: '00040001', csb1: '00000000' };

/** Every font the minutes' styles name, as Word itself declares them, so a PC lacking one substitutes a face of the same kind. */
export const MINUTES_FONTS: DeclaredFont[] = [
  { name: '宋体', altName: 'SimSun', panose: '02010600030101010101', charset: '86', family: 'auto', pitch: 'variable', sig: { ...GB, usb0: '00000003', usb1: '288F0000' } },
  { name: '仿宋', altName: 'FangSong', panose: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed', sig: { ...GB, usb0: '800002BF', usb1: '38CF7CFA' } },
  { name: '黑体', altName: 'SimHei', panose: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed', sig: { ...GB, usb0: '800002BF', usb1: '38CF7CFA' } },
  { name: '楷体', altName: 'KaiTi', panose: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed', sig: { ...GB, usb0: '800002BF', usb1: '38CF7CFA' } },
  {
    name: 'Times New Roman',
    panose: '02020603050405020304',
    charset: '00',
    family: 'roman',
    pitch: 'variable',
    sig: { usb0: 'E0002EFF', usb1: 'C000785B', usb2: '00000009', usb3: '00000000', csb0: '000001FF', csb1: '00000000' },
  },
  {
    name: 'Courier New',
    panose: '02070309020205020404',
    charset: '00',
    family: 'modern',
    pitch: 'fixed',
    sig: { usb0: 'E0002EFF', usb1: 'C0007843', usb2: '00000009', usb3: '00000000', csb0: '000001FF', csb1: '00000000' },
  },
];

export function fontTableXml(fonts: readonly DeclaredFont[] = MINUTES_FONTS): string {
  const one = (f: DeclaredFont) =>
    `<w:font w:name="${f.name}">${f.altName ? `<w:altName w:val="${f.altName}"/>` : ''}<w:panose1 w:val="${f.panose}"/><w:charset w:val="${f.charset}"/>` +
    `<w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/>` +
    `<w:sig w:usb0="${f.sig.usb0}" w:usb1="${f.sig.usb1}" w:usb2="${f.sig.usb2}" w:usb3="${f.sig.usb3}" w:csb0="${f.sig.csb0}" w:csb1="${f.sig.csb1}"/></w:font>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    fonts.map(one).join('') +
    '</w:fonts>'
  );
}

/**
 * A complex field with a cached result, so a viewer that does not update fields still prints a number.
 * The NUMPAGES cache is the page count when known (a later LibreOffice pass), else '1'; Word and LibreOffice recompute both.
 */
function fieldXml(instr: 'PAGE' | 'NUMPAGES', cached: string): string {
  return (
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r>' +
    `<w:r><w:instrText xml:space="preserve"> ${instr} </w:instrText></w:r>` +
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
    `<w:r><w:t>${cached}</w:t></w:r>` +
    '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
  );
}

/** Replace the footer's placeholder runs (see document.ts) by PAGE and NUMPAGES fields carrying cached values. */
export function withPageFields(footerXml: string, cached: { page: string; pages: string } = { page: '1', pages: '1' }): string {
  const run = (mark: string) => new RegExp(`<w:r>(?:<w:rPr>(?:(?!</w:rPr>).)*</w:rPr>)?<w:t(?: [^>]*)?>${mark}</w:t></w:r>`, 'g');
  return footerXml.replace(run(PAGE_MARK), fieldXml('PAGE', cached.page)).replace(run(NUMPAGES_MARK), fieldXml('NUMPAGES', cached.pages));
}
