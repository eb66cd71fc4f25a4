// Issue 9, item 1: no text is cut inside a character, and text SQLite cannot store exactly is refused before it is hashed.
import fc from 'fast-check';
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { entryHash } from '../../../shared/domain/chain';
import { checkPackText, type ScenarioPack } from '../../../shared/domain/scenario';
import { errorMessage } from '../../../shared/i18n/errors';
import { DrillRoomError, type ErrorPayload } from '../../../shared/ipc/errors';
import { sha256 } from '../../../electron/journal/sha256';
import { EntryList, seedPack } from '../../helpers/entries';
import { makeWorld, type World } from '../../helpers/world';

let world: World;
afterEach(() => world?.dispose());

type Reply = { ok: true; value: unknown } | { ok: false; error: ErrorPayload };
const call = async (name: string, input: unknown) => (await world.services.dispatch(name, input)) as Reply;

const LONE_HIGH = '\uD83D';
const LONE_LOW = '\uDE00';
const isWellFormed = (s: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

/** The seed pack with one untitled inject whose content has an emoji across UTF-16 index 79–80. */
function packWithEmojiAtTheCut(): ScenarioPack {
  const pack = seedPack('transfer-failure');
  const content = `${'客'.repeat(79)}😀之后的内容,足够长以便截断`;
  expect(content.charCodeAt(79)).toBeGreaterThanOrEqual(0xd800);
  const injects = pack.injects.map((j, i) => {
    if (i !== 0) return j;
    const { title: _drop, ...rest } = j;
    return { ...rest, content };
  });
  return { ...pack, id: 'emoji-cut', injects };
}

async function runningDrill(pack: ScenarioPack): Promise<string> {
  world = makeWorld({ live: false });
  const created = await call('drill.create', { packText: JSON.stringify(pack), facts: { name: '截断测试' } });
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  const { drillId } = created.value as { drillId: string };
  expect((await call('clock.start', { drillId })).ok).toBe(true);
  return drillId;
}

describe('text cut in a code point', () => {
  it('an untitled inject with an emoji across character 80 is released whole, and verify and archive stay intact', async () => {
    const pack = packWithEmojiAtTheCut();
    const drillId = await runningDrill(pack);
    const released = await call('inject.release', { drillId, injectId: pack.injects[0]!.id });
    expect(released.ok).toBe(true);
    const entry = world.services.drills.entries(drillId).find((e) => e.kind === 'inject.released')!;
    expect(isWellFormed(entry.text)).toBe(true);
    expect(entry.text.length).toBeLessThanOrEqual(80);
    expect(entry.text).not.toContain('\uFFFD');
    expect(world.services.journal.verify()).toMatchObject({ ok: true });
    const archived = await call('archive.export', { drillId });
    expect(archived).toMatchObject({ ok: true });
    expect(existsSync((archived as { value: { path: string } }).value.path)).toBe(true);
  });

  it('a lone surrogate in entry.log text is refused naming the field, in Chinese and English, and nothing is written', async () => {
    const drillId = await runningDrill(seedPack('transfer-failure'));
    const before = world.services.drills.entries(drillId).length;
    const reply = await call('entry.log', { drillId, kind: 'observation', roleId: 'monitoring', text: `微博热议${LONE_HIGH}` });
    expect(reply.ok).toBe(false);
    const error = (reply as { error: ErrorPayload }).error;
    expect(error.code).toBe('invalid_input');
    expect(error.problems?.map((p) => p.field)).toEqual(['text']);
    expect(errorMessage(error, 'zh-CN')).toMatch(/内容.*不完整的字符/);
    expect(errorMessage(error, 'en')).toMatch(/text.*broken character/);
    expect(world.services.drills.entries(drillId).length).toBe(before);
    expect(world.services.journal.verify()).toMatchObject({ ok: true });
  });

  it('the journal itself refuses a lone surrogate in text or data, as a last guard, and stays verifiable', async () => {
    const drillId = await runningDrill(seedPack('transfer-failure'));
    const { drills, journal } = world.services;
    const before = drills.entries(drillId).length;
    const attempts = [
      () => drills.record(drillId, { kind: 'observation', roleId: 'monitoring', text: `x${LONE_LOW}y`, data: {} }),
      () => drills.record(drillId, { kind: 'improvement', roleId: null, text: '整改', data: { owner: `张${LONE_HIGH}`, due: '2026-12-31' } }),
      () => journal.append(drillId, { kind: 'observation', roleId: 'monitoring', text: `${LONE_HIGH}`, data: {} }, { at: Date.now(), clockMs: 0, phaseId: null }),
    ];
    for (const attempt of attempts) {
      let caught: unknown;
      try {
        attempt();
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(DrillRoomError);
      expect((caught as DrillRoomError).payload.key).toBe('invalid_input.broken_text');
    }
    expect(drills.entries(drillId).length).toBe(before);
    expect(journal.verify()).toMatchObject({ ok: true });
  });

  it('a whole chain brought in (an archive) with a lone surrogate is refused before it is stored, and verify stays intact', () => {
    world = makeWorld({ live: false });
    const list = new EntryList(seedPack('transfer-failure'), 'D20261128-import01');
    list.add('clock.start', 0, {});
    list.add('observation', 1000, {}, { roleId: 'monitoring', text: `半个${LONE_HIGH}字` });
    const { journal } = world.services;
    expect(() => journal.importChain({ drillId: list.drillId, createdAt: list.entries[0]!.at, readOnly: true, source: 'archive' }, list.entries)).toThrow(DrillRoomError);
    expect(journal.drill(list.drillId)).toBeNull();
    expect(journal.verify()).toMatchObject({ ok: true });
  });

  it('scenario check refuses a pack whose text holds a lone surrogate, naming the field', () => {
    const pack = seedPack('transfer-failure');
    const text = JSON.stringify({ ...pack, injects: pack.injects.map((j, i) => (i === 2 ? { ...j, content: `半个字${LONE_HIGH}` } : j)) });
    const res = checkPackText(text);
    expect(res.ok).toBe(false);
    expect(!res.ok && res.problems.map((p) => p.field)).toContain('injects[2].content');
  });

  it('any generated string, appended and read back from SQLite, is refused cleanly or re-hashes to its stored hash', async () => {
    const drillId = await runningDrill(seedPack('transfer-failure'));
    const { drills, journal } = world.services;
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 120 }),
      fc.string({ unit: 'grapheme', maxLength: 60 }),
      fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)), maxLength: 60 }),
      fc.constantFrom('\u0000', 'a\u0000b', LONE_HIGH, LONE_LOW, `${LONE_LOW}${LONE_HIGH}`, '😀'.slice(0, 1), '\uFFFE\uFFFF', '\u{10FFFF}'),
    );
    let stored = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(anyText, fc.boolean(), async (text, viaContract) => {
        if (viaContract) {
          const reply = await call('entry.log', { drillId, kind: 'observation', roleId: 'scribe', text });
          if (!reply.ok) {
            refused++;
            return reply.error.code === 'invalid_input';
          }
        } else {
          try {
            drills.record(drillId, { kind: 'observation', roleId: 'scribe', text, data: {} });
          } catch (e) {
            refused++;
            return e instanceof DrillRoomError && e.code === 'invalid_input';
          }
        }
        stored++;
        const [back] = journal.entries(drillId, drills.state(drillId).lastSeq);
        const { hash, ...rest } = back!;
        expect(entryHash(rest, sha256)).toBe(hash);
        expect(back!.text).toBe(viaContract ? text.trim() : text);
        return true;
      }),
      { numRuns: 400 },
    );
    expect(stored).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
    expect(journal.verify()).toMatchObject({ ok: true });
    const again = world.restart();
    expect(again.journal.verify()).toMatchObject({ ok: true });
  });
});
