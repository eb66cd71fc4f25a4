// The headless CLI on plain Node: demo drills of both seed scenarios verify, and a row changed behind the app's back is named.
import Database from 'better-sqlite3';
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { fold } from '../../shared/domain/fold';
import { indicators } from '../../shared/domain/indicators';
import { Journal } from '../../electron/journal/journal';
import { SOURCE_RESOURCES } from '../../electron/app/paths';
import { tempDir } from '../helpers/world';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('drillroom CLI', () => {
  it('lists the built-in scenarios, id first', async () => {
    const { code, out } = await cli('scenarios');
    expect(code).toBe(0);
    const ids = out.split('\n').map((l) => l.split('\t')[0]);
    expect(ids).toEqual(expect.arrayContaining(['anonymous-email', 'transfer-failure']));
  });

  it('checks a scenario file and names the bad fields', async () => {
    const dir = tempDir();
    const good = join(SOURCE_RESOURCES, 'scenarios', 'transfer-failure.json');
    expect((await cli('scenario', 'check', good)).code).toBe(0);
    const pack = JSON.parse(readFileSync(good, 'utf8'));
    delete pack.injects[2].content;
    pack.roles[0].tasks[0].phaseId = 'no-such-phase';
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify(pack));
    const res = await cli('scenario', 'check', bad);
    expect(res.code).toBe(1);
    expect(res.err).toContain('injects[2].content');
    expect(res.err).toContain('roles[0].tasks[0].phaseId');
    expect(res.err).toContain('injects[2].content(情景注入第 3 项 · 正文): 缺少此项');
    writeFileSync(bad, '{ not json');
    expect((await cli('scenario', 'check', bad)).err).toMatch(/不是有效的 JSON 文件/);
  });

  it('prints warnings of a scenario file but exits 1 for errors only', async () => {
    const pack = JSON.parse(readFileSync(join(SOURCE_RESOURCES, 'scenarios', 'transfer-failure.json'), 'utf8'));
    pack.roles[1].tasks = [];
    const file = join(tempDir(), 'warn.json');
    writeFileSync(file, JSON.stringify(pack));
    const warned = await cli('scenario', 'check', file);
    expect(warned.code).toBe(0);
    expect(warned.err).toContain('提示 roles[1].tasks(角色第 2 项 · 任务): 该角色没有任何任务');
    pack.injects[0].channel = '抖音';
    writeFileSync(file, JSON.stringify(pack));
    const bad = await cli('scenario', 'check', file);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('injects[0].channel(情景注入第 1 项 · 渠道): “抖音”应写作渠道编号 video(短视频)');
    expect(bad.err).toContain('提示 roles[1].tasks');
  });

  for (const scenario of ['anonymous-email', 'transfer-failure']) {
    it(`runs a complete demo drill of ${scenario} that verify accepts`, async () => {
      const db = join(tempDir(), 'demo.db');
      const demo = await cli('demo', '--scenario', scenario, '--db', db);
      expect(demo.code, demo.err).toBe(0);
      const drillId = demo.out.trim();
      const v = await cli('verify', db);
      expect(v.code).toBe(0);
      const journal = Journal.open(db, { readOnly: true });
      const entries = journal.entries(drillId);
      const s = fold(entries);
      journal.close();
      expect(v.out).toContain(`共 ${entries.length} 条记录`);
      expect(v.out).toContain(entries.at(-1)!.hash);
      // Every phase ran, every inject came out, a pause happened, the drill finished.
      expect(s.status).toBe('finished');
      expect(s.phaseRuns.map((r) => r.phaseId)).toEqual(s.scenario.phases.map((p) => p.id));
      expect(s.released.map((r) => r.injectId).sort()).toEqual(s.scenario.injects.map((j) => j.id).sort());
      expect(s.released.filter((r) => !r.manual).every((r) => !r.late)).toBe(true);
      expect(s.pauses).toBe(1);
      // One response per expected action, each marking its milestone, so every timing target is met.
      const expected = s.scenario.injects.flatMap((j) => j.expectedActions.map((a) => `${j.id}/${a.id}`));
      expect(Object.keys(s.actionsDone).sort()).toEqual(expected.sort());
      expect(indicators(s, s.clock.clockMs).map((i) => i.status)).toEqual(s.scenario.timingTargets.map(() => 'met'));
    });
  }

  it('fails verify naming the entry changed behind the app’s back', async () => {
    const db = join(tempDir(), 'demo.db');
    const drillId = (await cli('demo', '--scenario', 'anonymous-email', '--db', db)).out.trim();
    const raw = new Database(db);
    raw.exec('DROP TRIGGER entries_no_update');
    raw.prepare("UPDATE entries SET text = '已按时报送监管(篡改)' WHERE drill_id = ? AND seq = 17").run(drillId);
    raw.close();
    const v = await cli('verify', db);
    expect(v.code).toBe(1);
    expect(v.err).toContain(`演练 ${drillId} 第 17 条记录内容被修改`);
  });

  it('refuses a missing database with a clear message', async () => {
    const v = await cli('verify', join(tempDir(), 'nothing.db'));
    expect(v.code).toBe(1);
    expect(v.err).toMatch(/找不到文件/);
  });

  it('explains its usage and rejects unknown commands', async () => {
    expect((await cli('--help')).code).toBe(0);
    const res = await cli('frobnicate');
    expect(res.code).toBe(2);
    expect(res.err).toMatch(/demo --scenario/);
  });
});
