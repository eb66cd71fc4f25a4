// The console's keyboard rules: no single key changes the drill; every state change takes Alt.
import { describe, expect, it } from 'vitest';
import { SHORTCUTS, shortcutFor, type ShortcutAction } from '../../renderer/views/console/shortcuts';

const STATE_CHANGES: ShortcutAction[] = ['startPause', 'next', 'release', 'undo', 'projector'];
const key = (code: string, mods: { alt?: boolean; shift?: boolean; ctrl?: boolean } = {}) => ({
  code,
  key: code.startsWith('Key') ? code.slice(3).toLowerCase() : code === 'Slash' ? (mods.shift ? '?' : '/') : code,
  altKey: !!mods.alt,
  shiftKey: !!mods.shift,
  ctrlKey: !!mods.ctrl,
  metaKey: false,
});
const LETTERS = Array.from({ length: 26 }, (_, i) => `Key${String.fromCharCode(65 + i)}`);

describe('the console shortcuts', () => {
  it('no single key, with or without Shift, inside or outside a text field, changes the drill', () => {
    for (const code of [...LETTERS, 'Slash', 'Enter', 'Space'])
      for (const shift of [false, true])
        for (const typing of [false, true]) {
          const a = shortcutFor(key(code, { shift }), typing);
          expect(STATE_CHANGES, `${code} shift=${shift} typing=${typing}`).not.toContain(a);
        }
  });

  it('Alt+S, Alt+N, Alt+R, Alt+Z and Alt+P are the state changes, in a text field too', () => {
    const want: Record<string, ShortcutAction> = { KeyS: 'startPause', KeyN: 'next', KeyR: 'release', KeyZ: 'undo', KeyP: 'projector' };
    for (const [code, action] of Object.entries(want))
      for (const typing of [false, true]) expect(shortcutFor(key(code, { alt: true }), typing)).toBe(action);
  });

  it('only the screen keys L and ? work alone, and only outside text fields; Ctrl combinations are the browser\'s', () => {
    expect(shortcutFor(key('KeyL'), false)).toBe('focusLog');
    expect(shortcutFor(key('KeyL'), true)).toBeNull();
    expect(shortcutFor(key('Slash', { shift: true }), false)).toBe('help');
    expect(shortcutFor(key('Slash', { shift: true }), true)).toBeNull();
    expect(shortcutFor(key('KeyS', { alt: true, ctrl: true }), false)).toBeNull();
    expect(SHORTCUTS.filter((s) => s.single).map((s) => s.action)).toEqual(['focusLog']);
  });
});
