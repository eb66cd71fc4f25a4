// The streamed-table module and the deterministic zip writer under the minutes, on their own.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { chunk, cleanText, rowXml, runXml, spliceTables, tableMarker, tableXml } from '../../electron/minutes/tables';
import { dosDateTime, readZip, writeZip } from '../../electron/minutes/zip';

const cols = [
  { title: '时间', width: 1000 },
  { title: '内容', width: 2000 },
];

describe('minutes tables written as XML', () => {
  it('escape markup and drop characters XML forbids', () => {
    expect(runXml({ text: 'a<b & "c">' })).toBe('<w:r><w:t xml:space="preserve">a&lt;b &amp; &quot;c&quot;&gt;</w:t></w:r>');
    expect(cleanText('x\u0000y\u0007z\uFFFE\r\nw')).toBe('xyz\nw');
    expect(cleanText('\uD83D\uDE00 ok \uD800')).toBe('\uD83D\uDE00 ok ');
    expect(runXml({ text: 'a\nb\tc', strike: true })).toBe(
      '<w:r><w:rPr><w:strike/></w:rPr><w:t xml:space="preserve">a</w:t><w:br/><w:t xml:space="preserve">b</w:t><w:tab/><w:t xml:space="preserve">c</w:t></w:r>',
    );
  });

  it('give every row cantSplit, the header tblHeader, and fixed widths in DXA', () => {
    const xml = tableXml(cols, [['09:00', '开始'], ['09:01', [{ text: '原', strike: true }, { text: '\n更正' }]]], { header: 'H', cell: 'C' });
    expect(xml).toContain('<w:tblW w:w="3000" w:type="dxa"/>');
    expect(xml).toContain('<w:tblLayout w:type="fixed"/>');
    expect(xml.match(/<w:gridCol w:w="(\d+)"\/>/g)).toEqual(['<w:gridCol w:w="1000"/>', '<w:gridCol w:w="2000"/>']);
    expect(xml.match(/<w:tr>/g)!.length).toBe(3);
    expect(xml.match(/<w:cantSplit\/>/g)!.length).toBe(3);
    expect(xml.match(/<w:tblHeader\/>/g)!.length).toBe(1);
    expect(xml).toContain('<w:pStyle w:val="H"/>');
    expect(() => rowXml(['only one'], cols, 'C')).toThrow(/1 cells for 2 columns/);
  });

  it('replace each marker paragraph by its table, in order, and refuse a missing marker', () => {
    const doc = `<w:body><w:p><w:pPr><w:pStyle w:val="C"/></w:pPr><w:r><w:t>${tableMarker(0)}</w:t></w:r></w:p><w:p><w:r><w:t>续表</w:t></w:r></w:p><w:p><w:r><w:t>${tableMarker(1)}</w:t></w:r></w:p></w:body>`;
    expect(new TextDecoder().decode(spliceTables(doc, ['<w:tbl>A</w:tbl>', () => '<w:tbl>B</w:tbl>']))).toBe('<w:body><w:tbl>A</w:tbl><w:p><w:r><w:t>续表</w:t></w:r></w:p><w:tbl>B</w:tbl></w:body>');
    expect(() => spliceTables(doc, ['a', 'b', 'c'])).toThrow(/marker 2 not found/);
  });

  it('chunk rows into tables of a bounded size', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 2)).toEqual([[]]);
  });
});

describe('the minutes zip', () => {
  it('is the same bytes for the same files and readable by another zip reader', async () => {
    const files = new Map([
      ['[Content_Types].xml', new TextEncoder().encode('<Types/>')],
      ['word/document.xml', new TextEncoder().encode('<w:document>演练纪要</w:document>'.repeat(100))],
    ]);
    const stamp = dosDateTime(2026, 12, 1, 10, 0, 0);
    const a = writeZip(files, stamp);
    expect(Buffer.from(a).equals(Buffer.from(writeZip(new Map(files), stamp)))).toBe(true);
    const zip = await JSZip.loadAsync(a);
    expect(Object.keys(zip.files)).toEqual(['[Content_Types].xml', 'word/document.xml']);
    expect(await zip.file('word/document.xml')!.async('string')).toContain('演练纪要');
    expect(zip.file('word/document.xml')!.date.getFullYear()).toBe(2026);
    expect(new TextDecoder().decode(readZip(a).get('word/document.xml'))).toBe('<w:document>演练纪要</w:document>'.repeat(100));
  });
});
