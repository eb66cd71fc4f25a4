// The opinion heat index over drill time: public posts add heat, silence raises it, official statements and time lower it.
import { effectiveJournal } from './effective';
import type { AnyEntry } from './entry';
import type { DrillState } from './fold';
import { heatRulesOf, type HeatRules } from './heatRules';
import { MINUTE } from './clock';
import { PUBLIC_CHANNELS } from './scenario';
import { injectOf } from './adhoc';

/** 平静 → 发酵 → 扩散 → 回落 (quiet before the first public post). */
export type HeatStage = 'quiet' | 'ferment' | 'spread' | 'fall';

export const HEAT_STAGE_NAMES: Record<HeatStage, { zh: string; en: string }> = {
  quiet: { zh: '平静', en: 'Quiet' },
  ferment: { zh: '发酵', en: 'Fermenting' },
  spread: { zh: '扩散', en: 'Spreading' },
  fall: { zh: '回落', en: 'Falling' },
};

export interface HeatPoint {
  clockMs: number;
  /** 0–100. */
  heat: number;
  stage: HeatStage;
}

/**
 * What moved the heat: a public post (an inject released, or a control cell post or comment: seq set, no answer
 * awaited for a comment) or an official statement (an entry; channel set when it was published on one).
 */
export type HeatEvent =
  | { kind: 'post'; clockMs: number; injectId: string; heat: number; channel?: string; seq?: number; comment?: boolean }
  | { kind: 'statement'; clockMs: number; seq: number | null; timely: boolean; channel?: string };

const AUDIENCES_THAT_COUNT: ReadonlySet<string> = new Set(['public', 'media']);

/**
 * The events in drill-time order, for marking them on the curve. Statements are communications to the public or
 * the media, and whatever marks the first public response; without entries only the folded first_response
 * milestone counts. A statement is timely when it came before silence set in.
 */
export function heatEvents(state: DrillState, entries?: readonly AnyEntry[]): HeatEvent[] {
  const events = rawEvents(state, entries);
  const model = new HeatModel(heatRulesOf(state.scenario));
  for (const ev of events) model.apply(ev);
  return events;
}

function rawEvents(state: DrillState, entries?: readonly AnyEntry[]): HeatEvent[] {
  const rules = heatRulesOf(state.scenario);
  const posts: HeatEvent[] = [];
  for (const r of state.released) {
    const inj = injectOf(state, r.injectId);
    if (inj && PUBLIC_CHANNELS.includes(inj.channel))
      posts.push({ kind: 'post', clockMs: r.clockMs, injectId: inj.id, heat: inj.heat ?? rules.defaultInjectHeat, channel: inj.channel });
  }
  const statements: HeatEvent[] = [];
  if (entries) {
    for (const { entry: e, occurredMs } of effectiveJournal(entries).live) {
      if (e.kind === 'feed.post') {
        const comment = e.data.replyToSeq !== undefined || e.data.replyToInjectId !== undefined;
        const heat = e.data.heat ?? (comment ? rules.controlCommentHeat : rules.controlPostHeat);
        posts.push({ kind: 'post', clockMs: e.clockMs, injectId: '', seq: e.seq, heat, channel: e.data.channel, comment });
        continue;
      }
      if (e.kind !== 'communication' && e.kind !== 'observation' && e.kind !== 'decision' && e.kind !== 'action' && e.kind !== 'evidence') continue;
      const d = e.data;
      if ((e.kind === 'communication' && d.audience && AUDIENCES_THAT_COUNT.has(d.audience)) || d.milestone === 'first_response')
        statements.push({ kind: 'statement', clockMs: occurredMs, seq: e.seq, timely: true, ...(e.kind === 'communication' && e.data.channel ? { channel: e.data.channel } : {}) });
    }
  } else if (state.milestones.first_response !== undefined) {
    statements.push({ kind: 'statement', clockMs: state.milestones.first_response, seq: null, timely: true });
  }
  // A post and a statement at the same moment: the statement answers the post.
  return [...posts, ...statements].sort((a, b) => a.clockMs - b.clockMs || (a.kind === b.kind ? 0 : a.kind === 'post' ? -1 : 1));
}

