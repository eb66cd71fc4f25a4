// The sections of the minutes agree: every timing indicator cites entries (#seq) whose times the timeline and the
// communications table show; 补记 entries sit where they happened with both times; 时序存疑 is flagged. Real docx.
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { runDemo } from '../../electron/drill/demo';
import { buildMinutes } from '../../electron/minutes/build';
import { ZH } from '../../electron/minutes/catalogue';
import { ScenarioPackSchema, type ScenarioPack } from '../../shared/domain/scenario';
import { makeWorld, type World } from '../helpers/world';

const EXPORTED_AT = Date.UTC(2026, 11, 1, 2, 0, 0);
const MIN = 60_000;

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const textOf = (xml: string) => unescape([...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((m) => m[1] ?? '\n').join(''));
const tablesOf = (xml: string) => [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => [...m[0].matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((r) => [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => textOf(c[0]))));

async function minutesTables(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const all = tablesOf(await zip.file('word/document.xml')!.async('string'));
  // 处置过程: 时间 演练时钟 | 序号 | 角色 | 记录内容, re-cut to 时间 | 演练时钟 | 序号 | 角色 | 记录内容
  const timeline = all
    .filter((t) => t[0]?.[0] === ZH.cols.wallAndClock)
    .flatMap((t) => t.slice(1))
    .map((r) => [...r[0]!.split('\u00A0'), ...r.slice(1)]);
  // 情景与注入: 序号 | 发布时间 (time, clock, #seq) | 注入内容
  const injects = all.filter((t) => t[0]?.[2]?.startsWith(ZH.report.injectCols.content)).flatMap((t) => t.slice(1));
  const indicators = all.find((t) => t[0]?.[0] === ZH.cols.indicator)!.slice(1);
  const appendix = all.filter((t) => t[0]?.[4] === ZH.report.appendixCols.hash).flatMap((t) => t.slice(1));
  return { timeline, injects, indicators, appendix };
}
/** The drill clock the body shows for entry #seq: its timeline row, or the release time of an inject. */
function clockOfSeq(m: { timeline: string[][]; injects: string[][] }, seq: number): string | undefined {
  const row = m.timeline.find((r) => r[2] === `#${seq}`);
  if (row) return row[1];
  return m.injects.find((r) => r[1]!.split('\n').includes(`#${seq}`))?.[1]!.split('\n').find((l) => l.startsWith('T+'));
}
const parseClock = (s: string) => {
  const [h, m, sec] = s.slice(2).split(':').map(Number);
  return ((h! * 60 + m!) * 60 + sec!) * 1000;
};

let world: World;
afterEach(() => world?.dispose());

describe('the sections of the minutes agree', () => {
  /** A pack of our own: the seed's story with other ids (one of them a name Object.prototype has) and other targets. */
  const ownPack = (w: World): ScenarioPack => {
    const seed = w.services.scenarios.get('transfer-failure');
    return ScenarioPackSchema.parse({
      ...seed,
      id: 'own-pack',
      title: '自编剧本:网点系统故障',
      timingTargets: [
        { id: 'toString', label: '上报→监管报告', from: 'reported', to: 'regulator_report', targetMin: 45 },
        { id: 'start_discover', label: '开始→发现', from: 'start', to: 'discovered', targetMin: 1 },
        { id: 'verify_response', label: '核实→首次回应', from: 'verified', to: 'first_response', targetMin: 200 },
      ],
    });
  };
  for (const scenario of ['anonymous-email', 'transfer-failure', 'own-pack']) {
    it(`for the demo drill of ${scenario}, each indicator's end time is the time of the entry it cites`, async () => {
      world = makeWorld({ live: false });
      const pack = scenario === 'own-pack' ? ownPack(world) : world.services.scenarios.get(scenario);
      const drillId = runDemo(world.services.drills, world.clock, pack);
      const body = await minutesTables(await buildMinutes(world.services.drills.entries(drillId), { exportedAt: EXPORTED_AT, draft: false }));
      const { indicators } = body;
      expect(indicators.length).toBe(pack.timingTargets.length);
      for (const row of indicators) {
        // 起止节点: "发现 #3 T+00:02:00 → 上报 #7 T+00:06:00"
        const m = /#(\d+) (T\+[\d:]+) → .* #(\d+) (T\+[\d:]+)/.exec(row[1]!);
        expect(m, row.join(' | ')).not.toBeNull();
        const [, fromSeq, fromClock, toSeq, toClock] = m!;
        expect(clockOfSeq(body, Number(fromSeq)), `#${fromSeq} in the body`).toBe(fromClock);
        expect(clockOfSeq(body, Number(toSeq)), `#${toSeq} in the body`).toBe(toClock);
        const target = pack.timingTargets.find((t) => (t.labelEn ?? t.label) === row[0] || t.label === row[0])!;
        const met = parseClock(toClock!) - parseClock(fromClock!) <= target.targetMin * MIN;
        expect(row[4]).toBe(met ? ZH.status.met : ZH.status.missed);
      }
      // The first public response the indicator cites is a statement to the public or the media in the timeline.
      const first = indicators.find((r) => r[0] === '首次回应' || r[0] === '核实→首次回应');
      if (first) expect(body.timeline.find((r) => r[2] === `#${/→ .* #(\d+)/.exec(first[1]!)![1]}`)?.[4]).toMatch(/^（(公众|媒体)）/);
    });
  }

  it('a backdated entry is in the timeline where it happened, with both times, and an answer before its inject is flagged', async () => {
    world = makeWorld({ live: false });
    const drills = world.services.drills;
    const pack = world.services.scenarios.get('anonymous-email');
    const drillId = drills.create({ pack, facts: { name: '补记测试演练' }, language: 'zh-CN', tzOffsetMin: -480 });
    drills.start(drillId);
    world.clock.advance(2 * MIN);
    if (!drills.state(drillId).released.some((r) => r.injectId === 'ae-01')) drills.release(drillId, 'ae-01', true);
    expect(drills.state(drillId).released.find((r) => r.injectId === 'ae-01')?.clockMs).toBe(2 * MIN);
    world.clock.advance(8 * MIN);
    const live = drills.record(drillId, { kind: 'observation', roleId: 'monitoring', text: '实时记录', data: {} });
    world.clock.advance(2 * MIN);
    const late = drills.record(drillId, { kind: 'communication', roleId: 'monitoring', text: '补记:已口头上报组长', data: { injectId: 'ae-01', milestone: 'reported', audience: 'internal', occurredMs: 5 * MIN } });
    const early = drills.record(drillId, { kind: 'observation', roleId: 'monitoring', text: '补记:注入前已发现', data: { injectId: 'ae-01', occurredMs: MIN } });
    const m = await minutesTables(await buildMinutes(drills.entries(drillId), { exportedAt: EXPORTED_AT, draft: true }));
    const { timeline, indicators, appendix } = m;
    const order = timeline.map((r) => Number(r[2]!.slice(1)));
    expect(order.indexOf(early.seq)).toBeLessThan(order.indexOf(late.seq));
    expect(order.indexOf(late.seq)).toBeLessThan(order.indexOf(live.seq));
    const lateRow = timeline.find((r) => r[2] === `#${late.seq}`)!;
    expect(lateRow[0]).toBe(ZH.backdated);
    expect(lateRow[1]).toBe('T+00:05:00');
    expect(lateRow[4]).toContain('补记（晚 7 分钟记录）');
    expect(lateRow[4]).toContain('T+00:12:00');
    expect(indicators.find((r) => r[0] === '发现→上报')![1]).toContain(`#${late.seq} T+00:05:00`);
    // The appendix keeps the chain order and the recording time, and says when a late entry happened.
    const appendixRow = appendix.find((r) => r[0] === String(late.seq))!;
    expect(appendixRow[1]).toMatch(/^\d{2}:\d{2}:\d{2}\sT\+00:12:00$/);
    expect(appendixRow[3]).toContain('补记：发生于 T+00:05:00');
    expect(appendixRow[4]).toBe(late.hash.slice(0, 8));
    expect(appendix.map((r) => Number(r[0]))).toEqual(drills.entries(drillId).map((e) => e.seq));
    const earlyRow = timeline.find((r) => r[2] === `#${early.seq}`)!;
    expect(earlyRow[4]).toContain('时序存疑');
    expect(lateRow[4]).not.toContain('时序存疑');
  });

  it('a voided first response is not counted: the indicator is no longer met, and the timeline marks the entry void', async () => {
    world = makeWorld({ live: false });
    const drills = world.services.drills;
    const pack = world.services.scenarios.get('transfer-failure');
    const drillId = drills.create({ pack, facts: { name: '作废测试演练' }, language: 'zh-CN', tzOffsetMin: -480 });
    drills.start(drillId);
    world.clock.advance(MIN);
    drills.record(drillId, { kind: 'observation', roleId: 'customer_service', text: '接到投诉', data: { milestone: 'discovered' } });
    world.clock.advance(4 * MIN);
    const first = drills.record(drillId, { kind: 'communication', roleId: 'spokesperson', text: '误记的首次回应', data: { milestone: 'first_response', audience: 'public' } });
    const before = await minutesTables(await buildMinutes(drills.entries(drillId), { exportedAt: EXPORTED_AT, draft: true }));
    expect(before.indicators.find((r) => r[0] === '首次回应')).toMatchObject({ 3: '4分钟', 4: ZH.status.met });
    drills.record(drillId, { kind: 'correction', roleId: 'scribe', text: '并未发布,作废', data: { corrects: first.seq, void: true } });
    const after = await minutesTables(await buildMinutes(drills.entries(drillId), { exportedAt: EXPORTED_AT, draft: true }));
    const row = after.indicators.find((r) => r[0] === '首次回应')!;
    expect(row[4]).not.toBe(ZH.status.met);
    expect(row[1]).not.toContain(`#${first.seq}`);
    expect(after.timeline.find((r) => r[2] === `#${first.seq}`)![4]).toContain('已作废');
  });
});
