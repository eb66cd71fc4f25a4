// Role and name lists: 、 in Chinese, ", " in English, on every screen (one helper: shared/domain/listJoin.ts).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinList } from '../../shared/domain/listJoin';

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : /\.tsx?$/.test(n) ? [join(dir, n)] : []));

describe('joining a list of names', () => {
  it('uses the separator of the language', () => {
    expect(joinList(['Customer service', 'Compliance'], 'en')).toBe('Customer service, Compliance');
    expect(joinList(['客服', '合规'], 'zh-CN')).toBe('客服、合规');
    expect(joinList([], 'en')).toBe('');
  });

  it('the renderer joins name lists only through it (no hard-coded 、 join)', () => {
    const offenders = files(resolve(__dirname, '../../renderer')).filter((f) => /\.join\([^)]*'、'\)/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
