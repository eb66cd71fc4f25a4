// Hiding a drill from the list is a recorded toggle (drill.archived), reversible, never a delete; an imported drill's journal takes none.
import { describe, expect, it } from 'vitest';
import { refusal, type AdmissionContext } from '../../shared/domain/admission';
import type { AnyEntry, EntryDraft } from '../../shared/domain/entry';
import { fold } from '../../shared/domain/fold';
import { EntryList, seedPack } from '../helpers/entries';

const pack = seedPack('anonymous-email');
const ctxOf = (entries: AnyEntry[], readOnly = false): AdmissionContext => ({ readOnly, clockMs: 0, entry: (seq) => entries.find((e) => e.seq === seq) });
const archive = (archived: boolean): EntryDraft => ({ kind: 'drill.archived', roleId: null, text: '', data: { archived } as never });
const keyOf = (j: EntryList, d: EntryDraft, readOnly = false) => refusal(fold(j.entries), d, ctxOf(j.entries, readOnly))?.payload.key ?? null;

describe('archiving a drill out of the list', () => {
  it('a new drill is not archived; archiving and bringing back fold to the latest toggle', () => {
    const j = new EntryList(pack);
    expect(fold(j.entries).archived).toBe(false);
    j.add('drill.archived', 0, { archived: true });
    expect(fold(j.entries).archived).toBe(true);
    j.add('drill.archived', 0, { archived: false });
    expect(fold(j.entries).archived).toBe(false);
  });

  it('is a toggle: archiving an archived drill, or bringing back one that is not archived, is refused', () => {
    const j = new EntryList(pack);
    expect(keyOf(j, archive(false))).toBe('bad_state.not_archived');
    expect(keyOf(j, archive(true))).toBeNull();
    j.add('drill.archived', 0, { archived: true });
    expect(keyOf(j, archive(true))).toBe('bad_state.already_archived');
    expect(keyOf(j, archive(false))).toBeNull();
  });

  it('is allowed before the start, while running and after the finish', () => {
    const j = new EntryList(pack);
    expect(keyOf(j, archive(true))).toBeNull();
    j.add('clock.start', 0, {});
    expect(keyOf(j, archive(true))).toBeNull();
    j.add('clock.finish', 60_000, {});
    expect(keyOf(j, archive(true))).toBeNull();
  });

  it('an imported (read-only) drill takes no archive entry: its journal stays the archive it came from', () => {
    const j = new EntryList(pack);
    expect(keyOf(j, archive(true), true)).toBe('bad_state.read_only');
  });
});
