// 我的剧本 in the picker: the user's own packs (latest version each, with the version count), a way to pick an
// earlier version, and delete (a soft hide: drills that used a pack keep their own copy).
import { useState } from 'react';
import type { ScenarioSummary, UserPackVersion } from '../../../shared/ipc/contract';
import { shortVersion } from '../../../shared/domain/scenarioVersion';
import { api } from '../../api/api';
import { useI18n } from '../../i18n/i18n';
import { Icon } from '../../ui/icons';
import { useNotice } from '../../ui/notice';
import '../../styles/mine.css';

export function MyPacks({
  packs,
  selected,
  onPick,
  onPickVersion,
  onHidden,
}: {
  packs: ScenarioSummary[];
  /** The picked pack id and, for an earlier version, its hash. */
  selected: { id: string; version: string | null } | null;
  onPick(id: string): void;
  onPickVersion(id: string, version: string): void;
  onHidden(id: string): void;
}) {
  const { t, lang } = useI18n();
  const notice = useNotice();
  const [versions, setVersions] = useState<{ id: string; list: UserPackVersion[] } | null>(null);
  const en = lang === 'en';
  const when = (ms: number) => new Date(ms).toLocaleString(en ? 'en-GB' : 'zh-CN', { hour12: false });
  const showVersions = (id: string) =>
    versions?.id === id ? setVersions(null) : api.call('library.versions', { scenarioId: id }).then((list) => setVersions({ id, list }), notice.error);
  const hide = (id: string) =>
    api.call('library.hide', { scenarioId: id }).then(() => {
      setVersions(null);
      onHidden(id);
    }, notice.error);
  if (packs.length === 0) return <p className="muted" data-testid="my-packs-empty">{t('mine.empty')}</p>;
  return (
    <ul className="my-packs" data-testid="my-packs">
      {packs.map((s) => {
        const on = selected?.id === s.id;
        return (
          <li key={s.id} className={`scenario-card my-pack${on ? ' selected' : ''}`} data-testid={`my-pack-${s.id}`}>
            <button type="button" role="radio" aria-checked={on && selected?.version === null} className="my-pack-main" onClick={() => onPick(s.id)}>
              <strong>
                {on && selected?.version === null ? <Icon name="check" /> : null} {(en && s.titleEn) || s.title}
              </strong>
              <span className="muted small-text tnum">
                {t('mine.latest', { v: shortVersion(s.version ?? ''), n: s.versions ?? 1 })}
                {s.savedAt ? ` · ${when(s.savedAt)}` : ''}
              </span>
            </button>
            <div className="my-pack-actions">
              <button type="button" className="small" aria-expanded={versions?.id === s.id} onClick={() => void showVersions(s.id)} data-testid={`my-pack-versions-${s.id}`}>
                {t('mine.versions', { n: s.versions ?? 1 })}
              </button>
              <button type="button" className="small danger" onClick={() => void hide(s.id)} data-testid={`my-pack-hide-${s.id}`}>
                {t('mine.hide')}
              </button>
            </div>
            {versions?.id === s.id ? (
              <ol className="my-pack-versions">
                {versions.list.map((v, i) => {
                  const picked = on && (selected?.version === v.version || (i === 0 && selected?.version === null));
                  return (
                    <li key={v.version}>
                      <button
                        type="button"
                        className={`small${picked ? ' primary' : ''}`}
                        onClick={() => (i === 0 ? onPick(s.id) : onPickVersion(s.id, v.version))}
                        data-testid={`my-pack-version-${v.version.slice(0, 12)}`}
                      >
                        <span className="tnum">{shortVersion(v.version)}</span> · {v.title} · <span className="tnum">{when(v.savedAt)}</span>
                        {i === 0 ? ` · ${t('mine.latestTag')}` : ''}
                        {v.sourceName ? ` · ${v.sourceName}` : ''}
                      </button>
                    </li>
                  );
                })}
              </ol>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
