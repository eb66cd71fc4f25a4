// 文书 / Papers: export the plan, control script, inject cards, sign-in sheet and evaluator form; approve the plan before the start.
import { useState } from 'react';
import type { DrillState } from '../../../shared/domain/fold';
import { PAPER_KINDS, type PaperKind } from '../../../shared/domain/papers';
import type { AnyEntry, Entry } from '../../../shared/domain/entry';
import type { SavedFile } from '../../../shared/ipc/contract';
import { api } from '../../api/api';
import { useI18n } from '../../i18n/i18n';
import { Icon } from '../../ui/icons';
import { useNotice } from '../../ui/notice';
import '../../styles/papers.css';

const LABEL = { plan: 'papers.plan', script: 'papers.script', cards: 'papers.cards', signin: 'papers.signin', evaluation: 'papers.evaluation' } as const;

/** The latest approval among the given (live) entries. */
function approvalOf(entries: readonly AnyEntry[]): Entry<'plan.approved'> | null {
  let found: Entry<'plan.approved'> | null = null;
  for (const e of entries) if (e.kind === 'plan.approved') found = e as Entry<'plan.approved'>;
  return found;
}

export function PapersMenu({ state, entries, readOnly }: { state: DrillState; entries: readonly AnyEntry[]; readOnly: boolean }) {
  const { t } = useI18n();
  const notice = useNotice();
  const [open, setOpen] = useState(false);
  const [approver, setApprover] = useState('');
  const [busy, setBusy] = useState(false);
  const approval = approvalOf(entries.filter((e) => !state.voided.includes(e.seq)));
  const approved = approval;
  const save = async (paper: PaperKind, filled = false) => {
    setBusy(true);
    try {
      const res: SavedFile = await api.call('papers.export', { drillId: state.drillId, paper, filled });
      notice.info(res.path ? t('ctl.saved', { path: res.path }) : t('ctl.saveCancelled'));
    } catch (err) {
      notice.error(err);
    } finally {
      setBusy(false);
    }
  };
  const approve = async () => {
    setBusy(true);
    try {
      await api.call('plan.approve', { drillId: state.drillId, approver });
      notice.info(t('papers.approvedNow', { who: approver.trim() }));
      setApprover('');
    } catch (err) {
      notice.error(err);
    } finally {
      setBusy(false);
    }
  };
  const canApprove = !readOnly && state.status === 'ready' && !approved;
  return (
    <div className="papers-control">
      <button type="button" aria-expanded={open} onClick={() => setOpen((o) => !o)} data-testid="papers-button" title={t('papers.button')}>
        <Icon name="papers" /> <span className="btn-label">{t('papers.button')}</span>
      </button>
      {open ? (
        <div className="papers-panel panel" data-testid="papers-panel">
          <h2>{t('papers.title')}</h2>
          <p className="muted small-text">{state.status === 'ready' ? t('papers.hintBefore') : t('papers.hintAfter')}</p>
          <ul className="papers-list">
            {PAPER_KINDS.map((paper) => (
              <li key={paper}>
                <button type="button" disabled={busy} onClick={() => void save(paper)} data-testid={`paper-${paper}`}>
                  {t(LABEL[paper])}
                </button>
              </li>
            ))}
            {state.status !== 'ready' ? (
              <li>
                <button type="button" disabled={busy} onClick={() => void save('evaluation', true)} data-testid="paper-evaluation-filled">
                  {t('papers.evaluationFilled')}
                </button>
              </li>
            ) : null}
          </ul>
          <h2>{t('papers.approval')}</h2>
          {approved ? (
            <p data-testid="plan-approved">{t('papers.approvedBy', { who: approved.data.approver, hash: approved.data.scenarioHash.slice(0, 12) })}</p>
          ) : canApprove ? (
            <form
              className="papers-approve"
              onSubmit={(e) => {
                e.preventDefault();
                void approve();
              }}
            >
              <label>
                {t('papers.approver')}{' '}
                <input value={approver} maxLength={60} onChange={(e) => setApprover(e.target.value)} data-testid="plan-approver" />
              </label>
              <button type="submit" className="primary" disabled={busy || approver.trim() === ''} data-testid="plan-approve">
                {t('papers.approve')}
              </button>
            </form>
          ) : (
            <p className="muted">{t('papers.notApproved')}</p>
          )}
        </div>
      ) : null}
    </div>
  );
}
