// The simulated opinion feed: released public injects as mock posts whose reposts, comments and likes grow with drill time and heat.
import { MINUTE } from './clock';
import type { AnyEntry } from './entry';
import type { DrillState } from './fold';
import { sample } from './heat';
import { heatRulesOf } from './heatRules';
import { own } from './records';
import { PUBLIC_CHANNELS } from './scenario';
import { injectOf } from './adhoc';
import { effectiveJournal } from './effective';

/**
 * Where a post came from: an inject of the pack (or one the control cell released live), an official statement
 * (a public communication published on a channel, by the bank's official account), or a control cell (导演组) post.
 */
export type FeedSource = 'inject' | 'statement' | 'control';

/** A comment under a post: by the control cell (导演组), shown as an ordinary netizen's on the projector. */
export interface FeedComment {
  seq: number;
  author: string;
  text: string;
  clockMs: number;
}

export interface FeedPost {
  /** Unique in the feed: `inject:<id>` or `entry:<seq>`. */
  key: string;
  source: FeedSource;
  /** The inject's id for an inject post; empty otherwise. */
  injectId: string;
  /** The entry's seq for a statement or a control post (what a comment replies to). */
  seq: number | null;
  /** For a statement: the pack's officialAccount, or null for the default name (the renderer's 「XX银行官方微博」). */
  official: string | null;
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
  /** Comments the control cell wrote under it, oldest first (they count in `comments`). */
  replies: FeedComment[];
}

/** How each channel's audience engages, relative to Weibo. */
const CHANNEL_MIX: Record<string, { reposts: number; comments: number; likes: number }> = {
  weibo: { reposts: 1, comments: 1, likes: 1 },
  wechat: { reposts: 0.4, comments: 0.5, likes: 1.5 },
  news: { reposts: 0.3, comments: 0.6, likes: 0.5 },
  video: { reposts: 1.5, comments: 1.5, likes: 4 },
  hotline: { reposts: 0.05, comments: 0.3, likes: 0.2 },
};

/** The feed at drill time `nowMs`, newest post first. Pass the entries so official statements slow the growth and show. */
export function opinionFeed(state: DrillState, nowMs: number, entries?: readonly AnyEntry[]): FeedPost[] {
  const publicPosts = state.released.filter((r) => r.clockMs <= nowMs && PUBLIC_CHANNELS.includes(injectOf(state, r.injectId)?.channel ?? ''));
  const written = entries ? writtenPosts(entries, nowMs) : { posts: [], comments: [] };
  if (publicPosts.length === 0 && written.posts.length === 0) return [];
  // Heat at each whole drill minute drives how fast attention turns into engagement.
  const lastMinute = Math.floor(Math.max(0, nowMs) / MINUTE);
  const heatByMinute = sample(state, entries, Array.from({ length: lastMinute + 1 }, (_, m) => m * MINUTE)).map((p) => p.heat);
  const rules = heatRulesOf(state.scenario);
  const grow = (seed: string, channel: string, heat: number, fromMs: number) => {
    const rand = seeded(seed);
    const tauMin = 20 + 40 * rand();
    const base = heat * (20 + 40 * rand());
    const mix = own(CHANNEL_MIX, channel) ?? CHANNEL_MIX['weibo']!;
    const attention = engagement(fromMs, nowMs, tauMin, heatByMinute);
    const count = (share: number, start: number) => Math.floor(start + base * share * attention);
    return {
      reposts: count(mix.reposts * (0.6 + 0.4 * rand()), 3 * rand()),
      comments: count(mix.comments * (0.3 + 0.3 * rand()), 5 * rand()),
      likes: count(mix.likes * (1.5 + 2 * rand()), 10 * rand()),
    };
  };
  const fromInjects: FeedPost[] = publicPosts.map((r) => {
    const inj = injectOf(state, r.injectId)!;
    return {
      key: `inject:${inj.id}`,
      source: 'inject',
      injectId: inj.id,
      seq: null,
      official: null,
      channel: inj.channel,
      persona: inj.sender,
      title: inj.title,
      text: inj.content,
      clockMs: r.clockMs,
      at: r.at,
      ...grow(inj.id, inj.channel, inj.heat ?? rules.defaultInjectHeat, r.clockMs),
      replies: [],
    };
  });
  const fromEntries: FeedPost[] = written.posts.map((w) => ({
    key: `entry:${w.seq}`,
    source: w.statement ? 'statement' : 'control',
    injectId: '',
    seq: w.seq,
    official: w.statement ? (state.scenario.officialAccount ?? null) : null,
    channel: w.channel,
    persona: w.author,
    title: undefined,
    text: w.text,
    clockMs: w.clockMs,
    at: w.at,
    ...grow(`entry:${w.seq}`, w.channel, w.statement ? rules.defaultInjectHeat : (w.heat ?? rules.controlPostHeat), w.clockMs),
    replies: [],
  }));
  const all = [...fromInjects, ...fromEntries];
  for (const c of written.comments) {
    const parent = all.find((p) => (c.toSeq !== undefined ? p.seq === c.toSeq : p.injectId === c.toInjectId && p.source === 'inject'));
    if (!parent) continue;
    parent.replies.push({ seq: c.seq, author: c.author, text: c.text, clockMs: c.clockMs });
    parent.comments += 1;
  }
  return all.sort((a, b) => b.clockMs - a.clockMs || b.key.localeCompare(a.key));
}

interface WrittenPost {
  seq: number;
  statement: boolean;
  channel: string;
  author: string;
  text: string;
  clockMs: number;
  at: number;
  heat: number | undefined;
}

interface WrittenComment {
  seq: number;
  toSeq: number | undefined;
  toInjectId: string | undefined;
  author: string;
  text: string;
  clockMs: number;
}

/** Live statements and control cell posts and comments up to nowMs (a voided one is gone; a corrected one shows its latest text). */
function writtenPosts(entries: readonly AnyEntry[], nowMs: number): { posts: WrittenPost[]; comments: WrittenComment[] } {
  const posts: WrittenPost[] = [];
  const comments: WrittenComment[] = [];
  for (const { entry: e, text, occurredMs } of effectiveJournal(entries).live) {
    if (occurredMs > nowMs) continue;
    if (e.kind === 'communication' && e.data.channel && e.data.audience === 'public')
      posts.push({ seq: e.seq, statement: true, channel: e.data.channel, author: '', text, clockMs: occurredMs, at: e.at, heat: undefined });
    else if (e.kind === 'feed.post' && (e.data.replyToSeq !== undefined || e.data.replyToInjectId !== undefined))
      comments.push({ seq: e.seq, toSeq: e.data.replyToSeq, toInjectId: e.data.replyToInjectId, author: e.data.author, text, clockMs: e.clockMs });
    else if (e.kind === 'feed.post')
      posts.push({ seq: e.seq, statement: false, channel: e.data.channel, author: e.data.author, text, clockMs: e.clockMs, at: e.at, heat: e.data.heat });
  }
  return { posts, comments };
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
