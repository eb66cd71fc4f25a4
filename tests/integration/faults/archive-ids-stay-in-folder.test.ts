// A drill id is never a path: an archive whose id climbs out of the folder is refused, and exports stay in their folder.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { headlessPorts } from '../../../electron/app/headlessPorts';
import { runDemo } from '../../../electron/drill/demo';
import { Journal } from '../../../electron/journal/journal';
import { sha256 } from '../../../electron/journal/sha256';
import { entryHash } from '../../../shared/domain/chain';
import type { AnyEntry, Entry } from '../../../shared/domain/entry';
import { DrillRoomError } from '../../../shared/ipc/errors';
import { makeWorld, tempDir, type World } from '../../helpers/world';
import { errorMessage } from '../../../shared/i18n/errors';

const HOSTILE = '../../../../outside/x';
const worlds: World[] = [];
const dirs: string[] = [];
afterEach(() => {
  while (worlds.length) worlds.pop()!.dispose();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A data folder nested four levels deep, so `../../../../outside` lands inside our own temp folder. */
function deepWorld(): { w: World; top: string } {
  const top = tempDir('drillroom-ids-');
  dirs.push(top);
  const dir = join(top, 'a', 'b', 'c');
  mkdirSync(dir, { recursive: true });
  const w = makeWorld({ live: false, dir });
  worlds.push(w);
  return { w, top };
}

/** A demo drill's chain re-hashed under another id: a sound chain, a hostile id. */
function rechained(entries: readonly AnyEntry[], drillId: string): AnyEntry[] {
  let prev = entries[0]!.prevHash;
  return entries.map((e) => {
    const { hash: _old, ...rest } = { ...e, drillId, prevHash: prev };
    const hash = entryHash(rest as Omit<Entry, 'hash'>, sha256);
    prev = hash;
    return { ...rest, hash } as AnyEntry;
  });
}

const manifestOf = (entries: AnyEntry[], format: string) => ({
  format,
  drillId: entries[0]!.drillId,
  entryCount: entries.length,
  finalHash: entries.at(-1)!.hash,
  exportedAt: 0,
  appVersion: '0.0.0',
});

/** The same chain as an archive of the first format (one JSON text) and of the zip format. */
function hostileArchives(entries: AnyEntry[]): { legacy: string; zip: Uint8Array } {
  const legacy = JSON.stringify({ manifest: manifestOf(entries, 'drillroom.archive/1'), entries, attachments: [] });
  const zip = zipSync({
    'manifest.json': strToU8(JSON.stringify(manifestOf(entries, 'drillroom.archive/2'))),
    'entries.jsonl': strToU8(entries.map((e) => JSON.stringify(e)).join('\n') + '\n'),
  });
  return { legacy, zip };
}

async function refusedWith(p: Promise<unknown> | (() => unknown), code: string): Promise<DrillRoomError> {
  let err: unknown = null;
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    err = e;
  }
  expect(err, `expected a refusal with ${code}`).toBeInstanceOf(DrillRoomError);
  expect((err as DrillRoomError).code).toBe(code);
  return err as DrillRoomError;
}

describe('an archive whose drill id is a path', () => {
  it.each(['legacy', 'zip'] as const)('is refused on import (%s format), so re-exporting it can never write outside the exports folder', async (format) => {
    const { w, top } = deepWorld();
    const s = w.services;
    const id = runDemo(s.drills, w.clock, s.scenarios.get('anonymous-email'));
    const archive = hostileArchives(rechained(s.drills.entries(id), HOSTILE))[format];
    const imports = join(w.dir, 'imports');
    mkdirSync(imports, { recursive: true });
    writeFileSync(join(imports, 'hostile.drill'), archive);

    const reply = await s.dispatch('archive.import', { name: 'hostile.drill' });
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error.code).toBe('bad_archive');
    expect(!reply.ok && String(reply.error.params['path'])).toContain('drillId');
    // The reason names the field in both languages, with no Chinese inside the English.
    if (!reply.ok) expect(errorMessage(reply.error, 'en')).toMatch(/^The drill archive is invalid: the (manifest|archive|entry) [^\p{Script=Han}]*drillId/u);
    expect(s.journal.drills().map((d) => d.drillId)).toEqual([id]);

    // Even were it imported by other means, no export may land outside the exports folder.
    await s.dispatch('archive.export', { drillId: HOSTILE });
    expect(existsSync(join(top, 'outside'))).toBe(false);
    expect(readdirSync(top)).toEqual(['a']);
  });
});

describe('the one drill id grammar', () => {
  it('is what the contract checks: a drill id with separators or dots is refused as invalid input, not looked up', async () => {
    const w = makeWorld({ live: false });
    worlds.push(w);
    for (const drillId of [HOSTILE, 'a/b', 'a\\b', '..', '.hidden', 'x'.repeat(65), 'D 1']) {
      const reply = await w.services.dispatch('archive.export', { drillId });
      expect(!reply.ok && reply.error.code, drillId).toBe('invalid_input');
    }
    const ok = await w.services.dispatch('drill.open', { drillId: 'D20261203-abcdef12' });
    expect(!ok.ok && ok.error.code).toBe('not_found');
  });

  it('is what the journal enforces: a drill cannot be created or imported under a path-like id', async () => {
    const dir = tempDir('drillroom-ids-journal-');
    dirs.push(dir);
    const journal = Journal.open(join(dir, 'j.db'));
    try {
      await refusedWith(() => journal.createDrill(HOSTILE, 0), 'invalid_input');
      await refusedWith(() => journal.importChain({ drillId: '../x', createdAt: 0, readOnly: true, source: 'archive' }, []), 'invalid_input');
      expect(journal.drills()).toEqual([]);
      journal.createDrill('D20261203-abcdef12', 0);
      expect(journal.drills().map((d) => d.drillId)).toEqual(['D20261203-abcdef12']);
    } finally {
      journal.close();
    }
  });

  it('fits every id the app makes', () => {
    const w = makeWorld({ live: false });
    worlds.push(w);
    const id = w.services.drills.create({ pack: w.services.scenarios.get('anonymous-email'), facts: { name: '演练' }, language: 'zh-CN' });
    expect(id).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/);
  });
});

describe('the save and open ports', () => {
  it('take a base name, never a path', async () => {
    const top = tempDir('drillroom-ports-');
    dirs.push(top);
    const exportsDir = join(top, 'data', 'exports');
    const ports = headlessPorts(exportsDir);
    for (const name of ['../x.drill', '../../outside/x.drill', '/etc/x.drill', 'a\\..\\x.drill', '..']) {
      await refusedWith(ports.chooseSavePath(name, []), 'invalid_input');
      await refusedWith(ports.chooseOpenPath([], name), 'invalid_input');
    }
    expect(dirname(String(await ports.chooseSavePath('演练纪要.docx', [])))).toBe(exportsDir);
  });

  it('receive sanitised names: a drill named like a path exports into the exports folder', async () => {
    const w = makeWorld({ live: false });
    worlds.push(w);
    const s = w.services;
    const id = runDemo(s.drills, w.clock, s.scenarios.get('anonymous-email'));
    s.drills.record(id, { kind: 'drill.facts', roleId: null, text: 'x', data: { facts: { ...s.drills.state(id).facts, name: '../../..\\outside/演练:*?' } } });
    for (const saved of [await s.exportArchive(id), await s.exportMinutes(id)]) {
      expect(dirname(saved.path!)).toBe(join(w.dir, 'exports'));
    }
    expect(readdirSync(join(w.dir, 'exports'))).toHaveLength(2);
  });
});
