// The minutes as the report an auditor signs (issue 12), from real docx bytes read back by python-docx and a real
// LibreOffice PDF: every section, the critical-task evaluation entry by entry, a conclusion that never claims "all met"
// against the record, the latest score only, times that never wrap, declared fonts, cached page fields, full-width punctuation.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { runDemo } from '../../electron/drill/demo';
import { buildMinutes } from '../../electron/minutes/build';
import { ZH } from '../../electron/minutes/catalogue';
import { formatDrillClock } from '../../shared/domain/clock';
import type { AnyEntry } from '../../shared/domain/entry';
import { evaluateActions, type ActionEvaluation } from '../../shared/domain/evaluation';
import { ScenarioPackSchema, type ScenarioPack } from '../../shared/domain/scenario';
import { makeWorld, tempDir, type World } from '../helpers/world';

const EXPORTED_AT = Date.UTC(2026, 11, 1, 2, 0, 0);
const MIN = 60_000;
const R = ZH.report;
const FONTCONFIG = resolve(__dirname, '../fixtures/fontconfig/fonts.conf');
const out = tempDir('drillroom-report-');
const worlds: World[] = [];
afterAll(() => {
  for (const w of worlds) w.dispose();
  rmSync(out, { recursive: true, force: true });
});
const world = () => {
  const w = makeWorld({ live: false });
  worlds.push(w);
  return w;
};

interface ReadBack {
  paragraphs: string[];
  tables: string[][][];
}
/** python-docx's view of the file: every paragraph's text (body only) and every table's cell texts. */
function pythonDocx(path: string): ReadBack {
  const script = [
    'import sys, json, docx',
    'd = docx.Document(sys.argv[1])',
    'print(json.dumps({"paragraphs": [p.text for p in d.paragraphs], "tables": [[[c.text for c in r.cells] for r in t.rows] for t in d.tables]}))',
  ].join('\n');
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as ReadBack;
}
function toPdf(docx: string): string {
  execFileSync('soffice', [`-env:UserInstallation=file://${join(out, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', out, docx], {
    env: { ...process.env, FONTCONFIG_FILE: FONTCONFIG },
    stdio: 'pipe',
    timeout: 170_000,
  });
  return docx.replace(/\.docx$/, '.pdf');
}
async function save(name: string, entries: readonly AnyEntry[], draft = false): Promise<{ path: string; bytes: Uint8Array }> {
  const bytes = await buildMinutes(entries, { exportedAt: EXPORTED_AT, draft });
  const path = join(out, `${name}.docx`);
  writeFileSync(path, bytes);
  return { path, bytes };
}

/** Tables by their header row. */
const byHeader = (d: ReadBack, pred: (h: string[]) => boolean) => d.tables.filter((t) => t[0] && pred(t[0])).flatMap((t) => t.slice(1));
const actionRows = (d: ReadBack) => byHeader(d, (h) => h[0] === R.actionCols.action);
const outcomeWords = (a: ActionEvaluation) => (a.outcome === 'late' ? null : R.outcome[a.outcome]);

/** Every section of the report is a paragraph of its own. */
const SECTIONS = [...Object.values(ZH.sections), ZH.evaluationParts.objectives, ZH.evaluationParts.actions, R.verdictTitle, R.derivedTitle];

/** The evaluation rows agree with the journal, one by one, in pack order within phase groups. */
function expectEvaluationAgrees(d: ReadBack, entries: readonly AnyEntry[]) {
  const evals = evaluateActions(entries);
  const rows = actionRows(d);
  expect(rows.length).toBe(evals.length);
  for (const a of evals) {
    const row = rows.find((r) => r[0]!.endsWith(a.text) && r[2] === `${a.deadlineMs === null ? '—' : formatDrillClock(a.deadlineMs)}\n${a.doneMs === null ? '—' : formatDrillClock(a.doneMs)}`);
    expect(row, `${a.injectId}/${a.actionId}`).toBeDefined();
    const words = outcomeWords(a);
    if (words) expect(row![3]!.split('\n')[0]).toBe(words);
    else expect(row![3]!.split('\n')[0]).toMatch(/^超时 /);
    if (a.bySeq !== null) expect(row![3]).toContain(`#${a.bySeq}`);
    else expect(row![3]).not.toContain('#');
  }
}

/** The Chinese text of a docx (document.xml), for scanning. */
async function chineseText(bytes: Uint8Array): Promise<string> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  const unescape = (t: string) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1]!)).join('\n');
}
const HALF_WIDTH_BETWEEN_HAN = /\p{Script=Han}[,;:?!()]\p{Script=Han}?|[,;:?!()]\p{Script=Han}/gu;

