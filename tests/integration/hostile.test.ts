// Hostile content (HTML/script, RTL and zero-width characters, 1 MB strings) is kept as text, refused at its limit, never run.
import JSZip from 'jszip';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildMinutes } from '../../electron/minutes/build';
import type { AnyEntry } from '../../shared/domain/entry';
import { MAX_ENTRY_TEXT } from '../../shared/domain/entry';
import type { ScenarioPack } from '../../shared/domain/scenario';
import type { DrillSnapshot } from '../../shared/ipc/contract';
import { DrillRoomError, type ErrorPayload } from '../../shared/ipc/errors';
import { seedPack } from '../helpers/entries';
import { makeWorld, type World } from '../helpers/world';

const SCRIPT = '<script>window.__pwned=1</script>';
const IMG = '<img src=x onerror=window.__pwned=1>';
/** Markup of HTML and of the docx itself, an RLO override with Arabic, and zero-width characters. */
const RTL = '\u202Eتحذير: حساب مجمد\u202C';
const ZERO_WIDTH = '转\u200B账\u200C失\u200D败\uFEFF通\u2060知';
const HOSTILE = `${SCRIPT}${IMG}</w:t></w:r><w:r><w:t>注入]]>&amp;"'${RTL}${ZERO_WIDTH}`;
const MB = 1024 * 1024;

let world: World;
beforeEach(() => {
  world = makeWorld({ live: false });
});
afterEach(() => world.dispose());

type Reply = { ok: true; value: unknown } | { ok: false; error: ErrorPayload };
const call = async (name: string, input: unknown) => (await world.services.dispatch(name, input)) as Reply;
const value = async <T>(name: string, input: unknown): Promise<T> => {
  const r = await call(name, input);
  if (!r.ok) throw new Error(`${name} refused: ${JSON.stringify(r.error)}`);
  return r.value as T;
};

const facts = { name: `演练${IMG}`, place: RTL, organiser: ZERO_WIDTH, facilitator: SCRIPT, scribe: '', reviewer: '', participants: {} };

/** The seed pack with hostile text in its title, roles and injects (within every length limit). */
function hostilePack(): ScenarioPack {
  const pack = seedPack('anonymous-email');
  return {
    ...pack,
    id: 'hostile-pack',
    title: `${SCRIPT}匿名举报`,
    summary: HOSTILE,
    roles: pack.roles.map((r, i) => (i === 0 ? { ...r, name: `<b onclick=x>${RTL}` } : r)),
    injects: pack.injects.map((j, i) => (i === 0 ? { ...j, title: `${IMG}标题`, content: HOSTILE, sender: ZERO_WIDTH } : j)),
  };
}

async function hostileDrill(): Promise<string> {
  const { drillId } = await value<{ drillId: string }>('drill.create', { packText: JSON.stringify(hostilePack()), facts, language: 'zh-CN' });
  await value('clock.start', { drillId });
  await value('inject.release', { drillId, injectId: hostilePack().injects[0]!.id });
  await value('entry.log', { drillId, kind: 'observation', roleId: 'monitoring', text: HOSTILE });
  await value('entry.log', { drillId, kind: 'decision', roleId: 'commander', text: `${RTL} ${IMG}` });
  return drillId;
}

