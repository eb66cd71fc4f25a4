// A second export never silently replaces the first: numbered names where no dialog asks (browser host, CLI), download links in the browser host.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { composeServices, type Services } from '../../electron/app/compose';
import { headlessPorts } from '../../electron/app/headlessPorts';
import { SOURCE_RESOURCES } from '../../electron/app/paths';
import { runCli } from '../../electron/cli/main';
import { SimulatedClock } from '../../electron/clock/simulatedClock';
import { runDemo } from '../../electron/drill/demo';
import { numberedName } from '../../electron/files/exportFile';
import { startBrowserHost } from '../../electron/host/server';
import type { SavedFile } from '../../shared/ipc/contract';
import { tempDir } from '../helpers/world';

let dir: string;
let services: Services;
let drillId: string;

beforeEach(() => {
  dir = tempDir('drillroom-export-twice-');
  const clock = new SimulatedClock();
  services = composeServices({ dataDir: dir, resourcesDir: SOURCE_RESOURCES, ports: headlessPorts(join(dir, 'exports'), undefined, { downloads: true }), clock, live: false });
  drillId = runDemo(services.drills, clock, services.scenarios.get('anonymous-email'));
});
afterEach(() => {
  services.close();
  rmSync(dir, { recursive: true, force: true });
});

async function saved(name: 'minutes.export' | 'archive.export'): Promise<SavedFile> {
  const r = await services.dispatch(name, { drillId });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as SavedFile;
}

/** python-docx opens it and finds paragraphs: the file is a whole Word document. */
const paragraphs = (path: string) => Number(execFileSync('/usr/bin/python3', ['-c', 'import sys, docx; print(len(docx.Document(sys.argv[1]).paragraphs))', path], { encoding: 'utf8' }).trim());

describe('numbered names', () => {
  it('name, name-2, name-3, before the extension', () => {
    const taken = new Set(['演练纪要-演练.docx', '演练纪要-演练-2.docx']);
    expect(numberedName('a.docx', (c) => taken.has(c))).toBe('a.docx');
    expect(numberedName('演练纪要-演练.docx', (c) => taken.has(c))).toBe('演练纪要-演练-3.docx');
    expect(numberedName('noext', (c) => c === 'noext')).toBe('noext-2');
  });
});

describe('exporting twice where no dialog asks (the browser host, headless)', () => {
  it('the minutes: two files, the first byte-identical after the second, both whole Word documents', async () => {
    const first = await saved('minutes.export');
    const firstBytes = readFileSync(first.path!);
    const second = await saved('minutes.export');
    expect(second.path).not.toBe(first.path);
    expect(basename(second.path!)).toBe(basename(first.path!).replace(/\.docx$/, '-2.docx'));
    expect(basename(first.path!)).toMatch(/演练纪要\.docx$/);
    expect(readFileSync(first.path!).equals(firstBytes)).toBe(true);
    expect(paragraphs(first.path!)).toBeGreaterThan(10);
    expect(paragraphs(second.path!)).toBeGreaterThan(10);
    expect(readdirSync(join(dir, 'exports')).sort()).toEqual([basename(first.path!), basename(second.path!)].sort());
  });

  it('the archive: two files side by side; both verify', async () => {
    const a = await saved('archive.export');
    const b = await saved('archive.export');
    expect(basename(b.path!)).toBe(basename(a.path!).replace(/\.drill$/, '-2.drill'));
    for (const p of [a.path!, b.path!]) expect(await runCli(['verify', p], { out: () => {}, err: () => {} })).toBe(0);
  });

  it('two exports at the same moment still get two names', async () => {
    const [a, b] = await Promise.all([saved('minutes.export'), saved('minutes.export')]);
    expect(a.path).not.toBe(b.path);
    expect(paragraphs(a.path!)).toBeGreaterThan(10);
    expect(paragraphs(b.path!)).toBeGreaterThan(10);
  });
});

describe('the browser host hands an export to the browser', () => {
  it('a one-time link serves the bytes as an attachment with the UTF-8 file name', async () => {
    mkdirSync(join(dir, 'renderer'));
    writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>host</title>');
    const host = await startBrowserHost(services, { rendererDir: join(dir, 'renderer'), onRefusal: () => {} });
    try {
      const s = await saved('minutes.export');
      expect(s.download?.name).toBe(basename(s.path!));
      const url = `http://127.0.0.1:${host.port}${s.download!.url}`;
      const res = await fetch(url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${basename(s.path!).replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(basename(s.path!))}`);
      const body = Buffer.from(await res.arrayBuffer());
      expect(body.equals(readFileSync(s.path!))).toBe(true);
      expect(body.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
      expect((await fetch(url)).status).toBe(404);
      expect((await fetch(`http://127.0.0.1:${host.port}/download/made-up`)).status).toBe(404);
    } finally {
      await host.close();
    }
  });
});

describe('the CLI', () => {
  it('writes beside an existing --out file under a numbered name, and replaces it only with --overwrite', async () => {
    const db = join(dir, 'drillroom.db');
    const out = join(dir, 'cli');
    mkdirSync(out);
    const target = join(out, '纪要.docx');
    writeFileSync(target, 'the earlier minutes');
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
    expect(await runCli(['minutes', db, '--drill', drillId, '--out', target], io)).toBe(0);
    expect(readFileSync(target, 'utf8')).toBe('the earlier minutes');
    expect(lines.join('\n')).toContain(join(out, '纪要-2.docx'));
    expect(paragraphs(join(out, '纪要-2.docx'))).toBeGreaterThan(10);
    expect(await runCli(['archive', db, '--drill', drillId, '--out', join(out, 'd.drill')], io)).toBe(0);
    expect(await runCli(['archive', db, '--drill', drillId, '--out', join(out, 'd.drill')], io)).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['d-2.drill', 'd.drill', '纪要-2.docx', '纪要.docx']);
    expect(await runCli(['minutes', db, '--drill', drillId, '--overwrite', '--out', target], io)).toBe(0);
    expect(paragraphs(target)).toBeGreaterThan(10);
  });
});
