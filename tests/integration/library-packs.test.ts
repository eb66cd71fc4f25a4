// Every library pack runs as a full scripted drill whose minutes python-docx and LibreOffice open, and whose
// review compares the team's grade with the pack's and times the reporting clocks.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runDemo } from '../../electron/drill/demo';
import { minutesContent } from '../../electron/minutes/content';
import { SEVERITY_ZH } from '../../electron/minutes/severityText';
import { indicators } from '../../shared/domain/indicators';
import { gradeRecord, reportingClocks } from '../../shared/domain/reporting';
import { LIBRARY } from '../helpers/library';
import { makeWorld, tempDir, type World } from '../helpers/world';

const FONTCONFIG = resolve(__dirname, '../fixtures/fontconfig/fonts.conf');

interface Run {
  id: string;
  title: string;
  docx: string;
}

const worlds: World[] = [];
const out = tempDir('drillroom-library-');
afterAll(() => {
  for (const w of worlds) w.dispose();
  rmSync(out, { recursive: true, force: true });
});

describe('a full scripted drill over each library pack', () => {
  const runs: Run[] = [];

  it.each(LIBRARY)('$id: grades as the pack expects, meets its reporting clocks and timing targets, exports minutes', async ({ id, title }) => {
    const world = makeWorld({ live: false });
    worlds.push(world);
    const { drills, scenarios } = world.services;
    const pack = scenarios.get(id);
    const drillId = runDemo(drills, world.clock, pack);
    const snap = drills.snapshot(drillId);
    expect(snap.state.status).toBe('finished');
    expect(snap.state.released.length).toBe(pack.injects.length);

    const grade = gradeRecord(snap.state, snap.entries);
    expect(grade).toMatchObject({ expected: pack.severity!.grade, recorded: pack.severity!.grade, verdict: 'match' });
    const clocks = reportingClocks(snap.state, snap.entries, snap.clockMs);
    expect(clocks.map((c) => [c.id, c.status])).toEqual(pack.reportingClocks!.map((c) => [c.id, 'met']));
    expect(indicators(snap.state, snap.now).filter((i) => i.status !== 'met').map((i) => i.id)).toEqual([]);

    const content = minutesContent(snap.entries, { exportedAt: snap.now, draft: false });
    expect(content.severity!.lines).toContain(SEVERITY_ZH.verdict.match);
    expect(content.severity!.clocks).toHaveLength(pack.reportingClocks!.length);

    const saved = await world.services.exportMinutes(drillId);
    expect(saved.bytes).toBeGreaterThan(10_000);
    const docx = join(out, `${id}.docx`);
    copyFileSync(saved.path!, docx);
    runs.push({ id, title, docx });
  }, 120_000);

  it('python-docx opens all eight minutes, with the severity section and its table', () => {
    expect(runs.map((r) => r.id)).toEqual(LIBRARY.map((p) => p.id));
    const script = [
      'import sys, json, docx',
      'out = []',
      'for f in sys.argv[1:]:',
      '    d = docx.Document(f)',
      '    text = "\\n".join(p.text for p in d.paragraphs)',
      '    clocks = [t for t in d.tables if t.rows[0].cells[0].text == "报告时限"]',
      '    cells = "\\n".join(c.text for t in clocks for r in t.rows for c in r.cells)',
      '    out.append({"paragraphs": len(d.paragraphs), "tables": len(d.tables), "text": text, "cells": cells})',
      'print(json.dumps(out, ensure_ascii=False))',
    ].join('\n');
    const docs = JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, ...runs.map((r) => r.docx)], { encoding: 'utf8', maxBuffer: 64 << 20 })) as {
      paragraphs: number;
      tables: number;
      text: string;
      cells: string;
    }[];
    docs.forEach((d, i) => {
      const { title } = runs[i]!;
      expect(d.paragraphs, title).toBeGreaterThan(30);
      expect(d.tables, title).toBeGreaterThan(10);
      expect(d.text, title).toContain(`${title}应急演练纪要`);
      expect(d.text, title).toContain(SEVERITY_ZH.section);
      expect(d.text, title).toContain(SEVERITY_ZH.verdict.match);
      expect(d.cells, title).toContain('书面报告监管');
      expect(d.cells, title).toContain(SEVERITY_ZH.status.met);
    });
  });

  it('LibreOffice converts all eight minutes to PDF in one run', () => {
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${join(out, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', out, ...runs.map((r) => r.docx)],
      { env: { ...process.env, FONTCONFIG_FILE: FONTCONFIG }, stdio: 'pipe', timeout: 600_000 },
    );
    for (const r of runs) {
      const pdf = r.docx.replace(/\.docx$/, '.pdf');
      expect(existsSync(pdf), r.id).toBe(true);
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
      expect(pages, r.id).toBeGreaterThanOrEqual(8);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      expect(text, r.id).toContain(`${r.title}应急演练纪要`);
      expect(text.replace(/\s+/g, ''), r.id).toContain(SEVERITY_ZH.section);
      expect(text, r.id).toContain(`第 1 页 共 ${pages} 页`);
    }
  }, 600_000);
});
