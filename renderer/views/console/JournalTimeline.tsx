// The journal as a live timeline: filter by phase, role, kind and text; newest at the bottom; follows new entries
// unless the reader scrolled up. Rows are in the order things happened (a 补记 entry sits where it happened, tagged
// with how late it was logged). Corrections strike the old entry through and show the correction beside it.
import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { formatDrillClock, formatWallTime } from '../../../shared/domain/clock';
import { mayVoid } from '../../../shared/domain/admission';
import { effectiveJournal, type EffectiveEntry } from '../../../shared/domain/effective';
import type { AnyEntry } from '../../../shared/domain/entry';
import { isListedRow, recordCount } from '../../../shared/domain/entryCount';
import { answersBeforeInject, byOccurred, lateMinutes } from '../../../shared/domain/occurred';
import { useI18n } from '../../i18n/i18n';
import type { DrillView } from '../../state/useDrill';
import { Icon } from '../../ui/icons';
import { entryText, kindLabel, phaseName, roleNameById } from '../../ui/names';
import { AttachmentList } from '../evidence/AttachmentList';
import type { Run } from './useActions';

const PAGE = 300;

interface Filters {
  phase: string;
  role: string;
  kind: string;
  q: string;
}

export const JournalTimeline = memo(function JournalTimeline({ view, run, canAmend }: { view: DrillView; run: Run; canAmend: boolean }) {
  const { t, lang } = useI18n();
  const { state, entries } = view;
  const [f, setF] = useState<Filters>({ phase: '', role: '', kind: '', q: '' });
  const [limit, setLimit] = useState(PAGE);
  const [editing, setEditing] = useState<number | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  const [unseen, setUnseen] = useState(false);

  const journal = useMemo(() => effectiveJournal([...entries].sort(byOccurred)), [entries]);
  const kinds = useMemo(() => [...new Set(entries.map((e) => e.kind))].filter((k) => k !== 'star'), [entries]);
  const shown = useMemo(() => {
    const q = f.q.trim().toLowerCase();
    return journal.all.filter(
      ({ entry: e }) =>
        isListedRow(e) &&
        (!f.phase || e.phaseId === f.phase) &&
        (!f.role || e.roleId === f.role) &&
        (!f.kind || e.kind === f.kind) &&
        (!q || entryText(e, state, t, lang).toLowerCase().includes(q)),
    );
  }, [journal, f, state, t, lang]);
  const visible = shown.slice(-limit);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    if (atBottom.current) {
      el.scrollTop = el.scrollHeight;
      setUnseen(false);
    } else setUnseen(true);
  }, [entries.length, shown.length]);

  const onScroll = () => {
    const el = scroller.current;
    if (!el) return;
    atBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < 48;
    if (atBottom.current) setUnseen(false);
  };
  const toBottom = () => {
    const el = scroller.current;
    if (!el) return;
    el.scrollTop = el.scrollHeight;
    atBottom.current = true;
    setUnseen(false);
  };

  const set = (k: keyof Filters) => (ev: { target: { value: string } }) => setF({ ...f, [k]: ev.target.value });
  return (
    <section className="panel journal" aria-label={t('journal.title')}>
      <div className="journal-head">
        <h2>
          {t('journal.title')} <span className="muted small-text" title={t('count.recordsTitle')} data-testid="journal-count">
            {t('journal.count', { shown: shown.length, n: recordCount(entries) })}
          </span>
        </h2>
        <div className="filters">
          <select aria-label={t('journal.filterPhase')} value={f.phase} onChange={set('phase')}>
            <option value="">{t('journal.filterPhase')}:{t('journal.all')}</option>
            {state.scenario.phases.map((p) => (
              <option key={p.id} value={p.id}>
                {phaseName(p, lang)}
              </option>
            ))}
          </select>
          <select aria-label={t('journal.filterRole')} value={f.role} onChange={set('role')}>
            <option value="">{t('journal.filterRole')}:{t('journal.all')}</option>
            {state.scenario.roles.map((r) => (
              <option key={r.id} value={r.id}>
                {roleNameById(state, r.id, lang)}
              </option>
            ))}
          </select>
          <select aria-label={t('journal.filterKind')} value={f.kind} onChange={set('kind')}>
            <option value="">{t('journal.filterKind')}:{t('journal.all')}</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {kindLabel(k, t)}
              </option>
            ))}
          </select>
          <input type="search" aria-label={t('journal.search')} placeholder={t('journal.search')} value={f.q} onChange={set('q')} />
        </div>
      </div>
      <div className="journal-list" ref={scroller} onScroll={onScroll} data-testid="journal">
        {shown.length > visible.length ? (
          <button type="button" className="ghost show-earlier" onClick={() => setLimit(limit + PAGE)}>
            {t('journal.showEarlier', { n: shown.length - visible.length })}
          </button>
        ) : null}
        {visible.length === 0 ? <p className="empty">{t('journal.empty')}</p> : null}
        <ol>
          {visible.map((x) => (
            <JournalRow
              key={x.entry.seq}
              x={x}
              view={view}
              canAmend={canAmend}
              editing={editing === x.entry.seq}
              onEdit={(on) => setEditing(on ? x.entry.seq : null)}
              run={run}
            />
          ))}
        </ol>
      </div>
      {unseen ? (
        <button type="button" className="new-below" onClick={toBottom}>
          ↓ {t('journal.newBelow')}
        </button>
      ) : null}
    </section>
  );
});

