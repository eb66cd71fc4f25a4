// One way to write a duration (1分36秒 / 1 min 36 s) and one way to write a drill time (T+00:01:36), everywhere.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDrillClock, formatDuration } from '../../shared/domain/clock';
import { EN, ZH } from '../../electron/minutes/catalogue';

const S = 1000;
const MIN = 60 * S;

describe('a duration is written in words, never as a time of day', () => {
  it('reads 1分36秒 and 1 min 36 s, not 01:36', () => {
    expect(formatDuration(96 * S, 'zh-CN')).toBe('1分36秒');
    expect(formatDuration(96 * S, 'en')).toBe('1 min 36 s');
  });

  it('drops zero parts but keeps a whole-minute target readable as minutes', () => {
    expect(formatDuration(45 * MIN, 'zh-CN')).toBe('45分钟');
    expect(formatDuration(45 * MIN, 'en')).toBe('45 min');
    expect(formatDuration(5 * S, 'zh-CN')).toBe('5秒');
    expect(formatDuration(5 * S, 'en')).toBe('5 s');
    expect(formatDuration(0, 'zh-CN')).toBe('0秒');
    expect(formatDuration(0, 'en')).toBe('0 s');
  });

  it('names hours, and keeps the minutes between hours and seconds', () => {
    expect(formatDuration(60 * MIN, 'zh-CN')).toBe('1小时');
    expect(formatDuration(90 * MIN, 'zh-CN')).toBe('1小时30分钟');
    expect(formatDuration(90 * MIN, 'en')).toBe('1 h 30 min');
    expect(formatDuration(60 * MIN + 5 * S, 'zh-CN')).toBe('1小时0分5秒');
    expect(formatDuration(62 * MIN + 5 * S, 'en')).toBe('1 h 2 min 5 s');
  });

  it('truncates to whole seconds and writes a negative span with a minus sign', () => {
    expect(formatDuration(96 * S + 999, 'zh-CN')).toBe('1分36秒');
    expect(formatDuration(-96 * S, 'en')).toBe('-1 min 36 s');
  });

  it('is the function the minutes use, in both languages', () => {
    for (const ms of [0, 5 * S, 96 * S, 45 * MIN, 62 * MIN + 5 * S]) {
      expect(ZH.duration(ms)).toBe(formatDuration(ms, 'zh-CN'));
      expect(EN.duration(ms)).toBe(formatDuration(ms, 'en'));
      expect(ZH.minutes(ms / MIN)).toBe(formatDuration(ms, 'zh-CN'));
      expect(EN.minutes(ms / MIN)).toBe(formatDuration(ms, 'en'));
    }
  });
});

describe('a drill time is written T+hh:mm:ss', () => {
  it('reads T+00:01:36 for 1 min 36 s into the drill', () => {
    expect(formatDrillClock(96 * S)).toBe('T+00:01:36');
  });
});

describe('the renderer writes times only through these two functions', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(n) ? [p] : [];
    });
  it('no view cuts a drill time apart, writes minutes with a prime, or divides by a minute for display', () => {
    const offenders: string[] = [];
    for (const f of files(resolve(__dirname, '../../renderer'))) {
      const src = readFileSync(f, 'utf8');
      if (/formatDrillClock\([^)]*\)\s*\.slice/.test(src) || /′/.test(src) || /\/ 60_000\)/.test(src)) offenders.push(f);
    }
    expect(offenders).toEqual([]);
  });
});
