// One improvement measure's status word (待整改/整改中/已完成/已验收, 逾期 in red) and the moves its status allows,
// each recorded as an 'improvement.followup' with who and a note; 已完成 takes evidence of completion (the evidence store).
import { useRef, useState } from 'react';
import type { Attachment, ImprovementMove } from '../../../shared/domain/entry';
import { IMPROVEMENT_MOVES } from '../../../shared/domain/entry';
import { formatWallDate } from '../../../shared/domain/clock';
import { afterMove, type ImprovementFollowUp, type ImprovementStatus } from '../../../shared/domain/review';
import { api } from '../../api/api';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { joinList } from '../../../shared/domain/listJoin';
import { Icon } from '../../ui/icons';
import { useNotice } from '../../ui/notice';
import { formatBytes, readFilesBase64, type PickedFile } from '../evidence/files';
import '../../styles/improvements.css';

/** Today's local date on this PC: what 逾期 is judged by on screen. */
export const localToday = () => formatWallDate(Date.now(), new Date().getTimezoneOffset());

export function MeasureStatus({ status, overdue }: { status: ImprovementStatus; overdue: boolean }) {
  const { t } = useI18n();
  const icon = status === 'accepted' ? 'check' : status === 'done' ? 'check' : status === 'in_progress' ? 'running' : 'pending';
  return (
    <span className="measure-status" data-testid="measure-status">
      <span className={`tag measure-st-${status}`}>
        <Icon name={icon} /> {t(`imp.st.${status}` as MessageKey)}
      </span>
      {overdue ? (
        <span className="tag tag-over" data-testid="measure-overdue">
          <Icon name="warning" /> {t('imp.overdue')}
        </span>
      ) : null}
    </span>
  );
}

export function MeasureMoves({
  drillId,
  seq,
  status,
  defaultBy,
  onMoved,
}: {
  drillId: string;
  seq: number;
  status: ImprovementStatus;
  defaultBy: string;
  onMoved?: () => void;
}) {
  const { t, errorText, lang } = useI18n();
  const notice = useNotice();
  const [move, setMove] = useState<ImprovementMove | null>(null);
  const [by, setBy] = useState(defaultBy);
  const [note, setNote] = useState('');
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const allowed = IMPROVEMENT_MOVES.filter((m) => afterMove(status, m) !== null);
  const pick = async () => {
    try {
      setFiles(await readFilesBase64(fileRef.current?.files ?? null));
    } catch (err) {
      setError(err);
    }
  };
  const submit = async () => {
    if (!move || busy) return;
    if (!by.trim()) return setError(new Error(t('imp.needBy')));
    setBusy(true);
    try {
      const res = await api.call('improvement.followup', {
        drillId,
        improvement: seq,
        move,
        by: by.trim(),
        text: note.trim(),
        files: files.map(({ name, mime, base64 }) => ({ name, mime, base64 })),
      });
      notice.info(t('imp.moveSaved', { seq: res.seq, move: t(`imp.st.${afterMove(status, move)!}` as MessageKey) }));
      setMove(null);
      setNote('');
      setFiles([]);
      setError(null);
      onMoved?.();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="measure-moves">
      <div className="row">
        {allowed.map((m) => (
          <button
            key={m}
            type="button"
            className={`small${move === m ? ' primary' : ''}`}
            title={t(`imp.doTitle.${m}` as MessageKey)}
            aria-pressed={move === m}
            onClick={() => (setMove(move === m ? null : m), setError(null))}
            data-testid={`move-${m}`}
          >
            {t(`imp.do.${m}` as MessageKey)}
          </button>
        ))}
      </div>
      {move ? (
        <form
          className="move-form"
          onSubmit={(ev) => {
            ev.preventDefault();
            void submit();
          }}
        >
          <label className="field">
            <span>{t('imp.by')}</span>
            <input name="move-by" value={by} maxLength={60} onChange={(ev) => setBy(ev.target.value)} />
          </label>
          <label className="field move-note">
            <span>{t('imp.note')}</span>
            <input name="move-note" value={note} maxLength={2000} placeholder={t('imp.noteHint')} onChange={(ev) => setNote(ev.target.value)} />
          </label>
          {move === 'done' || move === 'accepted' ? (
            <label className="field">
              <span>{t('imp.evidence')}</span>
              <input ref={fileRef} type="file" multiple data-testid="move-files" onChange={() => void pick()} />
            </label>
          ) : null}
          {files.length ? (
            <span className="small-text muted">
              {joinList(files.map((f) => `${f.name} ${formatBytes(f.size)}`), lang)}
            </span>
          ) : null}
          <button type="submit" className="primary small" disabled={busy} data-testid="move-confirm">
            {t('imp.confirmMove', { move: t(`imp.doTitle.${move}` as MessageKey) })}
          </button>
          {error ? (
            <p className="error-text" role="alert">
              <Icon name="warning" /> {error instanceof Error && !('payload' in error) ? error.message : errorText(error)}
            </p>
          ) : null}
        </form>
      ) : null}
    </div>
  );
}

/** The follow-ups of a measure: date, who, the move, the note and any evidence of completion. */
export function FollowUpHistory({ followUps, tzOffsetMin }: { followUps: ImprovementFollowUp[]; tzOffsetMin: number }) {
  const { t } = useI18n();
  if (!followUps.length) return null;
  return (
    <ol className="followup-list small-text" aria-label={t('imp.history')} data-testid="followups">
      {followUps.map((f) => (
        <li key={f.seq}>
          <span className="tnum muted">{formatWallDate(f.at, tzOffsetMin)}</span> {f.by} · {t(`imp.moved.${f.move}` as MessageKey)}
          {f.text ? <> · {f.text}</> : null}
          <Attachments list={f.attachments} />
        </li>
      ))}
    </ol>
  );
}

function Attachments({ list }: { list: Attachment[] }) {
  return (
    <>
      {list.map((a) => (
        <span key={a.sha256} className="attachment" title={`SHA-256 ${a.sha256}`}>
          {' '}
          <Icon name="doc" /> {a.name} <span className="muted tnum">{a.sha256.slice(0, 12)}</span>
        </span>
      ))}
    </>
  );
}
