// Create a drill from a built-in scenario or an imported pack file (checked first, problems shown by field).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DrillFactsInput } from '../../../shared/domain/facts';
import type { FieldProblem, ScenarioPack } from '../../../shared/domain/scenario';
import type { ScenarioSummary } from '../../../shared/ipc/contract';
import { api } from '../../api/api';
import { useI18n } from '../../i18n/i18n';
import { consoleHash, go } from '../../state/route';
import { Icon } from '../../ui/icons';
import { useNotice } from '../../ui/notice';
import { PrefsSwitch, type Prefs } from '../../ui/PrefsSwitch';
import { describeProblem } from '../../../shared/i18n/problems';
import { readFileText } from '../../ui/readFile';
import { FactsForm } from './FactsForm';
import { ScenarioPicker } from './ScenarioPicker';
import { MyPacks } from './MyPacks';

type Source =
  | { kind: 'builtin'; scenarioId: string; pack: ScenarioPack }
  | { kind: 'file'; name: string; text: string; pack: ScenarioPack }
  /** 我的剧本: the latest version by id (version null), or an earlier one by its hash (created from its text). */
  | { kind: 'mine'; scenarioId: string; version: string | null; pack: ScenarioPack };

export function NewDrill({ prefs }: { prefs: Prefs }) {
  const { t, lang, errorText } = useI18n();
  const notice = useNotice();
  const [scenarios, setScenarios] = useState<ScenarioSummary[]>([]);
  const [source, setSource] = useState<Source | null>(null);
  const [problems, setProblems] = useState<FieldProblem[] | null>(null);
  const [facts, setFacts] = useState<DrillFactsInput>({ name: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  const reloadList = useCallback(() => api.call('scenario.list', {}).then(setScenarios, notice.error), [notice.error]);
  useEffect(() => {
    void reloadList();
  }, [reloadList]);
  const builtins = scenarios.filter((s) => s.builtin);
  const mine = scenarios.filter((s) => !s.builtin);

  const adopt = (next: Source) => {
    setSource(next);
    setProblems(null);
    const title = (lang === 'en' && next.pack.titleEn) || next.pack.title;
    setFacts((f) => ({ ...f, name: f.name && f.name !== '' && !f.name.endsWith('演练') && !f.name.endsWith('drill') ? f.name : t('facts.nameDefault', { title }) }));
  };

  const pickBuiltin = async (scenarioId: string) => {
    try {
      const pack = await api.call('scenario.get', { scenarioId });
      adopt({ kind: 'builtin', scenarioId, pack });
    } catch (err) {
      notice.error(err);
    }
  };

  const pickMine = async (scenarioId: string, version: string | null) => {
    try {
      const pack = version === null ? await api.call('scenario.get', { scenarioId }) : await api.call('library.get', { scenarioId, version });
      adopt({ kind: 'mine', scenarioId, version, pack });
    } catch (err) {
      notice.error(err);
    }
  };

  const pickFile = async () => {
    const input = fileRef.current;
    if (!input) return;
    const file = await readFileText(input);
    input.value = '';
    if (!file) return;
    try {
      const check = await api.call('scenario.check', { text: file.text });
      if (check.ok) {
        adopt({ kind: 'file', name: file.name, text: file.text, pack: check.pack });
        // An imported pack is kept in 我的剧本 too (a built-in's own file is not: the built-in is already there).
        if (!builtins.some((b) => b.id === check.pack.id))
          await api.call('library.save', { packText: file.text, sourceName: file.name.slice(-255) }).then(() => reloadList(), notice.error);
      } else {
        setSource(null);
        setProblems(check.problems);
      }
    } catch (err) {
      notice.error(err);
    }
  };

  const create = async () => {
    if (!source) return setError(new Error(t('setup.pickScenario')));
    setBusy(true);
    setError(null);
    try {
      const base = { facts, language: lang };
      const { drillId } = await api.call(
        'drill.create',
        source.kind === 'builtin' || (source.kind === 'mine' && source.version === null)
          ? { ...base, scenarioId: source.scenarioId }
          : { ...base, packText: source.kind === 'file' ? source.text : JSON.stringify(source.pack) },
      );
      go(consoleHash(drillId));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page">
      <header className="topbar">
        <a className="button ghost" href="#/">
          <Icon name="back" /> {t('app.back')}
        </a>
        <h1 className="brand">{t('setup.title')}</h1>
        <span className="spacer" />
        <PrefsSwitch prefs={prefs} />
      </header>
      <main className="page-body narrow setup-body">
        <section className="card">
          <h2>{t('setup.source')}</h2>
          <h3>{t('setup.builtin')}</h3>
          <ScenarioPicker
            scenarios={builtins}
            selectedId={source?.kind === 'builtin' ? source.scenarioId : null}
            pack={source?.kind === 'builtin' ? source.pack : null}
            onPick={(id) => void pickBuiltin(id)}
          />
          <h3>{t('mine.title')}</h3>
          <MyPacks
            packs={mine}
            selected={source?.kind === 'mine' ? { id: source.scenarioId, version: source.version } : null}
            onPick={(id) => void pickMine(id, null)}
            onPickVersion={(id, v) => void pickMine(id, v)}
            onHidden={(id) => {
              if (source?.kind === 'mine' && source.scenarioId === id) setSource(null);
              void reloadList();
            }}
          />
          {source?.kind === 'mine' ? (
            <p className="ok-text" role="status" data-testid="mine-picked">
              <Icon name="check" />{' '}
              {t('setup.fileOk', { title: source.pack.title, phases: source.pack.phases.length, roles: source.pack.roles.length, injects: source.pack.injects.length })}
            </p>
          ) : null}
          <h3>{t('setup.file')}</h3>
          <p className="muted">{t('setup.fileHint')}</p>
          <input ref={fileRef} type="file" accept=".json,application/json" data-testid="pack-file" onChange={() => void pickFile()} />
          {source?.kind === 'file' ? (
            <p className="ok-text" role="status">
              <Icon name="check" />{' '}
              {t('setup.fileOk', { title: source.pack.title, phases: source.pack.phases.length, roles: source.pack.roles.length, injects: source.pack.injects.length })}
            </p>
          ) : null}
          {problems ? (
            <div className="error-box" role="alert" data-testid="pack-problems">
              <p>
                <Icon name="warning" /> {t('setup.fileBad', { n: problems.length })}
              </p>
              <ul>
                {problems.map((p, i) => {
                  const d = describeProblem(p, lang);
                  return (
                    <li key={i}>
                      <strong>{d.field}</strong>:{d.reason} <code className="muted">{p.field}</code>
                    </li>
                  );
                })}
              </ul>
            </div>
          ) : null}
        </section>
        <section className="card">
          <h2>{t('setup.facts')}</h2>
          <FactsForm facts={facts} roles={source?.pack.roles ?? []} onChange={setFacts} />
          {error ? (
            <p className="error-text" role="alert">
              {error instanceof Error && !('payload' in error) ? error.message : errorText(error)}
            </p>
          ) : null}
          <div className="row end">
            <button type="button" className="primary" disabled={busy || !source} onClick={() => void create()}>
              {busy ? t('setup.creating') : t('setup.create')}
            </button>
          </div>
        </section>
      </main>
    </div>
  );
}
