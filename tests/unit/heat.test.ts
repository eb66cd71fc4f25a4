// The opinion heat index: public posts add heat, silence raises it, a timely official statement lowers it, stages by thresholds.
import { describe, expect, it } from 'vitest';
import { fold } from '../../shared/domain/fold';
import { heatAt, heatCurve, heatEvents } from '../../shared/domain/heat';
import { DEFAULT_HEAT_RULES } from '../../shared/domain/heatRules';
import { checkPack, type ScenarioPack } from '../../shared/domain/scenario';
import { EntryList, seedPack } from '../helpers/entries';

const MIN = 60_000;
const pack = seedPack('anonymous-email');

/** A drill whose weibo post ae-03 (heat 35) came out at T+18. */
function drillWithWeiboPost(p: ScenarioPack = pack): EntryList {
  const j = new EntryList(p);
  j.add('clock.start', 0, {});
  j.add('inject.released', 2 * MIN, { injectId: 'ae-01', manual: false, lateMs: 0, late: false });
  j.add('inject.released', 18 * MIN, { injectId: 'ae-03', manual: false, lateMs: 0, late: false });
  return j;
}

const heatOf = (j: EntryList, clockMs: number) => heatAt(fold(j.entries), j.entries, clockMs);

describe('the opinion heat index', () => {
  it('is quiet at zero until a public post appears; an email to the branch adds nothing', () => {
    const j = drillWithWeiboPost();
    expect(heatOf(j, 10 * MIN)).toEqual({ clockMs: 10 * MIN, heat: 0, stage: 'quiet' });
  });

  it("a public post adds its own heat, and the story ferments while it stands unanswered", () => {
    const j = drillWithWeiboPost();
    expect(heatOf(j, 18 * MIN)).toMatchObject({ heat: 35, stage: 'ferment' });
    expect(heatOf(j, 33 * MIN)).toMatchObject({ heat: 35, stage: 'ferment' });
  });

  it('silence after a public post makes it rise, into the spreading stage', () => {
    const j = drillWithWeiboPost();
    // Silence sets in 15 minutes after the post and adds 1 per minute.
    expect(heatOf(j, 38 * MIN)).toMatchObject({ heat: 40, stage: 'spread' });
    expect(heatOf(j, 60 * MIN)).toMatchObject({ heat: 62, stage: 'spread' });
  });

  it('a timely official statement to the public makes it fall, and it keeps falling', () => {
    const j = drillWithWeiboPost();
    j.add('communication', 25 * MIN, { audience: 'public' }, { roleId: 'spokesperson', text: '官方微博发布情况说明' });
    expect(heatOf(j, 25 * MIN)).toMatchObject({ heat: 15, stage: 'fall' });
    expect(heatOf(j, 35 * MIN)).toMatchObject({ heat: 10, stage: 'fall' });
    expect(heatOf(j, 60 * MIN).heat).toBe(0);
    expect(heatEvents(fold(j.entries), j.entries).find((e) => e.kind === 'statement')).toMatchObject({ timely: true, clockMs: 25 * MIN });
  });

  it('a statement after silence set in takes off less than a timely one', () => {
    const j = drillWithWeiboPost();
    j.add('communication', 43 * MIN, { audience: 'media' }, { roleId: 'spokesperson', text: '回复记者' });
    // 35 + 10 minutes of silence = 45, minus the late drop of 8.
    expect(heatOf(j, 43 * MIN)).toMatchObject({ heat: 37, stage: 'fall' });
    expect(heatEvents(fold(j.entries), j.entries).find((e) => e.kind === 'statement')).toMatchObject({ timely: false });
  });

  it('a message to the customer or the regulator is not a public statement; marking the first public response is', () => {
    const j = drillWithWeiboPost();
    j.add('communication', 20 * MIN, { audience: 'regulator' }, { roleId: 'regulator_liaison', text: '电话报告' });
    expect(heatOf(j, 40 * MIN).heat).toBe(42);
    j.add('action', 41 * MIN, { milestone: 'first_response' }, { roleId: 'spokesperson', text: '发布声明' });
    expect(heatOf(j, 41 * MIN).heat).toBe(43 - DEFAULT_HEAT_RULES.lateStatementDrop);
  });

  it('a voided statement no longer counts', () => {
    const j = drillWithWeiboPost();
    const wrong = j.add('communication', 25 * MIN, { audience: 'public' }, { roleId: 'spokesperson', text: '误记' });
    j.add('correction', 26 * MIN, { corrects: wrong.seq, void: true }, { text: '并未发布' });
    expect(heatOf(j, 60 * MIN).heat).toBe(62);
  });

  it('without the entries, the folded first public response still counts', () => {
    const j = drillWithWeiboPost();
    j.add('communication', 25 * MIN, { audience: 'public', milestone: 'first_response' }, { roleId: 'spokesperson', text: '声明' });
    expect(heatAt(fold(j.entries), undefined, 25 * MIN).heat).toBe(15);
  });

  it("the pack's own rules drive it", () => {
    const fast = checkPack({ ...pack, heatRules: { silenceRisePerMin: 3, silenceAfterMin: 5 } });
    expect(fast.ok).toBe(true);
    if (!fast.ok) return;
    const j = drillWithWeiboPost(fast.pack);
    expect(heatOf(j, 33 * MIN).heat).toBe(35 + 10 * 3);
    expect(checkPack({ ...pack, heatRules: { decayPerMin: -1 } }).ok).toBe(false);
    expect(checkPack({ ...pack, heatRules: { cooling: 1 } }).ok).toBe(false);
  });

  it('never leaves 0–100', () => {
    const j = drillWithWeiboPost();
    expect(heatOf(j, 23 * 60 * MIN).heat).toBe(100);
  });

  it('is drawn as a curve sampled every step up to the given drill time', () => {
    const j = drillWithWeiboPost();
    j.add('communication', 40 * MIN, { audience: 'public' }, { roleId: 'spokesperson', text: '声明' });
    const curve = heatCurve(fold(j.entries), j.entries, 90 * MIN + 30_000, 5 * MIN);
    expect(curve.map((p) => p.clockMs)).toEqual([...Array.from({ length: 19 }, (_, k) => k * 5 * MIN), 90 * MIN + 30_000]);
    expect(curve.map((p) => p.stage)).toEqual([
      ...Array(4).fill('quiet'), // T+0 … T+15
      ...Array(4).fill('ferment'), // T+20 … T+35: the post stands, then silence begins at T+33
      ...Array(12).fill('fall'), // T+40 the statement (it had spread at T+38), then down to the end
    ]);
    expect(curve[7]!.heat).toBe(37);
    expect(curve[8]!.heat).toBe(34);
    expect(Math.max(...curve.map((p) => p.heat))).toBe(37);
    expect(curve.at(-1)!.heat).toBeLessThan(10);
  });
});