/**
 * No time wraps: each time, drill clock and date of a time column, as the docx holds it, is found whole on a line of
 * the PDF text as often as the docx shows it in those columns (a wrapped "T+00:02:" / "00" would not be).
 */
function expectNoTimeWraps(pdf: string, d: ReadBack) {
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  const TIME = /^(T\+\d{2}:\d{2}:\d{2}|\d{2}:\d{2}:\d{2}|\d{4}-\d{2}-\d{2})$/;
  const wanted = new Map<string, number>();
  const take = (cell: string | undefined) => {
    for (const line of (cell ?? '').split('\n')) if (TIME.test(line)) wanted.set(line, (wanted.get(line) ?? 0) + 1);
  };
  for (const r of byHeader(d, (h) => h[0] === ZH.cols.wallAndClock)) take(r[0]?.replace(/\s/, '\n'));
  for (const r of byHeader(d, (h) => h[4] === R.appendixCols.hash)) take(r[1]?.replace(/\s/, '\n'));
  for (const r of byHeader(d, (h) => h[2]?.startsWith(R.injectCols.content) ?? false)) take(r[1]);
  for (const r of actionRows(d)) take(r[2]);
  for (const r of byHeader(d, (h) => h[1] === R.improvementCols.measure)) take(r[3]);
  expect(wanted.size).toBeGreaterThan(5);
  const escape = (s: string) => s.replace(/[+]/g, '\\+');
  for (const [t, n] of wanted) expect((text.match(new RegExp(`(?<![\\d:+])${escape(t)}(?![\\d:])`, 'g')) ?? []).length, t).toBeGreaterThanOrEqual(n);
}

/** A pack of our own: two phases, an inject whose actions will be late and missed, and an unreleased contingency. */
const ownPack = (): ScenarioPack =>
  ScenarioPackSchema.parse({
    schema: 'drillroom.scenario/1',
    id: 'own-report-pack',
    title: '自编剧本：网点排队投诉',
    summary: '某网点排长队，客户在短视频平台发帖投诉。',
    objectives: [{ id: 'o1', text: '检验一线岗位发现后及时上报的能力。' }],
    phases: [
      { id: 'find', name: '发现与报告', targetMin: 10 },
      { id: 'act', name: '处置', targetMin: 20 },
    ],
    roles: [
      { id: 'lobby', name: '大堂经理', tasks: [{ id: 't1', text: '维持现场秩序', phaseId: 'find' }] },
      { id: 'commander', name: '总指挥', tasks: [] },
    ],
    injects: [
      {
        id: 'q1',
        offsetMin: 1,
        channel: 'video',
        sender: '网友“排队两小时”',
        title: '网点排队两小时',
        content: '今天在XX支行排了两个小时的队，只开了一个窗口，大家都在抱怨。',
        targetRoles: ['lobby', 'commander'],
        phaseId: 'find',
        milestone: 'discovered',
        expectedActions: [
          { id: 'report', text: '向总指挥报告现场情况', roleId: 'lobby', deadlineMin: 5, kind: 'communication', milestone: 'reported' },
          { id: 'open', text: '增开窗口并安抚排队客户', roleId: 'commander', deadlineMin: 10, kind: 'decision' },
          { id: 'post', text: '在平台回应网友关切', roleId: 'commander', deadlineMin: 15, kind: 'communication' },
        ],
      },
      {
        id: 'q2',
        offsetMin: 30,
        channel: 'news',
        sender: '本地新闻网',
        content: '记者就网点排队问题求证。',
        targetRoles: ['commander'],
        contingency: true,
        expectedActions: [{ id: 'answer', text: '答复记者求证', roleId: 'commander', deadlineMin: 20 }],
      },
    ],
    timingTargets: [{ id: 'disc_rep', label: '发现→上报', from: 'discovered', to: 'reported', targetMin: 10 }],
  });