describe('hostile text in entries', () => {
  it('is stored and read back exactly, also after a restart', async () => {
    const drillId = await hostileDrill();
    const texts = () => world.services.drills.entries(drillId).map((e) => e.text);
    expect(texts()).toContain(HOSTILE);
    expect(texts()).toContain(`${RTL} ${IMG}`);
    world.restart();
    const snap = await value<DrillSnapshot>('drill.open', { drillId });
    expect(snap.entries.map((e) => e.text)).toContain(HOSTILE);
    expect(world.services.journal.verify()).toMatchObject({ ok: true });
  });

  it(`keeps an entry of exactly ${MAX_ENTRY_TEXT.toLocaleString('en')} hostile characters whole`, async () => {
    const drillId = await hostileDrill();
    const long = HOSTILE.repeat(Math.ceil(MAX_ENTRY_TEXT / HOSTILE.length)).slice(0, MAX_ENTRY_TEXT);
    await value('entry.log', { drillId, kind: 'observation', roleId: 'monitoring', text: long });
    world.restart();
    expect(world.services.drills.entries(drillId).at(-1)!.text).toBe(long);
  });

  it('refuses a 1 MB entry with a length error naming the field, and writes nothing', async () => {
    const drillId = await hostileDrill();
    const before = world.services.drills.entries(drillId).length;
    const r = await call('entry.log', { drillId, kind: 'observation', roleId: 'monitoring', text: HOSTILE.repeat(Math.ceil(MB / HOSTILE.length)) });
    expect(r.ok).toBe(false);
    const error = (r as { error: ErrorPayload }).error;
    expect(error.code).toBe('invalid_input');
    expect(error.problems?.map((p) => p.field)).toContain('text');
    // Below the IPC, the service and the journal refuse it too.
    expect(() => world.services.drills.record(drillId, { kind: 'observation', roleId: 'monitoring', text: 'x'.repeat(MB), data: {} })).toThrow(
      DrillRoomError,
    );
    expect(world.services.drills.entries(drillId)).toHaveLength(before);
  });
});

describe('hostile text in a scenario pack', () => {
  it('is accepted and kept exactly in the drill', async () => {
    const drillId = await hostileDrill();
    const { state } = await value<DrillSnapshot>('drill.open', { drillId });
    const pack = hostilePack();
    expect(state.scenario.title).toBe(pack.title);
    expect(state.scenario.summary).toBe(HOSTILE);
    expect(state.scenario.roles[0]!.name).toBe(pack.roles[0]!.name);
    expect(state.scenario.injects[0]!.content).toBe(HOSTILE);
    expect(state.facts).toMatchObject({ name: facts.name, place: RTL, organiser: ZERO_WIDTH, facilitator: SCRIPT });
  });

  it('with a 1 MB string is refused with a length error that names the field, and no drill is made', async () => {
    const pack = hostilePack();
    const big = { ...pack, injects: pack.injects.map((j, i) => (i === 0 ? { ...j, content: 'x'.repeat(MB) } : j)) };
    const r = await call('drill.create', { packText: JSON.stringify(big), facts, language: 'zh-CN' });
    expect(r.ok).toBe(false);
    const error = (r as { error: ErrorPayload }).error;
    expect(error.code).toBe('bad_pack');
    expect(error.problems).toContainEqual(expect.objectContaining({ field: expect.stringMatching(/injects.*0.*content/), reason: expect.stringMatching(/4000/) }));
    expect(world.services.drills.list()).toEqual([]);
  });
});

describe('hostile text in the minutes', () => {
  async function documentXml(entries: AnyEntry[]): Promise<{ xml: string; bytes: Uint8Array }> {
    const bytes = await buildMinutes(entries, { exportedAt: Date.UTC(2026, 10, 28, 8), draft: false });
    const zip = await JSZip.loadAsync(bytes);
    return { xml: await zip.file('word/document.xml')!.async('string'), bytes };
  }

  it('appears escaped as text in document.xml: no script or img element, no broken runs', async () => {
    const drillId = await hostileDrill();
    await value('clock.finish', { drillId });
    const { xml, bytes } = await documentXml(world.services.drills.entries(drillId));
    expect(xml).not.toMatch(/<script/i);
    expect(xml).not.toMatch(/<img/i);
    expect(xml).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
    expect(xml).toContain('&lt;img src=x onerror=window.__pwned=1&gt;');
    expect(xml).toContain('&lt;/w:t&gt;&lt;/w:r&gt;');
    expect(xml).toContain(RTL);
    expect(xml).toContain(ZERO_WIDTH);
    // A real reader finds the text literally (python-docx parses the XML; a broken run would fail or split it).
    const path = join(world.dir, 'hostile.docx');
    writeFileSync(path, bytes);
    const text = execFileSync(
      '/usr/bin/python3',
      [
        '-c',
        'import sys, docx; d = docx.Document(sys.argv[1]); ps = [p.text for p in d.paragraphs] + [c.text for t in d.tables for r in t.rows for c in r.cells]; sys.stdout.write("\\n".join(ps))',
        path,
      ],
      { encoding: 'utf8' },
    );
    expect(text).toContain(HOSTILE);
    expect(text).toContain(`${RTL} ${IMG}`);
  });
});
