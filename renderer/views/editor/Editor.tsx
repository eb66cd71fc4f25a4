// The scenario editor: start from a built-in pack (duplicated), a pack file or a blank pack; edit phases, roles,
// injects, timing targets and objectives; see the timeline and every problem by field (scenario.check); save the
// pack as a .json file; create a drill from it through the drill-facts form. Work is kept: drafts autosave and are
// offered back, and leaving with unsaved edits asks.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldProblem } from '../../../shared/domain/scenario';
import type { DrillFactsInput } from '../../../shared/domain/facts';
import type { ScenarioSummary } from '../../../shared/ipc/contract';
import { api } from '../../api/api';
import { exportFile } from '../../api/exports';
import { useI18n } from '../../i18n/i18n';
import { consoleHash, go } from '../../state/route';
import { Icon } from '../../ui/icons';
import { useNotice } from '../../ui/notice';
import { describeProblem } from '../../../shared/i18n/problems';
import { PrefsSwitch, type Prefs } from '../../ui/PrefsSwitch';
import { readFileText } from '../../ui/readFile';
import { readFilesBase64 } from '../evidence/files';
import { blankPack, duplicatePack, freshId, rolesOnly, serialize, sortInjects, type Draft } from './draft';
import { dropDraft, keepDraft, storedDraft, type StoredDraft } from './autosave';
import { CreateDrillDialog, LeaveDialog, RestoreOffer } from './dialogs';
import { ProblemsContext, WarningsContext } from './fields';
import { InjectsSection } from './InjectsSection';
import { MetaSection, ObjectivesSection, PhasesSection, RolesSection, TargetsSection, type Edit } from './sections';
import { TimelinePreview } from './TimelinePreview';
import { SaveToMine } from './SaveToMine';
import '../../styles/editor.css';

interface Checked {
  text: string;
  problems: FieldProblem[];
  warnings: FieldProblem[];
}

