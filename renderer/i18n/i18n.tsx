// The language context: `t(key, params)` over the current catalogue, switchable at run time.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { errorMessage } from '../../shared/i18n/errors';
import { isErrorPayload } from '../../shared/ipc/errors';
import { ApiError } from '../api/api';
import type { Lang } from '../state/prefs';
import { en } from './en';
import { zhCN, type MessageKey } from './zh-CN';

export type { MessageKey };
export type Params = Record<string, string | number>;
export type T = (key: MessageKey, params?: Params) => string;

const CATALOGUES: Record<Lang, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

export function translate(lang: Lang, key: MessageKey, params: Params = {}): string {
  const template = CATALOGUES[lang][key] ?? zhCN[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}

interface I18n {
  lang: Lang;
  t: T;
  /** A thrown error in the user's language (typed errors from main carry their own catalogue). */
  errorText(err: unknown): string;
}

const Ctx = createContext<I18n | null>(null);

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo<I18n>(
    () => ({
      lang,
      t: (key, params) => translate(lang, key, params),
      errorText: (err) => {
        if (err instanceof ApiError) return err.messageIn(lang);
        if (isErrorPayload(err)) return errorMessage(err, lang);
        return errorMessage({ code: 'internal', key: 'internal', params: { detail: String((err as Error)?.message ?? err) } }, lang);
      },
    }),
    [lang],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useI18n(): I18n {
  const v = useContext(Ctx);
  if (!v) throw new Error('useI18n outside I18nProvider');
  return v;
}
