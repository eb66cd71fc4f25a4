// Local display preferences (language, theme): kept in localStorage so the projector window follows the console.
import { useEffect, useState } from 'react';

export type Theme = 'dark' | 'light';
export type Lang = 'zh-CN' | 'en';

const KEYS = { lang: 'drillroom.lang', theme: 'drillroom.theme' } as const;

function read<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
  const fromUrl = new URLSearchParams(window.location.hash.split('?')[1] ?? '').get(key.split('.')[1]!);
  if (fromUrl && (allowed as readonly string[]).includes(fromUrl)) return fromUrl as T;
  try {
    const v = window.localStorage.getItem(key);
    return v && (allowed as readonly string[]).includes(v) ? (v as T) : fallback;
  } catch {
    return fallback;
  }
}

function usePref<T extends string>(key: string, allowed: readonly T[], fallback: T): [T, (v: T) => void] {
  const [value, setValue] = useState<T>(() => read(key, allowed, fallback));
  useEffect(() => {
    const onStorage = (ev: StorageEvent) => {
      if (ev.key === key) setValue(read(key, allowed, fallback));
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [key, allowed, fallback]);
  const set = (v: T) => {
    setValue(v);
    try {
      window.localStorage.setItem(key, v);
    } catch {
      // Storage may be unavailable; the choice still holds for this window.
    }
  };
  return [value, set];
}

const LANGS: readonly Lang[] = ['zh-CN', 'en'];
const THEMES: readonly Theme[] = ['dark', 'light'];

export const useLangPref = () => usePref<Lang>(KEYS.lang, LANGS, 'zh-CN');
export const useThemePref = () => usePref<Theme>(KEYS.theme, THEMES, 'dark');
