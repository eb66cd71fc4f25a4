// The minutes (演练纪要) read back from real docx bytes: sections, timeline, corrections, appendix, fonts, layout.
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { runDemo } from '../../electron/drill/demo';
import { buildMinutes } from '../../electron/minutes/build';
import { EN, ZH } from '../../electron/minutes/catalogue';
import { ROWS_PER_TABLE } from '../../electron/minutes/document';
import type { AnyEntry } from '../../shared/domain/entry';
import { makeWorld, type World } from '../helpers/world';

const EXPORTED_AT = Date.UTC(2026, 11, 1, 2, 0, 0);

interface Docx {
  document: string;
  styles: string;
  headers: string;
  footers: string;
  core: string;
}

async function open(bytes: Uint8Array): Promise<Docx> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (re: RegExp) => (await Promise.all(zip.file(re).map((f) => f.async('string')))).join('\n');
  return {
    document: await zip.file('word/document.xml')!.async('string'),
    styles: await zip.file('word/styles.xml')!.async('string'),
    headers: await read(/^word\/header\d*\.xml$/),
    footers: await read(/^word\/footer\d*\.xml$/),
    core: await zip.file('docProps/core.xml')!.async('string'),
  };
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
/** The visible text of a piece of document.xml. */
const textOf = (xml: string) => unescape([...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((m) => m[1] ?? '\n').join(''));
const paragraphs = (xml: string) => [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => textOf(m[0]));
const tables = (xml: string) => [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
const rows = (tbl: string) => [...tbl.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => [...m[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => textOf(c[0])));

function demo(world: World, scenario: string, opts: { padTo?: number } = {}): { drillId: string; entries: AnyEntry[] } {
  const pack = world.services.scenarios.get(scenario);
  const drillId = runDemo(world.services.drills, world.clock, pack, opts);
  return { drillId, entries: world.services.drills.entries(drillId) };
}

let world: World;
afterEach(() => world?.dispose());

describe('the minutes of a finished drill', () => {
  it('hold every section, every journal entry in the appendix and the final hash that verify gives', async () => {
    world = makeWorld({ live: false });
    const { drillId, entries } = demo(world, 'transfer-failure');
    const doc = await open(await buildMinutes(entries, { exportedAt: EXPORTED_AT, draft: false }));
    const paras = paragraphs(doc.document);

    for (const title of Object.values(ZH.sections)) expect(paras.some((p) => p.endsWith(title)), title).toBe(true);
    expect(paras[0]).toBe('转账失败投诉应急演练纪要');
    expect(paras.join('\n')).not.toContain('草稿');

    const appendixAt = doc.document.indexOf(ZH.sections.appendix);
    const appendixSeqs = tables(doc.document.slice(appendixAt)).flatMap((t) => rows(t).slice(1).map((r) => Number(r[0])));
    expect(appendixSeqs).toEqual(entries.map((e) => e.seq));

    const verified = world.services.journal.verify();
    expect(verified.ok).toBe(true);
    const finalHash = verified.ok ? verified.finalHashes[drillId]! : '';
    expect(paras).toContain(finalHash);
    expect(paras.some((p) => p.includes('drillroom verify') && p.includes('npm run cli -- verify'))).toBe(true);
  });

  it('list the process by phase with wall time and drill clock, and the timing indicators in words', async () => {
    world = makeWorld({ live: false });
    const { entries } = demo(world, 'transfer-failure');
    const doc = await open(await buildMinutes(entries, { exportedAt: EXPORTED_AT, draft: false }));
    const all = tables(doc.document).map(rows);
    const timeline = all.filter((t) => t[0]?.[0] === ZH.cols.wallAndClock);
    expect(timeline.length).toBeGreaterThanOrEqual(7);
    const start = entries.find((e) => e.kind === 'clock.start')!;
    const first = timeline[0]![1]!;
    expect(first.slice(0, 2)).toEqual([expect.stringMatching(/^\d{2}:\d{2}:\d{2}\u00A0T\+00:00:00$/), `#${start.seq}`]);
    expect(first[3]).toBe('演练开始。');
    // Inject releases are in 情景与注入 with their time and #, the full text and whom they went to.
    const injects = all.find((t) => t[0]?.[2]?.startsWith(ZH.report.injectCols.content))!;
    const release = entries.find((e) => e.kind === 'inject.released')!;
    expect(injects[1]![1]).toContain(`#${release.seq}`);
    expect(injects[1]![2]).toContain('转账失败但已扣款，网点无法解释');
    expect(injects[1]![2]).toContain('我上午十点用你们手机银行给供应商转了28万元货款');

    const indicators = all.find((t) => t[0]?.[0] === ZH.cols.indicator)!;
    expect(indicators.length).toBe(1 + 5);
    for (const r of indicators.slice(1)) expect([ZH.status.met, ZH.status.missed]).toContain(r[4]);

    const improvements = all.find((t) => t[0]?.[1] === ZH.report.improvementCols.measure)!;
    expect(improvements.slice(1).map((r) => r[2])).toEqual(['李晓梅\n（办公室）', '刘芳\n（合规部）']);
    expect(improvements[1]![3]).toBe('2026-12-01\n2027-01-31');
    expect(improvements[1]![4]).toBe(ZH.report.status.open);
    expect(improvements[1]![5]).toContain('台账上线运行');
    expect(improvements[1]![6]).toBe('信息报送');
  });

  it('set East Asian fonts and the zh-CN language in styles, repeat header rows and never split a row', async () => {
    world = makeWorld({ live: false });
    const { entries } = demo(world, 'anonymous-email');
    const doc = await open(await buildMinutes(entries, { exportedAt: EXPORTED_AT, draft: false }));
    expect(doc.styles).toMatch(/<w:rFonts [^>]*w:eastAsia="仿宋"/);
    expect(doc.styles).toMatch(/<w:rFonts [^>]*w:eastAsia="黑体"/);
    expect(doc.styles).toMatch(/<w:rFonts [^>]*w:ascii="Times New Roman"/);
    expect(doc.styles).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/);
    const tbls = tables(doc.document);
    expect(tbls.length).toBeGreaterThan(5);
    for (const t of tbls) {
      expect(t).toContain('<w:tblLayout w:type="fixed"/>');
      expect(t).toMatch(/<w:tblW w:w="\d+" w:type="dxa"\/>/);
      const trs = [...t.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
      expect(trs.every((tr) => tr.includes('<w:cantSplit/>'))).toBe(true);
      expect(trs.length).toBeLessThanOrEqual(ROWS_PER_TABLE + 1);
    }
    expect(tbls.filter((t) => t.includes('<w:tblHeader/>')).length).toBe(tbls.length - 1); // all but the basic-information table
    // Tables never touch: Word would merge them.
    expect(doc.document).not.toMatch(/<\/w:tbl>\s*<w:tbl>/);
    expect(doc.footers).toContain('PAGE');
    expect(doc.footers).toContain('NUMPAGES');
    expect(textOf(doc.footers)).toContain('第 ');
    expect(textOf(doc.headers)).toContain('匿名邮件举报应急演练纪要');
    expect(doc.document).toContain('w:w="11906"');
    expect(doc.document).not.toContain('DRILLROOM-TABLE');
    expect(doc.document).not.toMatch(/TOC \\o|w:fldSimple w:instr="TOC/);
  });

  it('split a long journal into tables of at most 100 rows with a paragraph between them', async () => {
    world = makeWorld({ live: false });
    const { entries } = demo(world, 'anonymous-email', { padTo: 450 });
    const doc = await open(await buildMinutes(entries, { exportedAt: EXPORTED_AT, draft: false }));
    const appendixAt = doc.document.indexOf(ZH.sections.appendix);
    const appendix = tables(doc.document.slice(appendixAt));
    expect(appendix.length).toBe(Math.ceil(entries.length / ROWS_PER_TABLE));
    expect(paragraphs(doc.document.slice(appendixAt)).filter((p) => p === ZH.continued(ZH.sections.appendix)).length).toBe(appendix.length - 1);
  });
});

describe('the minutes are a pure function of the journal', () => {
  it('give the same bytes for the same journal and export time, and differ only by the export time', async () => {
    world = makeWorld({ live: false });
    const { entries } = demo(world, 'anonymous-email');
    const a = await buildMinutes(entries, { exportedAt: EXPORTED_AT, draft: false });
    const b = await buildMinutes(structuredClone(entries), { exportedAt: EXPORTED_AT, draft: false });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const later = await buildMinutes(entries, { exportedAt: EXPORTED_AT + 3_600_000, draft: false });
    expect(Buffer.from(a).equals(Buffer.from(later))).toBe(false);
    const [da, dl] = [await open(a), await open(later)];
    expect(da.core).toContain('2026-12-01T02:00:00Z');
    expect(da.styles).toBe(dl.styles);
  });
});

describe('corrections, stars, drafts and languages', () => {
  it('show a corrected entry struck through with its correction beside it, and a voided one marked', async () => {
    world = makeWorld({ live: false });
    const drills = world.services.drills;
    const pack = world.services.scenarios.get('anonymous-email');
    const drillId = drills.create({ pack, facts: { name: '更正测试演练' }, language: 'zh-CN', tzOffsetMin: -480 });
    drills.start(drillId);
    world.clock.advance(60_000);
    const wrong = drills.record(drillId, { kind: 'decision', roleId: 'commander', text: '决定暂不回应媒体 <草率> & 待定', data: {} });
    const typo = drills.record(drillId, { kind: 'observation', roleId: 'monitoring', text: '微博转发 5000 次', data: {} });
    world.clock.advance(60_000);
    const fix = drills.record(drillId, { kind: 'correction', roleId: 'scribe', text: '决定 30 分钟内发布首次回应', data: { corrects: wrong.seq, void: false } });
    drills.record(drillId, { kind: 'correction', roleId: 'scribe', text: '误记,该条作废', data: { corrects: typo.seq, void: true } });
    const doc = await open(await buildMinutes(drills.entries(drillId), { exportedAt: EXPORTED_AT, draft: true }));
    const row = doc.document.match(/<w:tr>(?:(?!<\/w:tr>)[\s\S])*决定暂不回应媒体(?:(?!<\/w:tr>)[\s\S])*<\/w:tr>/)![0];
    expect(row).toContain('<w:strike/>');
    expect(textOf(row)).toContain('决定暂不回应媒体 <草率> & 待定');
    expect(textOf(row)).toContain(`〔更正，第 ${fix.seq} 条，09:32:00〕`);
    expect(textOf(row)).toContain('决定 30 分钟内发布首次回应');
    const voided = doc.document.match(/<w:tr>(?:(?!<\/w:tr>)[\s\S])*微博转发 5000 次(?:(?!<\/w:tr>)[\s\S])*<\/w:tr>/)![0];
    expect(textOf(voided)).toContain('已作废');
    const paras = paragraphs(doc.document);
    expect(paras[0]).toContain('草稿');
    expect(paras[1]).toBe(ZH.draftNote);
    expect(textOf(doc.headers)).toContain('草稿');
  });

  it('list only the starred entries in the timeline once the facilitator starred any', async () => {
    world = makeWorld({ live: false });
    const drills = world.services.drills;
    const pack = world.services.scenarios.get('anonymous-email');
    const drillId = drills.create({ pack, facts: { name: '重点标记演练' }, language: 'zh-CN' });
    drills.start(drillId);
    const keep = drills.record(drillId, { kind: 'decision', roleId: 'commander', text: '启动应急预案', data: {} });
    drills.record(drillId, { kind: 'observation', roleId: 'monitoring', text: '暂无新增帖文', data: {} });
    drills.record(drillId, { kind: 'star', roleId: null, text: '', data: { target: keep.seq, starred: true } });
    const doc = await open(await buildMinutes(drills.entries(drillId), { exportedAt: EXPORTED_AT, draft: true }));
    const timeline = tables(doc.document).map(rows).filter((t) => t[0]?.[0] === ZH.cols.wallAndClock);
    expect(timeline.flatMap((t) => t.slice(1).map((r) => r[3]))).toEqual(['启动应急预案']);
    expect(paragraphs(doc.document)).toContain(ZH.starredNote(1, drills.entries(drillId).length));
    expect(textOf(doc.document)).toContain('暂无新增帖文'); // still in the appendix
  });

  it('are written in English for a drill held in English', async () => {
    world = makeWorld({ live: false });
    const drills = world.services.drills;
    const pack = world.services.scenarios.get('transfer-failure');
    const drillId = drills.create({ pack, facts: { name: 'Transfer failure drill' }, language: 'en' });
    drills.start(drillId);
    drills.finish(drillId);
    const doc = await open(await buildMinutes(drills.entries(drillId), { exportedAt: EXPORTED_AT, draft: false }));
    const paras = paragraphs(doc.document);
    for (const title of Object.values(EN.sections)) expect(paras.some((p) => p.endsWith(title)), title).toBe(true);
    expect(textOf(doc.footers)).toContain('Page ');
    expect(paras.some((p) => p.includes('事件发现与报告'))).toBe(false);
  });

  it('keep text that is not valid in XML out of the document', async () => {
    world = makeWorld({ live: false });
    const drills = world.services.drills;
    const pack = world.services.scenarios.get('anonymous-email');
    const drillId = drills.create({ pack, facts: { name: '特殊字符 <演练> & "测试"' }, language: 'zh-CN' });
    drills.start(drillId);
    drills.record(drillId, { kind: 'observation', roleId: 'monitoring', text: 'bell\u0007 tab\there\r\nnew line', data: {} });
    const doc = await open(await buildMinutes(drills.entries(drillId), { exportedAt: EXPORTED_AT, draft: true }));
    expect(doc.document).not.toContain('\u0007');
    expect(textOf(doc.document)).toContain('bell tab');
    expect(textOf(doc.document)).toContain('\nnew line');
    expect(paragraphs(doc.document)[0]).toContain('特殊字符 <演练> & "测试"');
  });
});
