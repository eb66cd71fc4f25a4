// The improvement plan: measure, capability element, owner person and department, acceptance, start and due date →
// 'review.improvement'; the table so far with each measure's status (逾期 by today's local date), follow-ups and moves.
import { Fragment, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import type { DrillView } from '../../state/useDrill';
import { Icon } from '../../ui/icons';
import type { Run } from '../console/useActions';
import { AmendEntry } from './AmendEntry';
import { FollowUpHistory, localToday, MeasureMoves, MeasureStatus } from './MeasureMoves';
import { isOverdue, type ReviewRecord } from './reviewRecord';

const CAPABILITIES_ZH = ['应急指挥', '舆情监测', '信息报送', '核实研判', '证据管理', '新闻发布', '客户沟通', '监管报告', '合规管理', '技术保障', '培训演练'];
const CAPABILITIES_EN = ['Command', 'Opinion monitoring', 'Internal reporting', 'Verification', 'Evidence', 'Public statements', 'Customer contact', 'Regulator reporting', 'Compliance', 'Technology', 'Training'];

interface Draft {
  measure: string;
  capability: string;
  owner: string;
  department: string;
  acceptance: string;
  start: string;
  due: string;
}
const EMPTY: Draft = { measure: '', capability: '', owner: '', department: '', acceptance: '', start: '', due: '' };

export function ImprovementSection({ view, record, run, writable }: { view: DrillView; record: ReviewRecord; run: Run; writable: boolean }) {
  const { t, lang } = useI18n();
  const [d, setD] = useState<Draft>(EMPTY);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const today = localToday();
  const defaultBy = view.state.facts.reviewer || view.state.facts.facilitator;
  const set = (k: keyof Draft) => (ev: { target: { value: string } }) => {
    setD({ ...d, [k]: ev.target.value });
    setProblem(null);
  };
  const submit = async () => {
    if (busy) return;
    if (!d.measure.trim()) return setProblem(t('review.needMeasure'));
    if (!d.owner.trim()) return setProblem(t('review.needOwner'));
    if (!d.due) return setProblem(t('review.needDue'));
    if (d.start && d.start > d.due) return setProblem(t('review.startAfterDue'));
    setBusy(true);
    const ok = await run('review.improvement', {
      drillId: view.state.drillId,
      measure: d.measure,
      owner: d.owner.trim(),
      due: d.due,
      ...(d.start ? { start: d.start } : {}),
      ...(d.capability.trim() ? { capability: d.capability.trim() } : {}),
      ...(d.department.trim() ? { department: d.department.trim() } : {}),
      ...(d.acceptance.trim() ? { acceptance: d.acceptance.trim() } : {}),
    });
    setBusy(false);
    if (ok) setD(EMPTY);
  };
  return (
    <section className="card review-section" aria-label={t('review.improvements')} data-testid="review-improvements">
      <h2>{t('review.improvements')}</h2>
      {record.improvements.length === 0 ? (
        <p className="muted">{t('review.none')}</p>
      ) : (
        <table className="table improvement-table">
          <thead>
            <tr>
              <th className="num">#</th>
              <th>{t('imp.measure')}</th>
              <th>{t('imp.person')}</th>
              <th className="num">{t('imp.due')}</th>
              <th>{t('imp.status')}</th>
            </tr>
          </thead>
          <tbody>
            {record.improvements.map((m, i) => (
              <Fragment key={m.seq}>
                <tr className={writable ? 'has-moves' : undefined} data-testid={`measure-${m.seq}`}>
                  <td className="num">{i + 1}</td>
                  <td>
                    <div>
                      {m.text}
                      {m.corrected ? <span className="tag">{t('review.corrected')}</span> : null}
                      {writable ? <AmendEntry drillId={view.state.drillId} seq={m.seq} text={m.text} run={run} label={t('imp.measure')} /> : null}
                    </div>
                    <div className="small-text muted">
                      {[m.capability, m.acceptance ? `${t('imp.acceptance')}:${m.acceptance}` : undefined, m.start ? `${t('imp.start')} ${m.start}` : undefined].filter(Boolean).join(' · ')}
                    </div>
                    <FollowUpHistory followUps={m.followUps} tzOffsetMin={new Date().getTimezoneOffset()} />
                  </td>
                  <td className="nowrap">
                    {m.owner}
                    {m.department ? <div className="small-text muted">{m.department}</div> : null}
                  </td>
                  <td className="num nowrap">{m.due}</td>
                  <td>
                    <MeasureStatus status={m.status} overdue={isOverdue(m, today)} />
                  </td>
                </tr>
                {writable ? (
                  <tr className="moves-row" data-testid={`measure-moves-${m.seq}`}>
                    <td />
                    <td colSpan={4}>
                      <MeasureMoves drillId={view.state.drillId} seq={m.seq} status={m.status} defaultBy={defaultBy} />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
      {writable ? (
        <form
          className="improvement-form"
          onSubmit={(ev) => {
            ev.preventDefault();
            void submit();
          }}
        >
          <label className="field imp-measure">
            <span>{t('imp.measure')}</span>
            <input name="measure" value={d.measure} maxLength={20_000} onChange={set('measure')} placeholder={t('imp.measureHint')} />
          </label>
          <label className="field">
            <span>{t('imp.capability')}</span>
            <input name="capability" list="capability-list" value={d.capability} maxLength={60} onChange={set('capability')} />
            <datalist id="capability-list">
              {(lang === 'en' ? CAPABILITIES_EN : CAPABILITIES_ZH).map((c) => (
                <option key={c} value={c} />
              ))}
            </datalist>
          </label>
          <label className="field">
            <span>{t('imp.person')}</span>
            <input name="owner" value={d.owner} maxLength={60} onChange={set('owner')} />
          </label>
          <label className="field">
            <span>{t('imp.department')}</span>
            <input name="department" value={d.department} maxLength={60} onChange={set('department')} />
          </label>
          <label className="field imp-measure">
            <span>{t('imp.acceptance')}</span>
            <input name="acceptance" value={d.acceptance} maxLength={200} onChange={set('acceptance')} placeholder={t('imp.acceptanceHint')} />
          </label>
          <label className="field">
            <span>{t('imp.start')}</span>
            <input name="start" type="date" value={d.start} onChange={set('start')} />
          </label>
          <label className="field">
            <span>{t('imp.due')}</span>
            <input name="due" type="date" value={d.due} onChange={set('due')} />
          </label>
          <button type="submit" className="primary" disabled={busy}>
            <Icon name="plus" /> {t('imp.add')}
          </button>
          {problem ? (
            <p className="error-text imp-problem" role="alert">
              <Icon name="warning" /> {problem}
            </p>
          ) : null}
        </form>
      ) : null}
    </section>
  );
}