/** Driven through the journal: a voided answer, a corrected one, a late and a missed action, a superseded score, a verdict that says all met. */
function journalDrill(w: World): { drillId: string; voided: number; superseded: number; latest: number } {
  const drills = w.services.drills;
  const drillId = drills.create({
    pack: ownPack(),
    facts: { name: '网点排队投诉演练', commander: '高志远', facilitator: '孙立新', evaluators: '何静', scribe: '郑晓燕', reviewer: '钱文博', drillType: 'live', notice: 'no_notice', plannedStart: '2026-12-01T09:00', plannedEnd: '2026-12-01T10:00', participants: { lobby: '王建国', commander: '高志远' } },
    language: 'zh-CN',
    tzOffsetMin: -480,
  });
  drills.record(drillId, { kind: 'attendance', roleId: 'lobby', text: '', data: { name: '王建国', department: '营业部', late: false } });
  drills.start(drillId);
  drills.record(drillId, { kind: 'attendance', roleId: 'lobby', text: '', data: { name: '李临时', department: '营业部', late: true } });
  w.clock.advance(MIN); // q1 is released at T+1 by the scheduler
  expect(drills.state(drillId).released.map((r) => r.injectId)).toEqual(['q1']);
  w.clock.advance(2 * MIN);
  const wrong = drills.record(drillId, { kind: 'communication', roleId: 'lobby', text: '已报告总指挥（误记）', data: { injectId: 'q1', actionId: 'report', audience: 'internal' } });
  drills.record(drillId, { kind: 'correction', roleId: null, text: '此时尚未报告，作废', data: { corrects: wrong.seq, void: true } });
  w.clock.advance(6 * MIN); // T+9: the report deadline (T+6) has passed
  drills.record(drillId, { kind: 'communication', roleId: 'lobby', text: '向总指挥报告：排队约四十人', data: { injectId: 'q1', actionId: 'report', audience: 'internal', milestone: 'reported' } });
  const open = drills.record(drillId, { kind: 'decision', roleId: 'commander', text: '增开两个窗口', data: { injectId: 'q1', actionId: 'open' } });
  drills.record(drillId, { kind: 'correction', roleId: null, text: '增开三个窗口并安排引导员安抚客户', data: { corrects: open.seq, void: false } });
  drills.nextPhase(drillId);
  w.clock.advance(20 * MIN);
  const first = drills.record(drillId, { kind: 'score', roleId: null, text: '上报及时', data: { target: 'objective', targetId: 'o1', rating: 'P' } });
  const second = drills.record(drillId, { kind: 'score', roleId: null, text: '上报超时，有重大挑战', data: { target: 'objective', targetId: 'o1', rating: 'M' } });
  drills.finish(drillId);
  drills.record(drillId, { kind: 'verdict', roleId: null, text: '各项目标全部达成。', data: { rating: 'P' } });
  return { drillId, voided: wrong.seq, superseded: first.seq, latest: second.seq };
}

