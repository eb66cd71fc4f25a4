// The papers before the drill, as real .docx bytes: read back by python-docx, converted by LibreOffice, counted page by page.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDemo } from '../../electron/drill/demo';
import { sha256 } from '../../electron/journal/sha256';
import { WALK_IN_LINES } from '../../electron/papers/signin';
import { NOTE_LINES } from '../../electron/papers/script';
import type { Principal } from '../../shared/ipc/capabilities';
import { scenarioVersion } from '../../shared/domain/scenarioVersion';
import { injectsInOrder, type ScenarioPack } from '../../shared/domain/scenario';
import type { PaperKind } from '../../shared/domain/papers';
import { reviewRecord } from '../../shared/domain/review';
import { docxToPdf, dumpDocx, pdfPages, pdfPageTexts, type DocxDump } from '../helpers/docxDump';
import { makeWorld, tempDir, type World } from '../helpers/world';

const FONTCONFIG = resolve(__dirname, '../fixtures/fontconfig/fonts.conf');
const PACKS = ['transfer-failure', 'anonymous-email'] as const;
const PAPERS: PaperKind[] = ['plan', 'script', 'cards', 'signin', 'evaluation'];
/** Text compared without the spaces and line breaks a layout adds. */
const squash = (s: string) => s.replace(/\s+/g, '');
const allText = (d: DocxDump) => [...d.paragraphs, ...d.tables.flat(2)].join('\n');

interface Made {
  pack: ScenarioPack;
  drillId: string;
  /** The same pack run through by the demo, for the filled form. */
  doneId: string;
  files: Record<PaperKind | 'filled', string>;
  dumps: Record<PaperKind | 'filled', DocxDump>;
  pdfs: Record<PaperKind | 'filled', string>;
}

let world: World;
let out: string;
const made = new Map<string, Made>();

const FACTS = (pack: ScenarioPack) => ({
  name: `${pack.title}应急演练`,
  place: 'XX支行三楼会议室',
  organiser: 'XX分行办公室',
  facilitator: '孙立新',
  scribe: '郑晓燕',
  commander: '王行长',
  evaluators: '李评估、赵评估',
  drillType: 'live' as const,
  notice: 'no_notice' as const,
  plannedStart: '2026-12-10T09:00',
  plannedEnd: '2026-12-10T11:30',
  // Names split on 、 , ， and new lines.
  participants: { commander: '王建国', spokesperson: '李晓梅、张伟', monitoring: '刘芳,陈志强，杨静\n赵磊' },
});

beforeAll(async () => {
  world = makeWorld({ live: false });
  out = tempDir('drillroom-papers-');
  const s = world.services;
  for (const id of PACKS) {
    const pack = s.scenarios.get(id);
    const drillId = s.drills.create({ pack, facts: FACTS(pack), language: 'zh-CN' });
    const approved = await s.dispatch('plan.approve', { drillId, approver: '周主任' });
    expect(approved.ok).toBe(true);
    const files = {} as Made['files'];
    for (const paper of PAPERS) {
      const res = await s.dispatch('papers.export', { drillId, paper });
      if (!res.ok) throw new Error(JSON.stringify(res.error));
      files[paper] = (res.value as { path: string }).path;
    }
    // After the drill: the same pack run through, scored, and the evaluator form filled from the journal.
    const done = runDemo(s.drills, world.clock, pack);
    s.drills.record(done, { kind: 'score', roleId: 'evaluator', text: '研判及时', data: { target: 'objective', targetId: pack.objectives[0]!.id, rating: 'S' } });
    s.drills.record(done, { kind: 'score', roleId: 'evaluator', text: '改判为无挑战完成', data: { target: 'objective', targetId: pack.objectives[0]!.id, rating: 'P' } });
    s.drills.record(done, { kind: 'score', roleId: 'evaluator', text: '口径不一致', data: { target: 'objective', targetId: pack.objectives[1]!.id, rating: 'M' } });
    s.drills.record(done, { kind: 'verdict', roleId: 'evaluator', text: '总体良好', data: { rating: 'S' } });
    const filled = await s.dispatch('papers.export', { drillId: done, paper: 'evaluation', filled: true });
    if (!filled.ok) throw new Error(JSON.stringify(filled.error));
    files.filled = (filled.value as { path: string }).path;
    made.set(id, { pack, drillId, doneId: done, files, dumps: {} as Made['dumps'], pdfs: {} as Made['pdfs'] });
  }
  const all = [...made.values()].flatMap((m) => Object.values(m.files));
  const pdfs = docxToPdf(all, out, FONTCONFIG);
  for (const m of made.values())
    for (const [k, path] of Object.entries(m.files) as [PaperKind | 'filled', string][]) {
      m.dumps[k] = dumpDocx(path);
      m.pdfs[k] = pdfs[all.indexOf(path)]!;
    }
}, 400_000);

