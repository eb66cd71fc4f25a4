// The catalogues: every key in both languages with the same placeholders, no Chinese inside English, and no key
// that nothing uses (errors in shared/i18n/errors.ts, the renderer's words in renderer/i18n).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../electron/app/paths';
import { en } from '../../renderer/i18n/en';
import { zhCN } from '../../renderer/i18n/zh-CN';
import { errorMessage, isErrorKey } from '../../shared/i18n/errors';
import { DrillRoomError, ERROR_CODES, type ErrorCode } from '../../shared/ipc/errors';
import { ARCHIVE_REASONS } from '../../shared/i18n/archiveReasons';

const HAN = /\p{Script=Han}/u;
/** English strings that name the other language on purpose: the button that switches to Chinese. */
const HAN_ALLOWED_IN_ENGLISH = new Set(['app.lang']);

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Every source file of the product (not tests), as one text to search for key literals. */
function productSource(): string {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(ts|tsx)$/.test(name) && !p.includes(`${join('renderer', 'i18n')}`) && !p.endsWith(join('i18n', 'errors.ts'))) out.push(readFileSync(p, 'utf8'));
    }
  };
  for (const top of ['electron', 'shared', 'renderer']) walk(join(REPO_ROOT, top));
  return out.join('\n');
}

function errorKeys(): string[] {
  // The catalogue's keys, read from its source: the module keeps the objects private.
  const text = readFileSync(join(REPO_ROOT, 'shared/i18n/errors.ts'), 'utf8');
  const zhBlock = text.slice(text.indexOf('const zh = {'), text.indexOf('} as const satisfies Catalogue'));
  return [...zhBlock.matchAll(/^\s+'([\w.]+)':/gm)].map((m) => m[1]!);
}

describe('the error catalogue', () => {
  const keys = errorKeys();
  it('has every key in Chinese and English, with the same placeholders, and English without Chinese', () => {
    expect(keys.length).toBeGreaterThan(50);
    for (const key of keys) {
      expect(isErrorKey(key), key).toBe(true);
      const code = key.split('.')[0] as ErrorCode;
      expect(ERROR_CODES, key).toContain(code);
      const zh = errorMessage({ code, key: key as never, params: {} }, 'zh-CN');
      const english = errorMessage({ code, key: key as never, params: {} }, 'en');
      expect(zh, key).toMatch(HAN);
      expect(english, `${key}: ${english}`).not.toMatch(HAN);
    }
    const text = readFileSync(join(REPO_ROOT, 'shared/i18n/errors.ts'), 'utf8');
    const template = (lang: 'zh' | 'en', key: string) => {
      const block = lang === 'zh' ? text.slice(text.indexOf('const zh = {'), text.indexOf('} as const')) : text.slice(text.indexOf('const en: Record'));
      return new RegExp(`^\\s+'${key.replace(/\./g, '\\.')}':\\s*'((?:[^'\\\\]|\\\\.)*)'`, 'm').exec(block)?.[1] ?? '';
    };
    for (const key of keys) expect(placeholders(template('en', key)), key).toEqual(placeholders(template('zh', key)));
  });

  it('has no key that no product code uses', () => {
    const source = productSource();
    // Keys reached by their code alone (errorMessage falls back from key to code), or built from parts at run time.
    const byCode = new Set<string>(ERROR_CODES);
    // A key built in a template literal (`bad_state.improvement_${status}`) counts for every key with that prefix.
    const prefixes = [...source.matchAll(/`([\w.]+)\$\{/g)].map((m) => m[1]!).filter((p) => p.includes('.'));
    const unused = keys.filter((k) => !byCode.has(k) && !source.includes(`'${k}'`) && !source.includes(`"${k}"`) && !prefixes.some((p) => k.startsWith(p)));
    expect(unused).toEqual([]);
  });
});

describe("the renderer's catalogues", () => {
  it('say every key in both languages with the same placeholders, and English without Chinese', () => {
    const keys = Object.keys(zhCN) as (keyof typeof zhCN)[];
    expect(Object.keys(en).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(placeholders(en[key]), key).toEqual(placeholders(zhCN[key]));
      if (!HAN_ALLOWED_IN_ENGLISH.has(key)) expect(en[key], `${key}: ${en[key]}`).not.toMatch(HAN);
    }
  });
});

describe('reasons that errors carry as keys', () => {
  it('every archive reason reads in both languages with the same placeholders, English without Chinese', () => {
    const keys = Object.keys(ARCHIVE_REASONS.zh) as (keyof typeof ARCHIVE_REASONS.zh)[];
    expect(Object.keys(ARCHIVE_REASONS.en).sort()).toEqual([...keys].sort());
    for (const k of keys) {
      expect(placeholders(ARCHIVE_REASONS.en[k]), k).toEqual(placeholders(ARCHIVE_REASONS.zh[k]));
      expect(ARCHIVE_REASONS.en[k], k).not.toMatch(HAN);
    }
    for (const fault of ['edited', 'missing', 'link', 'truncated', 'foreign', 'time'] as const) {
      const e = new DrillRoomError('bad_archive', { reason: `chain_${fault}`, seq: 7 });
      expect(e.messageIn('en')).toMatch(/^The drill archive is invalid: the hash chain is broken: entry #7 /);
      expect(e.messageIn('en')).not.toMatch(HAN);
      expect(e.messageIn('zh-CN')).toContain('第 7 条记录');
    }
  });

  it('a refused archive says its reason in the reader’s language, with its params', () => {
    const e = new DrillRoomError('bad_archive', { reason: 'count_mismatch', expected: 140, actual: 139 });
    expect(e.messageIn('zh-CN')).toBe('演练档案无效：清单记载 140 条记录，档案中实有 139 条（档案被截断或篡改）。未导入任何内容。');
    expect(e.messageIn('en')).toBe('The drill archive is invalid: the manifest records 140 entries but the archive holds 139 (truncated or tampered with). Nothing was imported.');
  });

  it('a refused file name says why in the reader’s language', () => {
    const e = new DrillRoomError('bad_evidence.name', { name: 'a/b.png', reason: 'name_separator' });
    expect(e.messageIn('en')).toContain('must not contain a path separator');
    expect(e.messageIn('en')).not.toMatch(HAN);
    expect(e.messageIn('zh-CN')).toContain('路径分隔符');
  });
});
