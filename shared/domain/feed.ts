// The simulated opinion feed: released public injects as mock posts whose reposts, comments and likes grow with drill time and heat.
import { MINUTE } from './clock';
import type { AnyEntry } from './entry';
import type { DrillState } from './fold';
import { sample } from './heat';
import { heatRulesOf } from './heatRules';
import { own } from './records';
import { PUBLIC_CHANNELS } from './scenario';

export interface FeedPost {
  injectId: string;
  /** Channel id (weibo, wechat, news, video, hotline). */
  channel: string;
  /** Who posted: the inject's sender persona. */
  persona: string;
  title: string | undefined;
  text: string;
  /** Drill time and wall time the post appeared. */
  clockMs: number;
  at: number;
  reposts: number;
  comments: number;
  likes: number;
}

/** How each channel's audience engages, relative to Weibo. */
const CHANNEL_MIX: Record<string, { reposts: number; comments: number; likes: number }> = {
  weibo: { reposts: 1, comments: 1, likes: 1 },
  wechat: { reposts: 0.4, comments: 0.5, likes: 1.5 },
  news: { reposts: 0.3, comments: 0.6, likes: 0.5 },
  video: { reposts: 1.5, comments: 1.5, likes: 4 },
  hotline: { reposts: 0.05, comments: 0.3, likes: 0.2 },
};

/** The feed at drill time `nowMs`, newest post first. Pass the entries so official statements slow the growth. */
export function opinionFeed(state: DrillState, nowMs: number, entries?: readonly AnyEntry[]): FeedPost[] {
  const posts = state.released.filter((r) => r.clockMs <= nowMs);
  const injects = new Map(state.scenario.injects.map((j) => [j.id, j]));
  const publicPosts = posts.filter((r) => PUBLIC_CHANNELS.includes(injects.get(r.injectId)?.channel ?? ''));
  if (publicPosts.length === 0) return [];
  // Heat at each whole drill minute drives how fast attention turns into engagement.
  const lastMinute = Math.floor(nowMs / MINUTE);
  const heatByMinute = sample(state, entries, Array.from({ length: lastMinute + 1 }, (_, m) => m * MINUTE)).map((p) => p.heat);
  const defaultHeat = heatRulesOf(state.scenario).defaultInjectHeat;
  return publicPosts
    .map((r) => {
      const inj = injects.get(r.injectId)!;
      const rand = seeded(inj.id);
      const tauMin = 20 + 40 * rand();
      const base = (inj.heat ?? defaultHeat) * (20 + 40 * rand());
      const mix = own(CHANNEL_MIX, inj.channel) ?? CHANNEL_MIX['weibo']!;
      const attention = engagement(r.clockMs, nowMs, tauMin, heatByMinute);
      const count = (share: number, start: number) => Math.floor(start + base * share * attention);
      return {
        injectId: inj.id,
        channel: inj.channel,
        persona: inj.sender,
        title: inj.title,
        text: inj.content,
        clockMs: r.clockMs,
        at: r.at,
        reposts: count(mix.reposts * (0.6 + 0.4 * rand()), 3 * rand()),
        comments: count(mix.comments * (0.3 + 0.3 * rand()), 5 * rand()),
        likes: count(mix.likes * (1.5 + 2 * rand()), 10 * rand()),
      };
    })
    .sort((a, b) => b.clockMs - a.clockMs || b.injectId.localeCompare(a.injectId));
}

/**
 * Attention since the post, summed minute by minute: it fades with the post's age (time constant tauMin) and is
 * scaled by the heat at that minute, so a cooling topic grows slowly. Non-decreasing in nowMs; about 1 for a post
 * that ran its course at heat 34.
 */
function engagement(fromMs: number, nowMs: number, tauMin: number, heatByMinute: readonly number[]): number {
  let sum = 0;
  for (let t = fromMs; t < nowMs; t += MINUTE) {
    const dtMin = Math.min(MINUTE, nowMs - t) / MINUTE;
    const ageMin = (t - fromMs) / MINUTE;
    const heat = heatByMinute[Math.floor(t / MINUTE)] ?? 0;
    const factor = 0.15 + heat / 40;
    sum += (Math.exp(-ageMin / tauMin) * factor * dtMin) / tauMin;
  }
  return sum;
}

/** A small deterministic generator (FNV-1a seed, mulberry32 steps): the same inject always draws the same numbers. */
function seeded(key: string): () => number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
