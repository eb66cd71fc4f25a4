// The facilitator's keyboard shortcuts: single keys outside text fields, Alt+key anywhere.
import { useEffect, useRef } from 'react';
import type { MessageKey } from '../../i18n/i18n';

export type ShortcutAction = 'startPause' | 'next' | 'release' | 'focusLog' | 'projector' | 'help' | 'escape';

/** The table the help overlay lists; `code` is the physical key (KeyboardEvent.code). */
export const SHORTCUTS: { action: ShortcutAction; keys: string; code: string; label: MessageKey }[] = [
  { action: 'startPause', keys: 'S / Alt+S', code: 'KeyS', label: 'help.startPause' },
  { action: 'next', keys: 'N / Alt+N', code: 'KeyN', label: 'help.next' },
  { action: 'release', keys: 'R / Alt+R', code: 'KeyR', label: 'help.release' },
  { action: 'focusLog', keys: 'L / Alt+L', code: 'KeyL', label: 'help.focusLog' },
  { action: 'projector', keys: 'P / Alt+P', code: 'KeyP', label: 'help.projector' },
  { action: 'help', keys: '? / F1', code: 'Slash', label: 'help.help' },
];

const isTyping = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

export function useShortcuts(handler: (a: ShortcutAction) => void): void {
  const ref = useRef(handler);
  ref.current = handler;
  useEffect(() => {
    const onKey = (ev: KeyboardEvent) => {
      if (ev.ctrlKey || ev.metaKey) return;
      if (ev.key === 'Escape') return ref.current('escape');
      if (ev.key === 'F1' || (ev.key === '?' && !isTyping(ev.target))) {
        ev.preventDefault();
        return ref.current('help');
      }
      if (!ev.altKey && (isTyping(ev.target) || ev.shiftKey)) return;
      const hit = SHORTCUTS.find((s) => s.code === ev.code && s.action !== 'help');
      if (!hit) return;
      ev.preventDefault();
      ref.current(hit.action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
