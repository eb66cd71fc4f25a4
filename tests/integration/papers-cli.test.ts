// `drillroom papers`: a paper of a drill in a database as Word, read back by python-docx; a wrong paper name is refused.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { tempDir } from '../helpers/world';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('drillroom papers', () => {
  it('writes the inject cards and the filled evaluator form of a demo drill, and refuses an unknown paper', async () => {
    const dir = tempDir();
    const db = join(dir, 'drill.db');
    const drillId = (await cli('demo', '--scenario', 'anonymous-email', '--db', db)).out.trim();
    const cards = join(dir, 'cards.docx');
    const res = await cli('papers', db, 'cards', '--drill', drillId, '--out', cards);
    expect(res.code, res.err).toBe(0);
    expect(res.out).toContain(cards);
    const n = execFileSync('/usr/bin/python3', ['-c', 'import sys, docx; print(len(docx.Document(sys.argv[1]).tables))', cards], { encoding: 'utf8' });
    expect(Number(n)).toBe(18); // one card per inject of the pack
    const filled = join(dir, 'form.docx');
    expect((await cli('papers', db, 'evaluation', '--filled', '--out', filled)).code).toBe(0);
    const first = execFileSync('/usr/bin/python3', ['-c', 'import sys, docx; print(docx.Document(sys.argv[1]).paragraphs[0].text)', filled], { encoding: 'utf8' });
    expect(first.trim()).toMatch(/评估表（演练后填写）$/);
    const bad = await cli('papers', db, 'minutes', '--out', join(dir, 'x.docx'));
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('未知文书');
  }, 60_000);
});