/** The running model: heat, the first unanswered post, and the current wave's peak. */
class HeatModel {
  heat = 0;
  t = 0;
  pendingSince: number | null = null;
  anyPost = false;
  wavePeak = 0;
  waveSpread = false;
  /** Public channels a post has reached so far: a statement published elsewhere misses most of the audience. */
  channels = new Set<string>();

  constructor(private readonly rules: HeatRules) {}

  private silenceStart(): number {
    return this.pendingSince === null ? Infinity : this.pendingSince + this.rules.silenceAfterMin * MINUTE;
  }

  /** Let time pass to `to`: an unanswered post holds the heat, then silence raises it; otherwise it decays. */
  advance(to: number): void {
    if (to <= this.t) return;
    if (this.pendingSince === null) {
      this.heat = Math.max(0, this.heat - (this.rules.decayPerMin * (to - this.t)) / MINUTE);
    } else {
      const from = Math.max(this.t, this.silenceStart());
      if (to > from) this.heat = Math.min(100, this.heat + (this.rules.silenceRisePerMin * (to - from)) / MINUTE);
    }
    this.t = to;
    this.notePeak();
  }

  apply(ev: HeatEvent): void {
    this.advance(ev.clockMs);
    if (ev.kind === 'post' && ev.comment) {
      // A comment stirs the topic; it is not a new wave and waits for no answer.
      this.heat = Math.min(100, this.heat + ev.heat);
    } else if (ev.kind === 'post') {
      this.heat = Math.min(100, this.heat + ev.heat);
      this.pendingSince ??= ev.clockMs;
      this.anyPost = true;
      this.wavePeak = this.heat;
      this.waveSpread = false;
      if (ev.channel) this.channels.add(ev.channel);
    } else {
      const late = ev.clockMs > this.silenceStart();
      ev.timely = !late;
      const drop = late ? this.rules.lateStatementDrop : this.rules.statementDrop;
      const offChannel = ev.channel !== undefined && this.channels.size > 0 && !this.channels.has(ev.channel);
      this.heat = Math.max(0, this.heat - drop * (offChannel ? this.rules.offChannelStatementFactor : 1));
      this.pendingSince = null;
    }
    this.notePeak();
  }

  private notePeak(): void {
    this.wavePeak = Math.max(this.wavePeak, this.heat);
    if (this.heat >= this.rules.spreadAt) this.waveSpread = true;
  }

  stage(): HeatStage {
    if (!this.anyPost) return 'quiet';
    if (this.heat >= this.rules.spreadAt) return 'spread';
    if (this.pendingSince !== null) return 'ferment';
    return this.waveSpread || this.heat <= this.rules.fallRatio * this.wavePeak ? 'fall' : 'ferment';
  }

  point(): HeatPoint {
    return { clockMs: this.t, heat: Math.round(this.heat * 100) / 100, stage: this.stage() };
  }
}

/** The heat sampled every stepMs from the drill's start to untilClockMs (the last sample is untilClockMs itself). */
export function heatCurve(state: DrillState, entries: readonly AnyEntry[] | undefined, untilClockMs: number, stepMs: number = MINUTE): HeatPoint[] {
  const step = Math.max(1000, stepMs);
  const until = Math.max(0, untilClockMs);
  const times: number[] = [];
  for (let t = 0; t < until; t += step) times.push(t);
  times.push(until);
  return sample(state, entries, times);
}

/** The heat at one drill time. */
export function heatAt(state: DrillState, entries: readonly AnyEntry[] | undefined, clockMs: number): HeatPoint {
  return sample(state, entries, [Math.max(0, clockMs)])[0]!;
}

/** Samples at ascending drill times; events at a sample's time count at that sample. */
export function sample(state: DrillState, entries: readonly AnyEntry[] | undefined, times: readonly number[]): HeatPoint[] {
  const model = new HeatModel(heatRulesOf(state.scenario));
  const events = rawEvents(state, entries);
  const out: HeatPoint[] = [];
  let k = 0;
  for (const t of times) {
    while (k < events.length && events[k]!.clockMs <= t) model.apply(events[k++]!);
    model.advance(t);
    out.push(model.point());
  }
  return out;
}
