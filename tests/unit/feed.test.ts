// The simulated opinion feed: public injects as mock posts whose reposts, comments and likes grow deterministically.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fold } from '../../shared/domain/fold';
import { opinionFeed, type FeedPost } from '../../shared/domain/feed';
import { drillClockAt } from '../../shared/domain/wallClock';
import { EntryList, seedPack, T0 } from '../helpers/entries';

const MIN = 60_000;
const pack = seedPack('anonymous-email');

function drill(): EntryList {
  const j = new EntryList(pack);
  j.add('clock.start', 0, {});
  j.add('inject.released', 2 * MIN, { injectId: 'ae-01', manual: false, lateMs: 0, late: false }); // email
  j.add('inject.released', 18 * MIN, { injectId: 'ae-03', manual: false, lateMs: 0, late: false }); // weibo
  j.add('inject.released', 35 * MIN, { injectId: 'ae-05', manual: false, lateMs: 0, late: false }); // hotline
  return j;
}

const feedAt = (j: EntryList, clockMs: number) => opinionFeed(fold(j.entries), clockMs, j.entries);
const weibo = (posts: FeedPost[]) => posts.find((p) => p.injectId === 'ae-03')!;

afterEach(() => vi.restoreAllMocks());

describe('the opinion feed', () => {
  it('shows released injects on public channels only, newest first, as the persona posted them', () => {
    const posts = feedAt(drill(), 40 * MIN);
    expect(posts.map((p) => p.injectId)).toEqual(['ae-05', 'ae-03']);
    const post = weibo(posts);
    const inject = pack.injects.find((j) => j.id === 'ae-03')!;
    expect(post).toMatchObject({ channel: 'weibo', persona: inject.sender, title: inject.title, text: inject.content, clockMs: 18 * MIN, at: T0 + 18 * MIN });
  });

  it('is empty before any public post', () => {
    expect(feedAt(drill(), 10 * MIN)).toEqual([]);
  });

  it('draws the same numbers every time, without Math.random', () => {
    const random = vi.spyOn(Math, 'random');
    const a = feedAt(drill(), 50 * MIN);
    const b = feedAt(drill(), 50 * MIN);
    expect(a).toEqual(b);
    expect(random).not.toHaveBeenCalled();
  });

  it('reposts, comments and likes grow over drill time and never shrink', () => {
    const j = drill();
    let prev = weibo(feedAt(j, 18 * MIN));
    for (let m = 19; m <= 120; m += 7) {
      const now = weibo(feedAt(j, m * MIN + 13_000));
      expect(now.reposts).toBeGreaterThanOrEqual(prev.reposts);
      expect(now.comments).toBeGreaterThanOrEqual(prev.comments);
      expect(now.likes).toBeGreaterThanOrEqual(prev.likes);
      prev = now;
    }
    const first = weibo(feedAt(j, 18 * MIN));
    expect(prev.reposts).toBeGreaterThan(first.reposts + 100);
    expect(prev.likes).toBeGreaterThan(prev.comments);
  });

  it('grows more slowly once a timely statement has cooled the topic', () => {
    const silent = drill();
    const answered = drill();
    answered.add('communication', 22 * MIN, { audience: 'public' }, { roleId: 'spokesperson', text: '官方微博发布情况说明' });
    const a = weibo(feedAt(answered, 90 * MIN));
    const s = weibo(feedAt(silent, 90 * MIN));
    expect(a.reposts).toBeLessThan(s.reposts);
    expect(a.likes).toBeLessThan(s.likes);
  });

  it('does not move while the drill is paused, however long the pause', () => {
    const j = drill();
    j.add('clock.pause', 40 * MIN, {});
    const state = fold(j.entries);
    // The drill clock a paused drill reads 50 minutes of monotonic time later is the one it stopped at.
    const later = drillClockAt({ clockMs: 40 * MIN, mono: 0, running: state.clock.running }, 50 * MIN);
    expect(opinionFeed(state, later, j.entries)).toEqual(opinionFeed(state, 40 * MIN, j.entries));
  });

  it('follows the drill clock while the drill runs', () => {
    const j = drill();
    const state = fold(j.entries);
    const at60 = weibo(opinionFeed(state, 60 * MIN, j.entries));
    expect(at60).toEqual(weibo(feedAt(j, 60 * MIN)));
    expect(weibo(opinionFeed(state, 30 * MIN, j.entries)).reposts).toBeLessThan(at60.reposts);
  });
});
