// 登记证据: an evidence entry for a role with its text, source and attached files (photos, recordings, videos up to 2 GiB).
// Each file is checked before any byte moves, then streamed into main's store (HTTP upload in the browser host and on
// seats; main reads the picked file itself in the desktop app) with a progress bar and a cancel; the entry comes last.
import { useRef, useState } from 'react';
import { EVIDENCE_EXTENSIONS, EVIDENCE_LIMIT_BYTES, evidenceRefusal } from '../../../shared/domain/evidenceRules';
import type { PickedEvidence, StagedEvidence } from '../../../shared/ipc/contract';
import type { ErrorPayload } from '../../../shared/ipc/errors';
import { api } from '../../api/api';
import { useI18n } from '../../i18n/i18n';
import { Icon } from '../../ui/icons';
import { formatBytes } from './files';

/** A file chosen in the page (browser host, seat) or in main's dialog (desktop app). */
type Chosen = { kind: 'file'; file: File; name: string; size: number } | { kind: 'pick'; pick: PickedEvidence; name: string; size: number };

interface Progress {
  name: string;
  done: number;
  total: number;
}

const ACCEPT = EVIDENCE_EXTENSIONS.map((e) => `.${e}`).join(',');
const refusalOf = (name: string, size: number): ErrorPayload | null => {
  const r = evidenceRefusal(name, size);
  return r ? { code: 'bad_evidence', key: r.key, params: r.params } : null;
};

export function EvidenceForm({ drillId, roleId, disabled }: { drillId: string; roleId: string; disabled: boolean }) {
  const { t, errorText } = useI18n();
  const [text, setText] = useState('');
  const [source, setSource] = useState('');
  const [files, setFiles] = useState<Chosen[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const cancelRef = useRef<(() => void) | null>(null);
  const desktop = api.host === 'electron';

  /** Refused here, before any upload: too big, or a type the register does not take; then the drill's own rules. */
  const pickInPage = async () => {
    setError(null);
    setSaved(null);
    const list = [...(fileRef.current?.files ?? [])];
    const refused = list.map((f) => refusalOf(f.name, f.size)).find((r) => r !== null);
    if (refused) {
      setError(refused);
      setFiles([]);
      if (fileRef.current) fileRef.current.value = '';
      return;
    }
    try {
      for (const f of list) await api.call('evidence.check', { drillId, roleId, name: f.name, size: f.size });
      setFiles(list.map((file) => ({ kind: 'file', file, name: file.name, size: file.size })));
    } catch (err) {
      setError(err);
      setFiles([]);
      if (fileRef.current) fileRef.current.value = '';
    }
  };
  const pickInMain = async () => {
    setError(null);
    setSaved(null);
    try {
      const pick = await api.call('evidence.pick', { drillId, roleId });
      if (pick) setFiles((fs) => [...fs, { kind: 'pick', pick, name: pick.name, size: pick.size }]);
    } catch (err) {
      setError(err);
    }
  };

  /** One file into main's store, its progress shown; resolves with the staged file the entry names. */
  const stage = async (c: Chosen): Promise<StagedEvidence> => {
    setProgress({ name: c.name, done: 0, total: c.size });
    if (c.kind === 'file') {
      const stop = new AbortController();
      cancelRef.current = () => stop.abort();
      return api.uploadEvidence({ drillId, roleId, name: c.name, size: c.size }, c.file, (done, total) => setProgress({ name: c.name, done, total }), stop.signal);
    }
    const off = api.on('evidence.progress', (p) => {
      if (p.pick === c.pick.pick) setProgress({ name: c.name, done: p.done, total: p.total });
    });
    cancelRef.current = () => void api.call('evidence.cancel', { pick: c.pick.pick });
    try {
      return await api.call('evidence.ingest', { drillId, roleId, pick: c.pick.pick });
    } finally {
      off();
    }
  };

  const reset = () => {
    setText('');
    setSource('');
    setFiles([]);
    if (fileRef.current) fileRef.current.value = '';
  };
  const submit = async () => {
    if (busy) return;
    setBusy(true);
    setSaved(null);
    setError(null);
    try {
      const uploads: string[] = [];
      for (const c of files) uploads.push((await stage(c)).upload);
      setProgress(null);
      const res = await api.call('evidence.attach', { drillId, roleId, text, ...(source.trim() ? { source: source.trim() } : {}), uploads });
      setSaved(t('evidence.saved', { seq: res.seq, n: res.attachments.length }));
      reset();
    } catch (err) {
      setError(err);
    } finally {
      cancelRef.current = null;
      setProgress(null);
      setBusy(false);
    }
  };
  return (
    <details className="evidence-form" data-testid="evidence-form">
      <summary>
        <Icon name="upload" /> {t('evidence.register')}
      </summary>
      <form
        onSubmit={(ev) => {
          ev.preventDefault();
          void submit();
        }}
      >
        <label className="field">
          <span>{t('evidence.text')}</span>
          <input name="evidence-text" value={text} maxLength={20_000} disabled={disabled} onChange={(ev) => setText(ev.target.value)} placeholder={t('evidence.textHint')} />
        </label>
        <label className="field">
          <span>{t('evidence.source')}</span>
          <input name="evidence-source" value={source} maxLength={200} disabled={disabled} onChange={(ev) => setSource(ev.target.value)} placeholder={t('evidence.sourceHint')} />
        </label>
        <div className="field">
          <span>{t('evidence.files')}</span>
          <p className="muted small-text evidence-limits" data-testid="evidence-limits">
            {t('evidence.limits', { limit: formatBytes(EVIDENCE_LIMIT_BYTES) })}
          </p>
          {desktop ? (
            <button type="button" className="small" disabled={disabled || busy} onClick={() => void pickInMain()} data-testid="evidence-pick">
              <Icon name="upload" /> {t('evidence.pick')}
            </button>
          ) : (
            <input ref={fileRef} type="file" multiple accept={ACCEPT} disabled={disabled || busy} data-testid="evidence-files" aria-label={t('evidence.files')} onChange={() => void pickInPage()} />
          )}
        </div>
        {files.length ? (
          <ul className="evidence-picked small-text">
            {files.map((f, i) => (
              <li key={i}>
                {f.name} <span className="muted tnum">{formatBytes(f.size)}</span>
              </li>
            ))}
          </ul>
        ) : null}
        {progress ? (
          <div className="evidence-progress" role="status" data-testid="evidence-progress">
            <span className="small-text">{t('evidence.uploading', { name: progress.name })}</span>
            <progress max={progress.total || 1} value={progress.done} aria-label={t('evidence.uploading', { name: progress.name })} />
            <span className="muted small-text tnum" data-testid="evidence-progress-bytes">
              {formatBytes(progress.done)} / {formatBytes(progress.total)}
            </span>
            <button type="button" className="small" onClick={() => cancelRef.current?.()} data-testid="evidence-cancel">
              {t('evidence.cancel')}
            </button>
          </div>
        ) : null}
        <div className="row">
          <button type="submit" className="primary small" disabled={disabled || busy || (!text.trim() && files.length === 0)}>
            {t('evidence.submit')}
          </button>
        </div>
        {error ? (
          <p className="error-text" role="alert" data-testid="evidence-error">
            <Icon name="warning" /> {errorText(error)}
          </p>
        ) : saved ? (
          <p className="ok-text small-text" role="status">
            {saved}
          </p>
        ) : null}
      </form>
    </details>
  );
}