afterAll(() => {
  world?.dispose();
  if (out) rmSync(out, { recursive: true, force: true });
});

describe.each(PACKS)('the papers of %s', (id) => {
  const m = () => made.get(id)!;

  it('are saved as the minutes are (named after the drill, in the exports folder) and open in LibreOffice', () => {
    const { files, pdfs } = m();
    expect(basename(files.plan)).toBe(`${m().pack.title}应急演练方案.docx`);
    expect(basename(files.script)).toBe(`${m().pack.title}应急演练导调脚本.docx`);
    for (const k of Object.keys(files) as (keyof typeof files)[]) {
      expect(readFileSync(files[k]).subarray(0, 2).toString()).toBe('PK');
      expect(pdfPages(pdfs[k])).toBeGreaterThanOrEqual(1);
    }
  });

  it('the plan holds every section, the organisation and people, every role, every expected action, the approval and the version hash', () => {
    const { pack, dumps, drillId } = m();
    const d = dumps.plan;
    const text = allText(d);
    for (const h of ['一、背景与目的', '二、演练形式', '三、时间地点', '四、组织机构与职责', '五、情景概要', '六、流程与时间安排', '七、评估方法', '八、保障与要求', '九、审批'])
      expect(d.paragraphs).toContain(h);
    for (const h of ['（一）领导小组', '（二）导演组', '（三）评估组', '（四）参演岗位']) expect(d.paragraphs).toContain(h);
    expect(text).toContain('本次演练为实战演练，采取突击（不预先通知）方式。');
    expect(text).toContain('2026年12月10日 09:00至11:30');
    expect(text).toContain('总指挥：王行长');
    expect(text).toContain('导演（主持）：孙立新');
    expect(text).toContain('评估人员：李评估、赵评估');
    const roles = d.tables.find((t) => t[0]!.join('|') === '岗位|职责|参演人员')!;
    expect(roles.slice(1).map((r) => r[0])).toEqual(pack.roles.map((r) => r.name));
    expect(roles.find((r) => r[0] === pack.roles.find((x) => x.id === 'monitoring')!.name)![2]).toBe('刘芳、陈志强、杨静、赵磊');
    const phases = d.tables.find((t) => t[0]![0] === '阶段')!;
    expect(phases.length - 1).toBe(pack.phases.length);
    const actions = d.tables.find((t) => t[0]!.join('|') === '序号|注入|预期行动|岗位|时限')!;
    expect(actions.length - 1).toBe(pack.injects.reduce((n, j) => n + j.expectedActions.length, 0));
    for (const k of ['P（无挑战完成）', 'S（有一定挑战）', 'M（有重大挑战）', 'U（未能完成）']) expect(text).toContain(k);
    for (const line of ['编制：', '审核：', '批准：']) expect(d.paragraphs.some((p) => p.startsWith(line))).toBe(true);
    const version = scenarioVersion(world.services.drills.state(drillId).scenario, sha256);
    expect(text).toMatch(/已批准：周主任，\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}。/);
    expect(d.paragraphs.filter((p) => p === version).length).toBe(2); // the approved hash and the version the plan was printed from
  });

  it('the control script holds every inject in time order with its content, sender, targets, actions, triggers and note lines', () => {
    const { pack, dumps, pdfs } = m();
    const d = dumps.script;
    const ordered = injectsInOrder(pack);
    const heads = d.paragraphs.filter((p) => /^\d+\. T\+\d{2}:\d{2}/.test(p));
    expect(heads.length).toBe(pack.injects.length);
    heads.forEach((h, i) => expect(h.startsWith(`${i + 1}. T+`)).toBe(true));
    const text = allText(d);
    for (const inj of ordered) {
      expect(squash(text)).toContain(squash(inj.content));
      expect(text).toContain(`发送方：${inj.sender}`);
      expect(text).toContain(`接收岗位：${inj.targetRoles.map((r) => pack.roles.find((x) => x.id === r)!.name).join('、')}`);
      for (const a of inj.expectedActions) expect(text).toContain(a.text);
    }
    const triggers = d.paragraphs.filter((p) => p.startsWith('触发条件：'));
    expect(triggers.length).toBe(pack.injects.filter((j) => j.contingency || j.afterInjectId).length);
    for (const j of pack.injects.filter((x) => x.afterInjectId)) {
      const after = pack.injects.find((x) => x.id === j.afterInjectId)!;
      expect(triggers.some((t) => t.includes(after.title ?? ''))).toBe(true);
    }
    // Note lines: a one-column ruled table after each inject.
    expect(d.tables.filter((t) => t.length === NOTE_LINES && t.every((r) => r.length === 1 && r[0] === '')).length).toBe(pack.injects.length);
    expect(squash(execFileSync('pdftotext', [pdfs.script, '-'], { encoding: 'utf8' }))).toContain(squash(ordered[ordered.length - 1]!.content));
  });

  it('the inject cards: one card per inject, two to a page (ceil(n/2) pages), no card split across pages, large type, roles first', () => {
    const { pack, dumps, pdfs, files } = m();
    const cards = dumps.cards.tables.filter((t) => t.length === 1 && t[0]!.length === 1 && t[0]![0]!.startsWith('情景卡'));
    expect(cards.length).toBe(pack.injects.length);
    const ordered = injectsInOrder(pack);
    cards.forEach((card, i) => {
      const lines = card[0]![0]!.split('\n');
      expect(lines[0]).toContain(`情景卡 ${i + 1}／${pack.injects.length}`);
      expect(lines[1]).toBe(`接收岗位：${ordered[i]!.targetRoles.map((r) => pack.roles.find((x) => x.id === r)!.name).join('、')}`);
    });
    expect(pdfPages(pdfs.cards)).toBe(Math.ceil(pack.injects.length / 2));
    const pages = pdfPageTexts(pdfs.cards).map(squash);
    for (const inj of ordered) expect(pages.filter((p) => p.includes(squash(inj.content))).length).toBe(1);
    pages.forEach((p, i) => expect(p.includes('沿虚线剪开')).toBe(i < pages.length - 1 || pack.injects.length % 2 === 0));
    // The card body is set at 16 pt or more (sizes in half-points in the styles).
    const styles = execFileSync('/usr/bin/python3', ['-c', 'import sys, docx; d = docx.Document(sys.argv[1]); print(d.styles["Card Body"].font.size.pt, d.styles["Card Roles"].font.size.pt)', files.cards], { encoding: 'utf8' });
    const [body, roles] = styles.trim().split(' ').map(Number);
    expect(body).toBeGreaterThanOrEqual(16);
    expect(roles).toBeGreaterThan(body!);
  });

  it('the sign-in sheet lists the people by role, every role with blank lines for walk-ins, and the control cell', () => {
    const { pack, dumps } = m();
    const [sheet, staff] = dumps.signin.tables;
    expect(sheet![0]).toEqual(['序号', '姓名', '部门', '岗位', '签到时间', '签名']);
    const facts = FACTS(pack);
    for (const role of pack.roles) {
      const rows = sheet!.slice(1).filter((r) => r[3] === role.name);
      const people = (facts.participants as Record<string, string>)[role.id]?.split(/[、,，\n]/) ?? [];
      expect(rows.length).toBe(people.length + WALK_IN_LINES);
      expect(rows.map((r) => r[1]).filter(Boolean)).toEqual(people);
    }
    expect(staff!.slice(1).map((r) => r[1]).filter(Boolean)).toEqual(['孙立新', '郑晓燕', '李评估', '赵评估']);
  });

  it('the blank evaluator form: one per evaluator, every expected action with its deadline, empty P/S/M/U boxes, every objective', () => {
    const { pack, dumps, pdfs } = m();
    const d = dumps.evaluation;
    expect(d.page.width).toBeGreaterThan(d.page.height); // landscape
    const forms = d.paragraphs.filter((p) => p.startsWith('评估人：'));
    expect(forms).toEqual(['评估人：李评估　　阶段：____________', '评估人：赵评估　　阶段：____________']);
    const actionTables = d.tables.filter((t) => t[0]!.join('|') === '序号|预期行动|岗位|时限|实际时间|评价|备注');
    expect(actionTables.length).toBe(2);
    const total = pack.injects.reduce((n, j) => n + j.expectedActions.length, 0);
    for (const t of actionTables) {
      expect(t.length - 1).toBe(total);
      for (const r of t.slice(1)) {
        expect(r[3]).toMatch(/^T\+\d{2}:\d{2}\n（发布后 \d+ 分钟内）$/);
        expect(r[4]).toBe('');
        expect(r[5]).toBe('☐P ☐S ☐M ☐U');
      }
    }
    for (const a of pack.injects.flatMap((j) => j.expectedActions)) expect(actionTables[0]!.some((r) => r[1]!.startsWith(a.text))).toBe(true);
    const objectives = d.tables.filter((t) => t[0]![1] === '演练目标');
    expect(objectives[0]!.length - 1).toBe(pack.objectives.length);
    expect(pdfPageTexts(pdfs.evaluation).some((p) => p.includes('☐P'))).toBe(true);
  });

  it('the filled evaluator form: observed drill times, outcomes, and the box ticked from the latest score', () => {
    const { pack, dumps } = m();
    const d = dumps.filled;
    expect(d.paragraphs[0]).toContain('（演练后填写）');
    const actions = d.tables.find((t) => t[0]![1] === '预期行动')!;
    expect(actions.length - 1).toBe(pack.injects.reduce((n, j) => n + j.expectedActions.length, 0));
    // The demo answers every expected action at half its deadline: all observed, all on time.
    for (const r of actions.slice(1)) {
      expect(r[4]).toMatch(/^T\+\d{2}:\d{2}:\d{2}$/);
      expect(r[6]).toMatch(/^按时完成、见第 \d+ 条记录$/);
    }
    const objectives = d.tables.find((t) => t[0]![1] === '演练目标')!;
    expect(objectives[1]![2]).toBe('☑P ☐S ☐M ☐U'); // the later score replaced the S
    expect(objectives[1]![3]).toBe('改判为无挑战完成');
    expect(objectives[2]![2]).toBe('☐P ☐S ☑M ☐U');
    // The other objectives carry the demo's own latest scores, box by box.
    const latest = reviewRecord(world.services.drills.entries(m().doneId)).latest;
    pack.objectives.slice(2).forEach((o, i) => {
      const r = latest.get(`objective:${o.id}`)?.rating;
      expect(objectives[i + 3]![2]).toBe(['P', 'S', 'M', 'U'].map((k) => `${k === r ? '☑' : '☐'}${k}`).join(' '));
    });
    expect(d.paragraphs).toContain('总体评价：☐P ☑S ☐M ☐U');
  });
});

