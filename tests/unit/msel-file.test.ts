// MSEL files as Excel and WPS save them (UTF-8 with BOM, plain UTF-8, GBK), the `msel check` command, and the import call.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { SOURCE_RESOURCES } from '../../electron/app/paths';
import { decodeMsel } from '../../electron/scenarios/mselFile';
import { parseMsel } from '../../shared/scenario/msel';
import type { Inject } from '../../shared/domain/scenario';
import { GOOD } from '../fixtures/msel/content';
import { makeWorld, tempDir } from '../helpers/world';

const FIXTURES = join(import.meta.dirname, '../fixtures/msel');
const fixture = (name: string) => join(FIXTURES, name);

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('decoding an MSEL file', () => {
  it('reads UTF-8 with a BOM and GBK to the same text', () => {
    const utf8 = decodeMsel(readFileSync(fixture('good-utf8-bom.csv')));
    const gbk = decodeMsel(readFileSync(fixture('good-gbk.csv')));
    expect(utf8).toEqual({ text: GOOD, encoding: 'utf-8' });
    expect(gbk).toEqual({ text: GOOD, encoding: 'gbk' });
    expect(parseMsel(gbk.text)).toEqual(parseMsel(utf8.text));
  });

  it('takes valid UTF-8 without a BOM as UTF-8, even when GBK could also read the bytes', () => {
    expect(decodeMsel(Buffer.from(GOOD, 'utf8'))).toEqual({ text: GOOD, encoding: 'utf-8' });
    expect(decodeMsel(readFileSync(fixture('good-english-utf8.csv'))).encoding).toBe('utf-8');
  });

  it("reads Excel's UTF-16 'Unicode text' by its BOM", () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(GOOD, 'utf-16le')]);
    expect(decodeMsel(bytes)).toEqual({ text: GOOD, encoding: 'utf-16le' });
  });
});

describe('npm run cli -- msel check', () => {
  for (const file of ['good-utf8-bom.csv', 'good-gbk.csv']) {
    it(`prints the injects of ${file} as JSON and exits 0`, async () => {
      const res = await cli('msel', 'check', fixture(file));
      expect(res.code, res.err).toBe(0);
      const injects = JSON.parse(res.out) as Inject[];
      expect(injects).toHaveLength(6);
      expect(injects[3]).toMatchObject({ id: 'm-4', channel: 'video', targetRoles: ['monitoring', 'spokesperson'] });
      expect(res.err).toContain(`编码 ${file.includes('gbk') ? 'GBK' : 'UTF-8'}`);
    });
  }

  for (const file of ['bad-gbk.csv', 'bad-utf8-bom.csv']) {
    it(`lists the bad rows of ${file} in Chinese and exits 1`, async () => {
      const res = await cli('msel', 'check', fixture(file));
      expect(res.code).toBe(1);
      expect(res.out).toBe('');
      expect(res.err).toContain('共 4 处,未导入任何内容');
      expect(res.err).toContain('第 4 行 “时间”: 无法识别的时间“十五分钟”');
      expect(res.err).toContain('第 5 行 “渠道”: 不能为空');
      expect(res.err).toContain('第 6 行 “接收角色”: 未知角色“外星人”');
      expect(res.err).toContain('第 7 行 “时限”: 填写了预期行动,请同时填写时限(分钟)');
    });
  }

  it("checks roles against --pack's roles", async () => {
    const dir = tempDir();
    const pack = JSON.parse(readFileSync(join(SOURCE_RESOURCES, 'scenarios', 'transfer-failure.json'), 'utf8'));
    pack.roles.push({ id: 'vendor', name: '外包厂商', tasks: [] });
    const packFile = join(dir, 'pack.json');
    writeFileSync(packFile, JSON.stringify(pack));
    const csvFile = join(dir, 'vendor.csv');
    writeFileSync(csvFile, iconv.encode('序号,时间,渠道,发送方,内容,接收角色\r\n1,T+5,内部报告,技术部,核心系统告警,外包厂商；技术保障\r\n', 'gbk'));
    const without = await cli('msel', 'check', csvFile);
    expect(without.code).toBe(1);
    expect(without.err).toContain('第 2 行 “接收角色”: 未知角色“外包厂商”');
    const withPack = await cli('msel', 'check', csvFile, '--pack', packFile);
    expect(withPack.code, withPack.err).toBe(0);
    expect(JSON.parse(withPack.out)[0].targetRoles).toEqual(['vendor', 'technology']);
    // A broken pack is refused before the CSV is read.
    writeFileSync(packFile, '{');
    expect((await cli('msel', 'check', csvFile, '--pack', packFile)).code).toBe(1);
  });

  it('names a missing file (exit 1) and a missing argument (exit 2)', async () => {
    const missing = await cli('msel', 'check', join(tempDir(), 'none.csv'));
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('找不到文件');
    expect((await cli('msel', 'check')).code).toBe(2);
  });
});

describe("the 'scenario.importMsel' call", () => {
  const world = makeWorld({ live: false });
  afterAll(() => world.dispose());
  const b64 = (file: string) => readFileSync(fixture(file)).toString('base64');

  it('returns the injects of a clean GBK file, checked against a built-in pack', async () => {
    const reply = await world.services.dispatch('scenario.importMsel', { scenarioId: 'anonymous-email', csvBase64: b64('good-gbk.csv') });
    expect(reply.ok).toBe(true);
    if (reply.ok) expect((reply.value as { injects: Inject[] }).injects).toHaveLength(6);
  });

  it("refuses a bad file with a typed 'bad_msel' error listing line and column", async () => {
    const reply = await world.services.dispatch('scenario.importMsel', { csvBase64: b64('bad-utf8-bom.csv') });
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error).toMatchObject({ code: 'bad_msel', key: 'bad_msel', params: { count: 4 } });
    expect(reply.error.problems![0]).toMatchObject({ line: 4, column: '时间', field: '第 4 行 “时间”', fieldEn: 'Line 4 "时间"' });
    expect(reply.error.problems!.map((p) => p.line)).toEqual([4, 5, 6, 7]);
  });

  it('checks against a pack given as text, and refuses a bad pack and a bad input', async () => {
    const packText = readFileSync(join(SOURCE_RESOURCES, 'scenarios', 'transfer-failure.json'), 'utf8');
    expect((await world.services.dispatch('scenario.importMsel', { packText, csvBase64: b64('good-utf8-bom.csv') })).ok).toBe(true);
    const badPack = await world.services.dispatch('scenario.importMsel', { packText: '{}', csvBase64: b64('good-utf8-bom.csv') });
    expect(badPack.ok ? null : badPack.error.code).toBe('bad_pack');
    const both = await world.services.dispatch('scenario.importMsel', { packText, scenarioId: 'anonymous-email', csvBase64: '' });
    expect(both.ok ? null : both.error.code).toBe('invalid_input');
    const notBase64 = await world.services.dispatch('scenario.importMsel', { csvBase64: '序号,时间' });
    expect(notBase64.ok ? null : notBase64.error.code).toBe('invalid_input');
  });
});
