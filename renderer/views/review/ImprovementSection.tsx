// The improvement plan: measure, capability element, owner, start and due date → 'review.improvement', and the table so far.
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import type { DrillView } from '../../state/useDrill';
import { Icon } from '../../ui/icons';
import type { Run } from '../console/useActions';
import { AmendEntry } from './AmendEntry';
import type { ReviewRecord } from './reviewRecord';

const CAPABILITIES_ZH = ['应急指挥', '舆情监测', '信息报送', '核实研判', '证据管理', '新闻发布', '客户沟通', '监管报告', '合规管理', '技术保障', '培训演练'];
const CAPABILITIES_EN = ['Command', 'Opinion monitoring', 'Internal reporting', 'Verification', 'Evidence', 'Public statements', 'Customer contact', 'Regulator reporting', 'Compliance', 'Technology', 'Training'];

interface Draft {
  measure: string;
  capability: string;
  owner: string;
  start: string;
  due: string;
}
const EMPTY: Draft = { measure: '', capability: '', owner: '', start: '', due: '' };

export function ImprovementSection({ view, record, run, writable }: { view: DrillView; record: ReviewRecord; run: Run; writable: boolean }) {
  const { t, lang } = useI18n();
  const [d, setD] = useState<Draft>(EMPTY);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
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
              <th>{t('imp.capability')}</th>
              <th>{t('imp.owner')}</th>
              <th className="num">{t('imp.start')}</th>
              <th className="num">{t('imp.due')}</th>
            </tr>
          </thead>
          <tbody>
            {record.improvements.map((m, i) => (
              <tr key={m.seq} data-testid={`measure-${m.seq}`}>
                <td className="num">{i + 1}</td>
                <td>
                  {m.text}
                  {m.corrected ? <span className="tag">{t('review.corrected')}</span> : null}
                  {writable ? <AmendEntry drillId={view.state.drillId} seq={m.seq} text={m.text} run={run} label={t('imp.measure')} /> : null}
                </td>
                <td>{m.capability ?? '—'}</td>
                <td>{m.owner}</td>
                <td className="num">{m.start ?? '—'}</td>
                <td className="num">{m.due}</td>
              </tr>
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
            <span>{t('imp.owner')}</span>
            <input name="owner" value={d.owner} maxLength={60} onChange={set('owner')} />
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
