// The spotlight: one released inject (or its feed post) on every projector full-size, from the journal alone.
import { describe, expect, it } from 'vitest';
import { ENTRY_DATA } from '../../shared/domain/entry';
import { fold } from '../../shared/domain/fold';
import { EntryList, seedPack } from '../helpers/entries';

const MIN = 60_000;
const pack = seedPack('anonymous-email');

describe('the spotlight', () => {
  it('nothing is spotlighted in a new drill', () => {
    expect(fold(new EntryList(pack).entries).spotlight).toBeNull();
  });

  it('shows the latest spotlighted inject until it is taken down', () => {
    const j = new EntryList(pack);
    j.add('clock.start', 0, {});
    j.add('inject.released', 2 * MIN, { injectId: 'ae-01', manual: false, lateMs: 0, late: false });
    const on = j.add('spotlight', 3 * MIN, { injectId: 'ae-01', form: 'card' });
    expect(fold(j.entries).spotlight).toEqual({ injectId: 'ae-01', form: 'card', seq: on.seq, clockMs: 3 * MIN });
    j.add('spotlight', 4 * MIN, { injectId: 'ae-01', form: 'post' });
    expect(fold(j.entries).spotlight).toMatchObject({ injectId: 'ae-01', form: 'post' });
    j.add('spotlight', 5 * MIN, { injectId: null, form: 'card' });
    expect(fold(j.entries).spotlight).toBeNull();
  });

  it('is taken down when the drill finishes', () => {
    const j = new EntryList(pack);
    j.add('clock.start', 0, {});
    j.add('inject.released', 2 * MIN, { injectId: 'ae-01', manual: false, lateMs: 0, late: false });
    j.add('spotlight', 3 * MIN, { injectId: 'ae-01', form: 'card' });
    j.add('clock.finish', 9 * MIN, {});
    expect(fold(j.entries).spotlight).toBeNull();
  });

  it('its entry names an inject or null, and a known form only', () => {
    const schema = ENTRY_DATA['spotlight'];
    expect(schema.safeParse({ injectId: 'ae-01', form: 'card' }).success).toBe(true);
    expect(schema.safeParse({ injectId: null, form: 'card' }).success).toBe(true);
    expect(schema.safeParse({ injectId: 'ae-01', form: 'poster' }).success).toBe(false);
    expect(schema.safeParse({ injectId: '', form: 'card' }).success).toBe(false);
    expect(schema.safeParse({ injectId: 'ae-01', form: 'card', extra: 1 }).success).toBe(false);
  });
});
