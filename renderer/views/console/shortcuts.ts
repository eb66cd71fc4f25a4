// The facilitator's keyboard shortcuts. Whatever changes the drill takes Alt (a stray key in a journal row must never
// pause, advance or release); only keys that change this screen alone (L, ?) also work as single keys, outside fields.
import { useEffect, useRef } from 'react';
import type { MessageKey } from '../../i18n/i18n';

export type ShortcutAction = 'startPause' | 'next' | 'release' | 'undo' | 'focusLog' | 'projector' | 'help' | 'escape';

/**
 * The table the help overlay lists; `code` is the physical key (KeyboardEvent.code). `single` marks the keys that
 * also work without Alt outside text fields: they move focus or show help, write nothing and show nothing to the room.
 * The projector window takes Alt too: closing it by a stray P would blank the room's screen.
 */
export const SHORTCUTS: { action: ShortcutAction; keys: string; code: string; label: MessageKey; single?: true }[] = [
  { action: 'startPause', keys: 'Alt+S', code: 'KeyS', label: 'help.startPause' },
  { action: 'next', keys: 'Alt+N', code: 'KeyN', label: 'help.next' },
  { action: 'release', keys: 'Alt+R', code: 'KeyR', label: 'help.release' },
  { action: 'undo', keys: 'Alt+Z', code: 'KeyZ', label: 'help.undo' },
  { action: 'projector', keys: 'Alt+P', code: 'KeyP', label: 'help.projector' },
  { action: 'focusLog', keys: 'L / Alt+L', code: 'KeyL', label: 'help.focusLog', single: true },
  { action: 'help', keys: '? / F1', code: 'Slash', label: 'help.help' },
];

const isTyping = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

/** The action a key press asks for, or null: pure over the event's fields, so the rules read in one place. */
export function shortcutFor(ev: Pick<KeyboardEvent, 'key' | 'code' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>, typing: boolean): ShortcutAction | null {
  if (ev.ctrlKey || ev.metaKey) return null;
  if (ev.key === 'Escape') return 'escape';
  if (ev.key === 'F1' || (ev.key === '?' && !typing)) return 'help';
  const hit = SHORTCUTS.find((s) => s.code === ev.code && s.action !== 'help');
  if (!hit) return null;
  if (ev.altKey && !ev.shiftKey) return hit.action;
  if (hit.single && !ev.altKey && !ev.shiftKey && !typing) return hit.action;
  return null;
}

export function useShortcuts(handler: (a: ShortcutAction) => void): void {
  const ref = useRef(handler);
  ref.current = handler;
  useEffect(() => {
    const onKey = (ev: KeyboardEvent) => {
      const action = shortcutFor(ev, isTyping(ev.target));
      if (!action) return;
      if (action !== 'escape') ev.preventDefault();
      ref.current(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
