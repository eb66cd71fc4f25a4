// The help overlay (?): every shortcut of the console, in the current language.
import { useI18n } from '../../i18n/i18n';
import { SHORTCUTS } from './shortcuts';

export function HelpOverlay({ onClose }: { onClose(): void }) {
  const { t } = useI18n();
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label={t('help.title')} onClick={onClose}>
      <div className="dialog" onClick={(ev) => ev.stopPropagation()}>
        <h2>{t('help.title')}</h2>
        <p className="muted">{t('help.note')}</p>
        <table className="table">
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.action}>
                <td>
                  <kbd>{s.keys}</kbd>
                </td>
                <td>{t(s.label)}</td>
              </tr>
            ))}
            <tr>
              <td>
                <kbd>Alt+1 … Alt+9</kbd>
              </td>
              <td>{t('help.roleDigit')}</td>
            </tr>
            <tr>
              <td>
                <kbd>Enter</kbd>
              </td>
              <td>{t('log.submit')}</td>
            </tr>
            <tr>
              <td>
                <kbd>Esc</kbd>
              </td>
              <td>{t('help.escape')}</td>
            </tr>
          </tbody>
        </table>
        <div className="row end">
          <button type="button" autoFocus onClick={onClose}>
            {t('app.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
