// The drill clock: how it reads, and the wall-clock evidence rules (jumps, chain wall times, restart gaps).
import { describe, expect, it } from 'vitest';
import { formatDrillClock, formatDuration, formatWallTime, MINUTE } from '../../shared/domain/clock';
import { chainWall, countedGapMs, drillClockAt, JUMP_TOLERANCE_MS, MAX_COUNTED_GAP_MS, restartGap, wallBehindChain, wallJump } from '../../shared/domain/wallClock';

describe('the drill clock', () => {
  it('reads as T+hh:mm:ss', () => {
    expect(formatDrillClock(0)).toBe('T+00:00:00');
    expect(formatDrillClock(((1 * 60 + 23) * 60 + 45) * 1000 + 999)).toBe('T+01:23:45');
    expect(formatDrillClock(-5 * 60_000)).toBe('T-00:05:00');
  });

  it('formats durations and local wall time', () => {
    expect(formatDuration(65_000, 'zh-CN')).toBe('1分5秒');
    expect(formatDuration(3_725_000, 'en')).toBe('1 h 2 min 5 s');
    // 2026-11-28T01:30:00Z in Beijing (UTC+8, offset -480) is 09:30:00.
    expect(formatWallTime(Date.UTC(2026, 10, 28, 1, 30, 0), -480)).toBe('09:30:00');
  });
});

describe('wall-clock evidence', () => {
  const T = Date.UTC(2026, 10, 28, 1, 0, 0);
  it('a wall reading that keeps pace with monotonic time is no jump; one that strays is, with both readings', () => {
    expect(wallJump({ wall: T, mono: 100 }, { wall: T + 10_000, mono: 10_100 })).toBeNull();
    expect(wallJump({ wall: T, mono: 100 }, { wall: T + 10_000 + JUMP_TOLERANCE_MS, mono: 10_100 })).toBeNull();
    expect(wallJump({ wall: T, mono: 100 }, { wall: T + 10_000 + 86_400_000, mono: 10_100 })).toEqual({
      wallBefore: T,
      wallAfter: T + 10_000 + 86_400_000,
      monoElapsedMs: 10_000,
      jumpMs: 86_400_000,
    });
    expect(wallJump({ wall: T, mono: 0 }, { wall: T - 3_600_000, mono: 5_000 })!.jumpMs).toBe(-3_605_000);
  });

  it('entry wall times never go before the chain', () => {
    expect(chainWall(T, T - 3_600_000)).toBe(T);
    expect(chainWall(T, T + 5)).toBe(T + 5);
    // Set back while the process runs: the chain's time goes on by monotonic time until the wall clock catches up.
    expect(chainWall(T, T - 3_600_000, 5_000)).toBe(T + 5_000);
    expect(chainWall(T, T + 9_000, 5_000)).toBe(T + 9_000);
    expect(wallBehindChain(T, T - 3_600_000)).toMatchObject({ wallBefore: T, monoElapsedMs: null, jumpMs: -3_600_000 });
    expect(wallBehindChain(T, T - 1)).toBeNull();
  });

  it('the drill clock advances by monotonic time only, and stands when not running', () => {
    expect(drillClockAt({ clockMs: 5_000, mono: 1_000, running: true }, 4_000)).toBe(8_000);
    expect(drillClockAt({ clockMs: 5_000, mono: 1_000, running: false }, 99_000)).toBe(5_000);
    expect(drillClockAt({ clockMs: 5_000, mono: 1_000, running: true }, 500)).toBe(5_000);
  });

  it('a restart resumes from the last recorded drill clock; a short gap counts, a long one is asked, a backwards one counts nothing', () => {
    const entry = { at: T, clockMs: 60_000 };
    const beat = { at: T + 40_000, clockMs: 100_000 };
    expect(restartGap(entry, beat, T + 40_000 + 2 * MINUTE)).toEqual({ lastClockMs: 100_000, lastSeenAt: T + 40_000, gapMs: 2 * MINUTE, verdict: 'count' });
    expect(restartGap(entry, beat, T + 40_000 + MAX_COUNTED_GAP_MS + 1).verdict).toBe('ask');
    expect(restartGap(entry, beat, T + 86_400_000).verdict).toBe('ask');
    expect(restartGap(entry, beat, T - 3_600_000)).toMatchObject({ lastClockMs: 100_000, verdict: 'backwards' });
    // An entry after the heartbeat: the heartbeat's raw reading carried forward by drill time.
    expect(restartGap({ at: T, clockMs: 130_000 }, beat, T + 70_000)).toMatchObject({ lastClockMs: 130_000, lastSeenAt: T + 70_000, gapMs: 0 });
    // A heartbeat row from before schema v2 has no drill clock: the last entry is the evidence.
    expect(restartGap(entry, { at: T + 40_000, clockMs: null }, T + MINUTE)).toMatchObject({ lastClockMs: 60_000, lastSeenAt: T });
  });

  it('the facilitator’s answer counts the gap as nothing or as running time', () => {
    expect(countedGapMs(3_600_000, 'paused')).toBe(0);
    expect(countedGapMs(3_600_000, 'running')).toBe(3_600_000);
    expect(countedGapMs(-5, 'running')).toBe(0);
  });
});
