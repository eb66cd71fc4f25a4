// The editor's 保存到我的剧本: keeps the pack in the app's database as a new version (or the same one, unchanged);
// a built-in's id is refused, and the author gives a new id to 另存为我的剧本.
import { useState } from 'react';
import { api, ApiError } from '../../api/api';
import { useI18n } from '../../i18n/i18n';
import { Icon } from '../../ui/icons';
import { useNotice } from '../../ui/notice';
import '../../styles/mine.css';

export function SaveToMine({ text, title, onSaved, onRenamed }: { text: string; title: string; onSaved(text: string): void; onRenamed(id: string): void }) {
  const { t, errorText } = useI18n();
  const notice = useNotice();
  const [asNew, setAsNew] = useState<{ id: string; error: unknown } | null>(null);
  const store = async (packText: string) => {
    const r = await api.call('library.save', { packText });
    notice.info(t(r.created ? 'ed.savedMine' : 'ed.sameMine', { title, n: r.versions }));
    onSaved(packText);
  };
  const save = async () => {
    try {
      await store(text);
      setAsNew(null);
    } catch (err) {
      if (err instanceof ApiError && err.payload.key === 'bad_pack.builtin_readonly') setAsNew({ id: `${String(err.payload.params['id'])}-mine`, error: err });
      else notice.error(err);
    }
  };
  const saveAs = async () => {
    if (!asNew) return;
    const id = asNew.id.trim();
    try {
      const packText = JSON.stringify({ ...(JSON.parse(text) as Record<string, unknown>), id }, null, 2);
      await store(packText);
      onRenamed(id);
      setAsNew(null);
    } catch (err) {
      setAsNew({ id, error: err });
    }
  };
  return (
    <>
      <button type="button" onClick={() => void save()} data-testid="ed-save-mine">
        <Icon name="check" /> {t('ed.saveMine')}
      </button>
      {asNew ? (
        <div className="save-as-mine panel" role="dialog" aria-label={t('ed.saveAsMine')} data-testid="ed-save-as">
          <p className="muted small-text">{t('ed.saveAsHint')}</p>
          <p className="error-text">{errorText(asNew.error)}</p>
          <label>
            {t('ed.saveAsId')} <input value={asNew.id} maxLength={64} onChange={(e) => setAsNew({ ...asNew, id: e.target.value })} data-testid="ed-save-as-id" />
          </label>{' '}
          <button type="button" className="primary" disabled={asNew.id.trim() === ''} onClick={() => void saveAs()} data-testid="ed-save-as-submit">
            {t('ed.saveAsMine')}
          </button>{' '}
          <button type="button" onClick={() => setAsNew(null)}>
            {t('app.cancel')}
          </button>
        </div>
      ) : null}
    </>
  );
}
