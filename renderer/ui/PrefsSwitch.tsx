// The language and theme switches shown in every header (the projector follows them through localStorage).
import { useI18n } from '../i18n/i18n';
import type { Lang, Theme } from '../state/prefs';
import { Icon } from './icons';

export interface Prefs {
  lang: Lang;
  setLang(l: Lang): void;
  theme: Theme;
  setTheme(t: Theme): void;
}

export function PrefsSwitch({ prefs }: { prefs: Prefs }) {
  const { t } = useI18n();
  const other: Theme = prefs.theme === 'dark' ? 'light' : 'dark';
  return (
    <div className="prefs">
      <button type="button" className="ghost" title={t('app.langLabel')} onClick={() => prefs.setLang(prefs.lang === 'zh-CN' ? 'en' : 'zh-CN')}>
        {t('app.lang')}
      </button>
      <button type="button" className="ghost" title={t('app.theme.label')} aria-label={t('app.theme.label')} onClick={() => prefs.setTheme(other)}>
        <Icon name={prefs.theme === 'dark' ? 'sun' : 'moon'} /> {t(other === 'dark' ? 'app.theme.dark' : 'app.theme.light')}
      </button>
    </div>
  );
}
