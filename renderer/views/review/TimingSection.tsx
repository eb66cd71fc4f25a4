// The review's timing check: entries logged late (补记) with both times, and answers timed before their inject (时序存疑).
import { formatDrillClock } from '../../../shared/domain/clock';
import type { AnyEntry } from '../../../shared/domain/entry';
import type { DrillState } from '../../../shared/domain/fold';
import { timingCheck } from '../../../shared/domain/timingCheck';
import { useI18n } from '../../i18n/i18n';
import { Icon } from '../../ui/icons';
import { entryText, kindLabel, roleNameById } from '../../ui/names';

export function TimingSection({ state, entries }: { state: DrillState; entries: readonly AnyEntry[] }) {
  const { t, lang } = useI18n();
  const notes = timingCheck(state, entries);
  if (notes.length === 0) return null;
  return (
    <section className="card review-section" aria-label={t('review.timingTitle')} data-testid="review-timing">
      <h2>{t('review.timingTitle')}</h2>
      <p className="muted small-text">{t('review.timingNote')}</p>
      <table className="table">
        <thead>
          <tr>
            <th className="num">{t('review.timingSeq')}</th>
            <th className="num">{t('review.timingOccurred')}</th>
            <th className="num">{t('review.timingRecorded')}</th>
            <th>{t('review.timingEntry')}</th>
            <th>{t('review.timingFlag')}</th>
          </tr>
        </thead>
        <tbody>
          {notes.map((n) => (
            <tr key={n.seq} className={n.doubtful ? 'timing-doubt' : undefined} data-testid={`review-timing-${n.seq}`}>
              <td className="num tnum">#{n.seq}</td>
              <td className="num tnum">{formatDrillClock(n.occurredMs)}</td>
              <td className="num tnum">{formatDrillClock(n.recordedMs)}</td>
              <td>
                <span className="muted">
                  {roleNameById(state, n.entry.roleId, lang)} · {kindLabel(n.entry.kind, t)}
                </span>{' '}
                {entryText({ ...n.entry, text: n.text }, state, t, lang)}
              </td>
              <td>
                {n.lateMinutes > 0 ? <span className="tag tag-near">{t('journal.late', { n: n.lateMinutes })}</span> : null}
                {n.doubtful ? (
                  <span className="tag tag-over">
                    <Icon name="warning" /> {t('journal.timingDoubt')}
                    {n.releasedClockMs !== null ? ` (${formatDrillClock(n.releasedClockMs)})` : ''}
                  </span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