describe('papers through the contract', () => {
  it('a role seat may not export a paper or approve the plan; a second approval and one after the start are refused', async () => {
    const { drillId } = made.get('transfer-failure')!;
    const s = world.services;
    const seat: Principal = { kind: 'role', seatId: 's1', drillId, roleId: 'monitoring' };
    expect(await s.dispatch('papers.export', { drillId, paper: 'plan' }, seat)).toMatchObject({ ok: false, error: { key: 'forbidden_seat.call' } });
    expect(await s.dispatch('plan.approve', { drillId, approver: '李' }, seat)).toMatchObject({ ok: false, error: { key: 'forbidden_seat.call' } });
    const before = s.drills.entries(drillId).length;
    expect(await s.dispatch('plan.approve', { drillId, approver: '吴主任' })).toMatchObject({ ok: false, error: { key: 'bad_state.plan_already_approved' } });
    const other = s.drills.create({ pack: s.scenarios.get('transfer-failure'), facts: { name: '未批准的演练' }, language: 'zh-CN' });
    s.drills.start(other);
    expect(await s.dispatch('plan.approve', { drillId: other, approver: '周主任' })).toMatchObject({ ok: false, error: { key: 'bad_state.plan_after_start' } });
    expect(s.drills.entries(drillId).length).toBe(before);
  });

  it('never overwrites an earlier paper silently: the browser host saves the next one beside it', async () => {
    const { drillId, files } = made.get('anonymous-email')!;
    const again = await world.services.dispatch('papers.export', { drillId, paper: 'plan' });
    const path = (again as { value: { path: string } }).value.path;
    expect(path).not.toBe(files.plan);
    expect(basename(path)).toBe(basename(files.plan).replace(/\.docx$/, '-2.docx'));
    expect(existsSync(files.plan)).toBe(true);
  });

  it('an English drill writes English papers with the English separator', async () => {
    const s = world.services;
    const pack = s.scenarios.get('transfer-failure');
    const drillId = s.drills.create({ pack, facts: { name: 'Transfer drill' }, language: 'en' });
    const res = await s.dispatch('papers.export', { drillId, paper: 'script' });
    const d = dumpDocx((res as { value: { path: string } }).value.path);
    expect(d.paragraphs[0]).toBe('Control script: Transfer drill');
    const multi = injectsInOrder(pack).find((j) => j.targetRoles.length > 1)!;
    const names = multi.targetRoles.map((r) => { const role = pack.roles.find((x) => x.id === r)!; return role.nameEn ?? role.name; });
    expect(d.paragraphs).toContain(`To: ${names.join(', ')}`);
    // Fixed words are English: no Han character outside the pack's own (Chinese) content, sender and titles.
    const own = new Set([...pack.injects.flatMap((j) => [j.content, j.sender, j.title ?? '', ...j.content.split(/\n+/)]), ...pack.phases.map((p) => p.name)]);
    const fixed = d.paragraphs.filter((p) => !own.has(p) && !/^(\d+\. T\+|Sender: |To: |Trigger: )/.test(p));
    for (const p of fixed) expect(p, p).not.toMatch(/\p{Script=Han}/u);
  });
});
