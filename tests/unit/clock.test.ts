// Clock arithmetic: elapsed drill time from a snapshot, and how it reads.
import { describe, expect, it } from 'vitest';
import { clockAt, formatDrillClock, formatDuration, formatWallTime } from '../../shared/domain/clock';

describe('the drill clock', () => {
  it('advances with wall time only while running', () => {
    expect(clockAt({ running: true, clockMs: 5_000, at: 1_000 }, 4_000)).toBe(8_000);
    expect(clockAt({ running: false, clockMs: 5_000, at: 1_000 }, 99_000)).toBe(5_000);
  });

  it('never runs backwards when the wall clock is behind the snapshot', () => {
    expect(clockAt({ running: true, clockMs: 5_000, at: 10_000 }, 9_000)).toBe(5_000);
  });

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
