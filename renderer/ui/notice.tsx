// Short messages for the user (saved paths, refused calls), shown in one corner and read out by screen readers.
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { Icon } from './icons';

type Tone = 'info' | 'error';
interface Notice {
  id: number;
  tone: Tone;
  text: string;
}

interface Notices {
  info(text: string): void;
  error(err: unknown): void;
}

const Ctx = createContext<Notices | null>(null);

export function NoticeProvider({ children }: { children: ReactNode }) {
  const { errorText, t } = useI18n();
  const [items, setItems] = useState<Notice[]>([]);
  const nextId = useRef(1);
  const push = useCallback((tone: Tone, text: string) => {
    const id = nextId.current++;
    setItems((cur) => [...cur.slice(-3), { id, tone, text }]);
    window.setTimeout(() => setItems((cur) => cur.filter((n) => n.id !== id)), tone === 'error' ? 15_000 : 8_000);
  }, []);
  const api = useMemo<Notices>(() => ({ info: (text) => push('info', text), error: (err) => push('error', errorText(err)) }), [push, errorText]);
  return (
    <Ctx.Provider value={api}>
      {children}
      <div className="notices">
        {items.map((n) => (
          <div key={n.id} className={`notice notice-${n.tone}`} role={n.tone === 'error' ? 'alert' : 'status'} data-testid="notice">
            <Icon name={n.tone === 'error' ? 'warning' : 'check'} />
            <span className="notice-text">{n.text}</span>
            <button type="button" className="ghost small" aria-label={t('app.close')} onClick={() => setItems((c) => c.filter((x) => x.id !== n.id))}>
              <Icon name="cross" />
            </button>
          </div>
        ))}
      </div>
    </Ctx.Provider>
  );
}

export function useNotice(): Notices {
  const v = useContext(Ctx);
  if (!v) throw new Error('useNotice outside NoticeProvider');
  return v;
}