const PEOPLE_KINDS = new Set(['observation', 'decision', 'action', 'communication', 'evidence', 'task.done', 'inject.acknowledged', 'lesson', 'improvement', 'score', 'inject.released']);

function JournalRow(props: {
  x: EffectiveEntry;
  view: DrillView;
  canAmend: boolean;
  editing: boolean;
  onEdit(on: boolean): void;
  run: Run;
}) {
  const { x, view, canAmend, editing, onEdit, run } = props;
  const { entry: e, corrections } = x;
  const { t, lang } = useI18n();
  const { state } = view;
  const voided = x.voidedBy !== null;
  const late = lateMinutes(e);
  const doubtful = answersBeforeInject(state.released, e);
  const starred = state.starred.includes(e.seq);
  const system = e.roleId === null && !PEOPLE_KINDS.has(e.kind);
  const text = entryText(e, state, t, lang);
  const amendable = canAmend && e.kind !== 'drill.setup' && e.kind !== 'correction';
  return (
    <li className={`entry kind-${e.kind.replace('.', '-')}${system ? ' system' : ''}${corrections.length ? ' corrected' : ''}`} data-seq={e.seq}>
      <span className="entry-seq tnum">#{e.seq}</span>
      <span className="entry-time tnum" title={late ? t('journal.recordedAt', { clock: formatDrillClock(e.clockMs), time: formatWallTime(e.at, state.tzOffsetMin) }) : formatWallTime(e.at, state.tzOffsetMin)}>
        {formatDrillClock(x.occurredMs)}
      </span>
      <span className="entry-role">{e.roleId ? roleNameById(state, e.roleId, lang) : t('journal.system')}</span>
      <span className="entry-kind">{kindLabel(e.kind, t)}</span>
      <span className="entry-text">
        {corrections.length ? <del>{text}</del> : text}
        <AttachmentList e={e} />
        {voided ? <span className="tag tag-over"> {t('journal.voided')}</span> : null}
        {late ? (
          <span className="tag tag-near" data-testid={`late-${e.seq}`}>
            {' '}
            {t('journal.late', { n: late })}
          </span>
        ) : null}
        {doubtful ? <span className="tag tag-over"> {t('journal.timingDoubt')}</span> : null}
        {corrections.map((c) => (
          <span key={c.seq} className="correction-beside">
            {' '}
            → <ins>{c.text}</ins> <span className="muted">(#{c.seq})</span>
          </span>
        ))}
      </span>
      <span className="entry-actions">
        {canAmend && e.kind !== 'drill.setup' ? (
          <button
            type="button"
            className={`ghost icon-only${starred ? ' starred' : ''}`}
            aria-pressed={starred}
            aria-label={t(starred ? 'journal.unstar' : 'journal.star')}
            title={t(starred ? 'journal.unstar' : 'journal.star')}
            onClick={() => void run('entry.star', { drillId: state.drillId, seq: e.seq, starred: !starred })}
          >
            <Icon name={starred ? 'starFilled' : 'star'} />
          </button>
        ) : starred ? (
          <Icon name="starFilled" title={t('journal.star')} />
        ) : null}
        {amendable ? (
          <button type="button" className="ghost icon-only" aria-label={`${t('journal.correct')} #${e.seq}`} title={t('journal.correct')} onClick={() => onEdit(!editing)}>
            <Icon name="edit" />
          </button>
        ) : null}
      </span>
      {editing ? <CorrectionForm e={e} original={x.text || text} run={run} onDone={() => onEdit(false)} /> : null}
    </li>
  );
}

function CorrectionForm({ e, original, run, onDone }: { e: AnyEntry; original: string; run: Run; onDone(): void }) {
  const { t } = useI18n();
  const [text, setText] = useState(original);
  const [isVoid, setVoid] = useState(false);
  const submit = async () => {
    const ok = await run('entry.correct', { drillId: e.drillId, seq: e.seq, text, void: isVoid, ...(e.roleId ? { roleId: e.roleId } : {}) });
    if (ok) onDone();
  };
  return (
    <form
      className="correction-form"
      aria-label={t('journal.correctTitle', { seq: e.seq })}
      onSubmit={(ev) => {
        ev.preventDefault();
        void submit();
      }}
    >
      <input
        autoFocus
        aria-label={t('journal.correctTitle', { seq: e.seq })}
        placeholder={t('journal.correctPlaceholder')}
        value={text}
        onChange={(ev) => setText(ev.target.value)}
        onKeyDown={(ev) => ev.key === 'Escape' && onDone()}
      />
      {mayVoid(e.kind) ? (
        <label className="check">
          <input type="checkbox" checked={isVoid} onChange={(ev) => setVoid(ev.target.checked)} /> {t('journal.void')}
        </label>
      ) : null}
      <button type="submit" className="primary small">
        {t('journal.correctSubmit')}
      </button>
      <button type="button" className="small" onClick={onDone}>
        {t('app.cancel')}
      </button>
    </form>
  );
}
