// 登记证据: an evidence entry for a role with its text, source and attached files (photos, screenshots, PDFs),
// stored by SHA-256 in the data folder through 'evidence.attach'. A refused file writes nothing.
import { useRef, useState } from 'react';
import { api } from '../../api/api';
import { useI18n } from '../../i18n/i18n';
import { Icon } from '../../ui/icons';
import { formatBytes, readFilesBase64, type PickedFile } from './files';

export function EvidenceForm({ drillId, roleId, disabled }: { drillId: string; roleId: string; disabled: boolean }) {
  const { t, errorText } = useI18n();
  const [text, setText] = useState('');
  const [source, setSource] = useState('');
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);

  const pick = async () => {
    setError(null);
    try {
      setFiles(await readFilesBase64(fileRef.current?.files ?? null));
    } catch (err) {
      setError(err);
    }
  };
  const submit = async () => {
    if (busy) return;
    setBusy(true);
    setSaved(null);
    try {
      const res = await api.call('evidence.attach', {
        drillId,
        roleId,
        text,
        ...(source.trim() ? { source: source.trim() } : {}),
        files: files.map(({ name, mime, base64 }) => ({ name, mime, base64 })),
      });
      setSaved(t('evidence.saved', { seq: res.seq, n: res.attachments.length }));
      setText('');
      setSource('');
      setFiles([]);
      if (fileRef.current) fileRef.current.value = '';
      setError(null);
    } catch (err) {
      setError(err);
    } finally {
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
        <label className="field">
          <span>{t('evidence.files')}</span>
          <input ref={fileRef} type="file" multiple disabled={disabled} data-testid="evidence-files" onChange={() => void pick()} />
        </label>
        {files.length ? (
          <ul className="evidence-picked small-text">
            {files.map((f, i) => (
              <li key={i}>
                {f.name} <span className="muted">{formatBytes(f.size)}</span>
              </li>
            ))}
          </ul>
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