describe('the minutes as the report an auditor signs', () => {
  for (const scenario of ['transfer-failure', 'anonymous-email']) {
    it(`for the demo drill of ${scenario}: every section read back by python-docx, the evaluation agrees with the journal`, async () => {
      const w = world();
      const drillId = runDemo(w.services.drills, w.clock, w.services.scenarios.get(scenario));
      const entries = w.services.drills.entries(drillId);
      const { path, bytes } = await save(scenario, entries);
      const d = pythonDocx(path);
      for (const title of SECTIONS) expect(d.paragraphs.some((p) => p.endsWith(title)), title).toBe(true);
      expectEvaluationAgrees(d, entries);
      // 基本概要 names the type, the plan, the commander, the evaluators and the scenario's version and approver.
      const basic = Object.fromEntries(d.tables[0]!.map((r) => [r[0], r[1]]));
      expect(basic[R.basic.type]).toBe('桌面推演（预先通知）');
      expect(basic[R.basic.planned]).toBe('2026年11月28日 01:30 — 04:30');
      expect(basic[R.basic.commander]).toBe('高志远');
      expect(basic[R.basic.evaluators]).toBe('何静、马俊');
      expect(basic[ZH.basic.scenario]).toMatch(/版本 [0-9a-f]{12}（方案经 高志远 审批，审批版本与执行版本一致）/);
      // Signatures for the five, and the sign-in sheet with blank lines for walk-ins.
      for (const who of Object.values(R.signatories)) expect(d.paragraphs.some((p) => p.startsWith(`${who}：`) && p.includes('签字')), who).toBe(true);
      const signIn = byHeader(d, (h) => h[4] === R.signInCols.sign);
      expect(signIn.filter((r) => r.every((c) => c === '')).length).toBe(5);
      expect(signIn.some((r) => r[1] === '王建国' && /^\d{2}:\d{2}:\d{2}$/.test(r[3]!))).toBe(true);
      // The journal appendix: every entry with the first 8 hex of its hash, and a sentence relating its count to the body.
      const appendix = byHeader(d, (h) => h[4] === R.appendixCols.hash);
      expect(appendix.map((r) => [Number(r[0]), r[4]])).toEqual(entries.map((e) => [e.seq, e.hash.slice(0, 8)]));
      expect(d.paragraphs.some((p) => p.startsWith(`本附录列出演练 ${drillId} 的全部 ${entries.length} 条记录`))).toBe(true);
      // The demo rates one objective M: the derived conclusion may not say all was met, and the problems say why.
      const all = d.paragraphs.join('\n');
      expect(all).not.toContain('各项时效指标均在目标时限内完成');
      expect(all).toContain('【评级 M】');
      // Full-width punctuation in the Chinese text.
      expect((await chineseText(bytes)).match(HALF_WIDTH_BETWEEN_HAN) ?? []).toEqual([]);
    }, 120_000);
  }

  it('for a drill driven through the journal: a void, a correction, a late and a missed action, a superseded score, a verdict against the record', async () => {
    const w = world();
    const { drillId, voided, superseded, latest } = journalDrill(w);
    const entries = w.services.drills.entries(drillId);
    const evals = evaluateActions(entries);
    expect(evals.map((a) => a.outcome)).toEqual(['late', 'on_time', 'missed', 'not_released']);
    const { path, bytes } = await save('journal-drill', entries);
    const d = pythonDocx(path);
    for (const title of SECTIONS) expect(d.paragraphs.some((p) => p.endsWith(title)), title).toBe(true);
    expectEvaluationAgrees(d, entries);
    const rows = actionRows(d);
    expect(rows.find((r) => r[0]!.endsWith('向总指挥报告现场情况'))![3]).toBe(`超时 3分钟\n#${evals[0]!.bySeq} 大堂经理`);
    expect(rows.every((r) => !r[3]!.includes(`#${voided}`))).toBe(true);
    // Only the latest score counts in the body; the superseded one is in the appendix only, marked.
    const objectives = byHeader(d, (h) => h[0] === ZH.cols.objectOrRole);
    expect(objectives).toEqual([['检验一线岗位发现后及时上报的能力。', ZH.ratings.M, '上报超时，有重大挑战']]);
    const body = d.paragraphs.join('\n') + d.tables.filter((t) => t[0]?.[4] !== R.appendixCols.hash).flat(2).join('\n');
    expect(body).not.toContain('上报及时');
    const appendix = byHeader(d, (h) => h[4] === R.appendixCols.hash);
    expect(appendix.find((r) => r[0] === String(superseded))![3]).toContain(R.supersededBy(latest));
    expect(appendix.find((r) => r[0] === String(voided))![3]).toContain(R.voidedMark);
    // The verdict says all met, the record does not: the derived summary stands beside it, with a visible note.
    const all = d.paragraphs.join('\n');
    expect(all).toContain(R.verdict(ZH.ratings.P, '各项目标全部达成。'));
    expect(all).not.toContain(R.allMet);
    expect(all).not.toContain('各项时效指标均在目标时限内完成');
    expect(all).toContain('未全部达成：未完成的预期行动 1 项；超时完成的预期行动 1 项');
    expect(d.paragraphs.some((p) => p.startsWith('注意：评估组结论表示各项均已达成'))).toBe(true);
    expect(all).toContain('【未完成】发现与报告：在平台回应网友关切');
    expect(all).toContain('【超时】发现与报告：向总指挥报告现场情况');
    // Sign-in: the late walk-in is a row of its own, marked late.
    expect(byHeader(d, (h) => h[4] === R.signInCols.sign).some((r) => r[1] === '李临时' && r[3]!.endsWith(R.lateMark))).toBe(true);
    expect((await chineseText(bytes)).match(HALF_WIDTH_BETWEEN_HAN) ?? []).toEqual([]);
    // LibreOffice lays it out without wrapping a single time.
    expectNoTimeWraps(toPdf(path), d);
  }, 240_000);

  it('the derived conclusion says all met only when nothing is missed, late or rated M/U', async () => {
    const w = world();
    const drills = w.services.drills;
    const drillId = drills.create({ pack: ownPack(), facts: { name: '全部达标演练' }, language: 'zh-CN', tzOffsetMin: -480 });
    drills.start(drillId);
    w.clock.advance(2 * MIN);
    drills.record(drillId, { kind: 'communication', roleId: 'lobby', text: '报告总指挥', data: { injectId: 'q1', actionId: 'report', audience: 'internal', milestone: 'reported' } });
    drills.record(drillId, { kind: 'decision', roleId: 'commander', text: '增开窗口', data: { injectId: 'q1', actionId: 'open' } });
    drills.record(drillId, { kind: 'communication', roleId: 'commander', text: '回应网友', data: { injectId: 'q1', actionId: 'post', audience: 'public' } });
    drills.finish(drillId);
    const met = pythonDocx((await save('all-met', drills.entries(drillId))).path).paragraphs.join('\n');
    expect(met).toContain(R.allMet);
    // One rating M is enough to take it back.
    drills.record(drillId, { kind: 'score', roleId: null, text: '有重大挑战', data: { target: 'objective', targetId: 'o1', rating: 'M' } });
    const rated = pythonDocx((await save('rated-m', drills.entries(drillId))).path).paragraphs.join('\n');
    expect(rated).not.toContain(R.allMet);
    expect(rated).toContain(R.notAllMet([R.parts.ratings(1)]));
  }, 120_000);

  it('declare every font with altName, panose and charset, and carry cached PAGE/NUMPAGES values', async () => {
    const w = world();
    const drillId = runDemo(w.services.drills, w.clock, w.services.scenarios.get('anonymous-email'));
    const zip = await JSZip.loadAsync((await save('fonts', w.services.drills.entries(drillId))).bytes);
    const fonts = await zip.file('word/fontTable.xml')!.async('string');
    for (const [name, alt] of [['宋体', 'SimSun'], ['仿宋', 'FangSong'], ['黑体', 'SimHei'], ['楷体', 'KaiTi']])
      expect(fonts).toMatch(new RegExp(`<w:font w:name="${name}"><w:altName w:val="${alt}"/><w:panose1 w:val="[0-9A-F]{20}"/><w:charset w:val="86"/><w:family w:val="\\w+"/><w:pitch w:val="\\w+"/>`));
    expect(fonts).toMatch(/<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"\/><w:charset w:val="00"\/>/);
    // Every font the styles name is declared.
    const styles = await zip.file('word/styles.xml')!.async('string');
    const used = new Set([...styles.matchAll(/<w:rFonts [^>]*>/g)].flatMap((m) => [...m[0].matchAll(/w:(?:ascii|eastAsia|hAnsi|cs)="([^"]+)"/g)].map((x) => x[1]!)));
    expect(used.size).toBeGreaterThanOrEqual(5);
    for (const f of used) expect(fonts, f).toContain(`w:name="${f}"`);
    const footer = (await Promise.all(zip.file(/^word\/footer\d*\.xml$/).map((f) => f.async('string')))).join('');
    for (const field of ['PAGE', 'NUMPAGES'])
      expect(footer).toMatch(new RegExp(`<w:instrText xml:space="preserve"> ${field} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/>`));
    expect(footer).not.toContain('DRILLROOM-FIELD');
  }, 60_000);

  it('a 150-entry drill fits in about 15 pages, and no time of the demo wraps', async () => {
    const w = world();
    const drillId = runDemo(w.services.drills, w.clock, w.services.scenarios.get('transfer-failure'), { padTo: 150 });
    const entries = w.services.drills.entries(drillId);
    expect(entries.length).toBeGreaterThanOrEqual(150);
    const { path } = await save('size', entries);
    const pdf = toPdf(path);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    expect(pages).toBeLessThanOrEqual(20);
    expectNoTimeWraps(pdf, pythonDocx(path));
    // The signatures and the anchors share one page.
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');
    const signed = text.find((p) => p.includes('签字页凭据'))!;
    for (const needle of ['总指挥：', '审核人：', '最终哈希', entries.at(-1)!.hash, `记录条数：${entries.length}`]) expect(signed, needle).toContain(needle);
  }, 240_000);
});