export default function Editor({ scenarioId, prefs }: { scenarioId: string | null; prefs: Prefs }) {
  const { t, lang, errorText } = useI18n();
  const notice = useNotice();
  const [draft, setDraftOnly] = useState<Draft | null>(null);
  // The text last saved to a file (or as opened): the draft differs from it = unsaved edits.
  const [baseline, setBaseline] = useState<string | null>(null);
  const [restorable, setRestorable] = useState<StoredDraft | null>(() => storedDraft());
  const [leaving, setLeaving] = useState<string | null>(null);
  const [facts, setFacts] = useState<{ error: string | null } | null>(null);
  /** Start editing a pack; `saved` says whether it is what a file (or the built-in) already holds. */
  const begin = useCallback((d: Draft, saved: boolean) => {
    setDraftOnly(d);
    setBaseline(saved ? serialize(d) : '');
  }, []);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [builtins, setBuiltins] = useState<ScenarioSummary[]>([]);
  const [openError, setOpenError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const mselRef = useRef<HTMLInputElement>(null);
  const [msel, setMsel] = useState<{ error: unknown } | { imported: number } | null>(null);
  /** An imported MSEL's file name: the pack is kept in 我的剧本 once it checks clean. */
  const [mselToKeep, setMselToKeep] = useState<string | null>(null);

  const duplicate = useCallback(
    async (id: string) => {
      try {
        begin(duplicatePack(await api.call('scenario.get', { scenarioId: id }), t('ed.copyWord')), true);
      } catch (err) {
        setOpenError(err);
      }
    },
    [t, begin],
  );
  useEffect(() => {
    api.call('scenario.list', {}).then(setBuiltins, notice.error);
  }, [notice.error]);
  useEffect(() => {
    if (scenarioId) void duplicate(scenarioId);
  }, [scenarioId, duplicate]);

  // Check the draft as it changes (debounced); problems are shown by field.
  const text = draft ? serialize(draft) : '';
  useEffect(() => {
    if (!draft) return;
    let alive = true;
    const id = window.setTimeout(() => {
      api.call('scenario.check', { text }).then(
        (res) => alive && setChecked({ text, problems: res.ok ? [] : res.problems, warnings: res.warnings ?? [] }),
        (err) => alive && notice.error(err),
      );
    }, 300);
    return () => {
      alive = false;
      window.clearTimeout(id);
    };
  }, [text, draft, notice]);

  // Unsaved edits are autosaved (debounced) and guarded on unload; saving or creating a drill drops the draft.
  const dirty = draft !== null && baseline !== null && text !== baseline;
  useEffect(() => {
    if (!dirty || !draft) return;
    const id = window.setTimeout(() => keepDraft(text, draft.title), 500);
    return () => window.clearTimeout(id);
  }, [dirty, text, draft]);
  useEffect(() => {
    if (!dirty) return;
    const ask = (ev: BeforeUnloadEvent) => {
      ev.preventDefault();
      ev.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [dirty]);
  const leaveTo = (hash: string) => (ev: React.MouseEvent) => {
    if (!dirty) return;
    ev.preventDefault();
    keepDraft(text, draft?.title ?? '');
    setLeaving(hash);
  };

  // `fn` may mutate its argument and return nothing: keep the mutated clone then.
  const editDraft: Edit = useCallback(
    (fn) =>
      setDraftOnly((cur) => {
        if (!cur) return cur;
        const next = structuredClone(cur);
        return fn(next) ?? next;
      }),
    [],
  );

  const openFile = async () => {
    const input = fileRef.current;
    if (!input) return;
    const file = await readFileText(input);
    input.value = '';
    if (!file) return;
    setOpenError(null);
    try {
      const value = JSON.parse(file.text) as Draft;
      if (!value || typeof value !== 'object' || !Array.isArray(value.injects) || !Array.isArray(value.phases) || !Array.isArray(value.roles))
        throw new Error(t('ed.notAPack'));
      begin(sortInjects({ ...blankPack(), ...value }), true);
    } catch (err) {
      setOpenError(err instanceof SyntaxError ? new Error(t('ed.notJson', { detail: err.message })) : err);
    }
  };

  // MSEL import: the CSV is checked in main against this pack's roles; nothing is imported until it is clean.
  const importMsel = async () => {
    const input = mselRef.current;
    const picked = input ? await readFilesBase64(input.files) : [];
    if (input) input.value = '';
    if (!draft || !picked[0]) return;
    try {
      const { injects } = await api.call('scenario.importMsel', { packText: rolesOnly(draft), csvBase64: picked[0].base64 });
      editDraft((x) => {
        const taken = new Set(x.injects.map((j) => j.id));
        for (const j of injects) {
          const id = taken.has(j.id) ? freshId(j.id, taken) : j.id;
          taken.add(id);
          x.injects.push({ ...j, id });
        }
        return sortInjects(x);
      });
      setMsel({ imported: injects.length });
      setMselToKeep(picked[0].name);
    } catch (err) {
      setMsel({ error: err });
    }
  };

  // Main saves the file (a save dialog in Electron, the exports folder in the browser host), atomically.
  const save = async () => {
    if (!draft) return;
    try {
      const { path } = await exportFile('scenario.save', { packText: text, name: draft.id || 'scenario' });
      if (!path) return;
      const name = path.split(/[\\/]/).pop() ?? path;
      const n = checked?.text === text ? checked.problems.length : 0;
      notice.info(n ? t('ed.savedWithProblems', { name, n }) : t('ed.saved', { name }));
      setBaseline(text);
      dropDraft();
    } catch (err) {
      notice.error(err);
    }
  };

  const createDrill = async (given: DrillFactsInput) => {
    if (!draft || busy) return;
    setBusy(true);
    try {
      const { drillId } = await api.call('drill.create', { packText: text, facts: given, language: lang });
      dropDraft();
      setBaseline(text);
      go(consoleHash(drillId));
    } catch (err) {
      setFacts({ error: errorText(err) });
    } finally {
      setBusy(false);
    }
  };

  const restore = () => {
    if (!restorable) return;
    try {
      begin(sortInjects({ ...blankPack(), ...(JSON.parse(restorable.text) as Draft) }), false);
    } catch (err) {
      setOpenError(err);
    }
    setRestorable(null);
  };

  const reveal = (field: string) => {
    const el = document.querySelector<HTMLElement>(`[data-field="${CSS.escape(field)}"]`) ??
      document.querySelector<HTMLElement>(`[data-field^="${CSS.escape(field.replace(/\[\d+\]$/, ''))}"]`);
    const details = el?.closest('details');
    if (details) details.open = true;
    el?.scrollIntoView({ block: 'center' });
    el?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  };

  const fresh = checked !== null && checked.text === text;
  // An MSEL import is kept in 我的剧本 once the pack checks clean (a built-in's id stays out: its copy has its own id).
  useEffect(() => {
    if (!mselToKeep || !fresh || (checked?.problems.length ?? 1) > 0) return;
    setMselToKeep(null);
    api.call('library.save', { packText: text, sourceName: mselToKeep.slice(-255) }).catch(notice.error);
  }, [mselToKeep, fresh, checked, text, notice.error]);
  const problems = checked?.problems ?? [];
  const warnings = checked?.warnings ?? [];
  return (
    <div className="page editor" data-testid="editor">
      <header className="topbar">
        <a className="button ghost" href="#/" aria-label={t('app.back')} title={t('app.back')} onClick={leaveTo('#/')}>
          <Icon name="back" />
        </a>
        <div className="drill-title">
          <h1>{t('ed.heading')}</h1>
          {draft ? <span className="muted">{draft.title}</span> : null}
        </div>
        <span className="spacer" />
        {draft ? (
          <>
            <span className={`ed-status ${!fresh ? 'muted' : problems.length ? 'text-over' : 'ok-text'}`} data-testid="ed-check" role="status">
              <Icon name={!fresh ? 'running' : problems.length ? 'warning' : 'check'} />{' '}
              {!fresh
                ? t('ed.checking')
                : problems.length
                  ? t('ed.problems', { n: problems.length })
                  : warnings.length
                    ? t('ed.checkOkWarn', { n: warnings.length })
                    : t('ed.checkOk')}
            </span>
            <label className="button" title={t('ed.mselHint')}>
              <Icon name="upload" /> {t('ed.msel')}
              <input ref={mselRef} type="file" accept=".csv,text/csv" className="visually-hidden" data-testid="ed-msel" onChange={() => void importMsel()} />
            </label>
            <button type="button" onClick={() => void save()} data-testid="ed-save">
              <Icon name="doc" /> {t('ed.save')}
            </button>
            <SaveToMine
              text={text}
              title={draft.title}
              onSaved={(saved) => {
                if (saved === text) {
                  setBaseline(text);
                  dropDraft();
                }
              }}
              onRenamed={(id) => editDraft((x) => void (x.id = id))}
            />
            <button type="button" className="primary" disabled={!fresh || problems.length > 0 || busy} onClick={() => setFacts({ error: null })} data-testid="ed-create">
              <Icon name="play" /> {t('ed.create')}
            </button>
          </>
        ) : null}
        <PrefsSwitch prefs={prefs} />
      </header>
      {!draft ? (
        <main className="page-body narrow">
          {restorable ? (
            <RestoreOffer
              draft={restorable}
              onRestore={restore}
              onDiscard={() => {
                dropDraft();
                setRestorable(null);
              }}
            />
          ) : null}
          <section className="card">
            <h2>{t('ed.start')}</h2>
            <p className="muted">{t('ed.startHint')}</p>
            <div className="scenario-cards">
              {builtins.map((s) => (
                <button key={s.id} type="button" className="scenario-card" onClick={() => void duplicate(s.id)} data-testid={`ed-dup-${s.id}`}>
                  <strong>{(lang === 'en' && s.titleEn) || s.title}</strong>
                  <span className="muted">{t('setup.counts', { phases: s.phases, roles: s.roles, injects: s.injects })}</span>
                  <span className="summary">{t('ed.duplicate')}</span>
                </button>
              ))}
            </div>
            <div className="row end">
              <label className="button">
                <Icon name="upload" /> {t('ed.openFile')}
                <input ref={fileRef} type="file" accept=".json,application/json" className="visually-hidden" data-testid="ed-file" onChange={() => void openFile()} />
              </label>
              <button type="button" onClick={() => begin(blankPack(), true)} data-testid="ed-blank">
                <Icon name="plus" /> {t('ed.blank')}
              </button>
            </div>
            {openError ? (
              <p className="error-text" role="alert">
                {openError instanceof Error && !('payload' in openError) ? openError.message : errorText(openError)}
              </p>
            ) : null}
          </section>
        </main>
      ) : (
        <ProblemsContext.Provider value={fresh ? problems : (checked?.problems ?? [])}>
          <WarningsContext.Provider value={warnings}>
          <div className="ed-body">
            <main className="ed-main">
              <MetaSection d={draft} edit={editDraft} />
              <PhasesSection d={draft} edit={editDraft} />
              <RolesSection d={draft} edit={editDraft} />
              <InjectsSection d={draft} edit={editDraft} />
              <TargetsSection d={draft} edit={editDraft} />
              <ObjectivesSection d={draft} edit={editDraft} />
            </main>
            <aside className="ed-side">
              {msel ? (
                <section className={`card ${'error' in msel ? 'error-box' : ''}`} data-testid="ed-msel-result" role={'error' in msel ? 'alert' : 'status'}>
                  <h2>{t('ed.msel')}</h2>
                  <p className={'error' in msel ? 'error-text' : 'ok-text'}>{'error' in msel ? errorText(msel.error) : t('ed.mselDone', { n: msel.imported })}</p>
                  <button type="button" className="small" onClick={() => setMsel(null)}>
                    {t('app.close')}
                  </button>
                </section>
              ) : null}
              <section className="card">
                <h2>{t('ed.preview')}</h2>
                <TimelinePreview d={draft} />
              </section>
              <section className="card" data-testid="ed-problems">
                <h2>{t('ed.check')}</h2>
                {problems.length === 0 ? (
                  <p className={fresh ? 'ok-text' : 'muted'}>{fresh ? t('ed.checkOkLong') : t('ed.checking')}</p>
                ) : (
                  <ul className="ed-problem-list">
                    {problems.map((p, i) => {
                      const dsc = describeProblem(p, lang);
                      return (
                        <li key={i}>
                          <button type="button" className="ghost small" onClick={() => reveal(p.field)}>
                            <Icon name="warning" /> <strong>{dsc.field}</strong>:{dsc.reason}
                          </button>
                        </li>
                      );
                    })}
                  </ul>
                )}
                {warnings.length > 0 ? (
                  <>
                    <h3>{t('ed.warnings')}</h3>
                    <ul className="ed-problem-list ed-warning-list" data-testid="ed-warnings">
                      {warnings.map((p, i) => {
                        const dsc = describeProblem(p, lang);
                        return (
                          <li key={i}>
                            <button type="button" className="ghost small" onClick={() => reveal(p.field)}>
                              <Icon name="flag" /> <strong>{dsc.field}</strong>:{dsc.reason}
                            </button>
                          </li>
                        );
                      })}
                    </ul>
                  </>
                ) : null}
              </section>
            </aside>
          </div>
          </WarningsContext.Provider>
        </ProblemsContext.Provider>
      )}
      {leaving ? <LeaveDialog onStay={() => setLeaving(null)} onLeave={() => go(leaving)} /> : null}
      {facts && draft ? (
        <CreateDrillDialog title={draft.title} roles={draft.roles} busy={busy} error={facts.error} onCancel={() => setFacts(null)} onCreate={(f) => void createDrill(f)} />
      ) : null}
    </div>
  );
}
