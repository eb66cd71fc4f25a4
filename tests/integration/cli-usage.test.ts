// The CLI refuses what it does not know: unknown commands, options and extra words get the usage line in Chinese and English and exit 2.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n'), errLines: err };
}

const HAN = /\p{Script=Han}/u;

/** The English line of a refusal: the one that starts with an English word. */
const englishLines = (lines: string[]) => lines.filter((l) => /^[A-Z]/.test(l) && !l.startsWith('Usage'));

describe('the CLI refuses what it does not know', () => {
  it('an unknown option of verify is refused with the usage line and exit 2, before anything is read', async () => {
    const res = await cli('verify', 'no-such.db', '--expectt', 'abc');
    expect(res.code).toBe(2);
    expect(res.err).toContain('未知选项 --expectt');
    expect(res.err).toContain('Unknown option --expectt');
    expect(res.err).toContain('drillroom verify <db|file.drill>');
    for (const l of englishLines(res.errLines)) expect(l, l).not.toMatch(HAN);
  });

  it('an extra word after the file is refused, not ignored', async () => {
    const res = await cli('verify', 'a.db', 'b.db');
    expect(res.code).toBe(2);
    expect(res.err).toContain('多余的参数“b.db”');
    expect(res.err).toContain('Unexpected argument "b.db"');
    expect(res.err).toContain('drillroom verify');
  });

  it('an option without its value is refused in both languages with no Chinese inside the English', async () => {
    const res = await cli('minutes', 'x.db', '--out');
    expect(res.code).toBe(2);
    expect(res.err).toContain('选项 --out 缺少取值');
    expect(res.err).toContain('Option --out needs a value');
    for (const l of englishLines(res.errLines)) expect(l, l).not.toMatch(HAN);
  });

  it('a missing required argument names it and prints the usage', async () => {
    const res = await cli('archive', 'x.db');
    expect(res.code).toBe(2);
    expect(res.err).toContain('缺少 --out <file.drill>');
    expect(res.err).toContain('Missing --out <file.drill>');
    expect(res.err).toContain('drillroom archive <db>');
  });

  it('an unknown command is named and refused with the list of commands, exit 2', async () => {
    const res = await cli('frobnicate', 'x');
    expect(res.code).toBe(2);
    expect(res.err).toContain('未知命令“frobnicate”');
    expect(res.err).toContain('Unknown command "frobnicate"');
    expect(res.err).toContain('verify <db|file.drill>');
  });

  it('help lists the commands and exits 0', async () => {
    const res = await cli('--help');
    expect(res.code).toBe(0);
    expect(res.err).toContain('scenario check <file.json>');
  });
});

describe('a refused demo command leaves no file behind', () => {
  it('demo without --scenario creates no database', async () => {
    const { tempDir } = await import('../helpers/world');
    const { existsSync } = await import('node:fs');
    const { join } = await import('node:path');
    const db = join(tempDir(), 'refused.db');
    const res = await cli('demo', '--db', db);
    expect(res.code).toBe(2);
    expect(res.err).toContain('Missing --scenario <id|file.json>');
    expect(existsSync(db)).toBe(false);
  });
});
