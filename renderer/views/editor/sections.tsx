// Editor sections for the pack's basics, phases, roles with their tasks, timing targets and objectives.
import { formatDuration, MINUTE } from '../../../shared/domain/clock';
import { MARKABLE_MILESTONES, MILESTONES } from '../../../shared/domain/milestones';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { Icon } from '../../ui/icons';
import { useContext } from 'react';
import { freshId, keyOf, num, problemsAt, type Draft } from './draft';
import { Field, ListProblems, move, PhaseSelect, RowButtons, WarningsContext } from './fields';

export type Edit = (fn: (d: Draft) => Draft | void) => void;

export function MetaSection({ d, edit }: { d: Draft; edit: Edit }) {
  const { t } = useI18n();
  return (
    <section className="card ed-section" id="ed-meta" aria-label={t('ed.meta')}>
      <h2>{t('ed.meta')}</h2>
      <div className="ed-grid">
        <Field path="id" label={t('ed.packId')}>
          <input name="pack-id" value={d.id} onChange={(ev) => edit((x) => void (x.id = ev.target.value))} />
        </Field>
        <Field path="title" label={t('ed.title')}>
          <input name="pack-title" placeholder={t('ed.phTitle')} value={d.title} onChange={(ev) => edit((x) => void (x.title = ev.target.value))} />
        </Field>
        <Field path="titleEn" label={t('ed.titleEn')}>
          <input value={d.titleEn ?? ''} onChange={(ev) => edit((x) => void (x.titleEn = ev.target.value || undefined))} />
        </Field>
        <Field path="language" label={t('ed.language')}>
          <select value={d.language} onChange={(ev) => edit((x) => void (x.language = ev.target.value as Draft['language']))}>
            <option value="zh-CN">中文</option>
            <option value="en">English</option>
          </select>
        </Field>
        <Field path="summary" label={t('ed.summary')} wide>
          <textarea name="pack-summary" rows={3} value={d.summary} onChange={(ev) => edit((x) => void (x.summary = ev.target.value))} />
        </Field>
        <label className="check wide">
          <input type="checkbox" checked={d.evaluateRoles} onChange={(ev) => edit((x) => void (x.evaluateRoles = ev.target.checked))} />
          <span>{t('ed.evaluateRoles')}</span>
        </label>
      </div>
    </section>
  );
}

export function PhasesSection({ d, edit }: { d: Draft; edit: Edit }) {
  const { t, lang } = useI18n();
  return (
    <section className="card ed-section" id="ed-phases" aria-label={t('ed.phases')}>
      <h2>
        {t('ed.phases')} <span className="muted small-text">{t('ed.phasesTotal', { n: d.phases.length, time: formatDuration(d.phases.reduce((s, p) => s + (p.targetMin || 0), 0) * MINUTE, lang) })}</span>
      </h2>
      <ListProblems path="phases" />
      <ol className="ed-rows">
        {d.phases.map((p, i) => (
          <li key={keyOf(p)} className="ed-row phase-row" data-testid={`ed-phase-${i}`}>
            <span className="ed-n tnum">{i + 1}</span>
            <Field path={`phases[${i}].id`} label={t('ed.id')}>
              <input value={p.id} onChange={(ev) => edit((x) => void (x.phases[i]!.id = ev.target.value))} />
            </Field>
            <Field path={`phases[${i}].name`} label={t('ed.phaseName')}>
              <input placeholder={t('ed.phPhase')} value={p.name} onChange={(ev) => edit((x) => void (x.phases[i]!.name = ev.target.value))} />
            </Field>
            <Field path={`phases[${i}].targetMin`} label={t('ed.targetMin')}>
              <input type="number" min={1} value={Number.isFinite(p.targetMin) ? p.targetMin : ''} onChange={(ev) => edit((x) => void (x.phases[i]!.targetMin = num(ev.target.value)))} />
            </Field>
            <RowButtons
              movable
              label={p.name}
              onUp={i > 0 ? () => edit((x) => ({ ...x, phases: move(x.phases, i, -1) })) : undefined}
              onDown={i < d.phases.length - 1 ? () => edit((x) => ({ ...x, phases: move(x.phases, i, 1) })) : undefined}
              onRemove={() => edit((x) => void x.phases.splice(i, 1))}
            />
          </li>
        ))}
      </ol>
      <button type="button" className="small" onClick={() => edit((x) => void x.phases.push({ id: freshId('phase', x.phases.map((p) => p.id)), name: '', targetMin: 15 }))}>
        <Icon name="plus" /> {t('ed.addPhase')}
      </button>
    </section>
  );
}

export function RolesSection({ d, edit }: { d: Draft; edit: Edit }) {
  const { t } = useI18n();
  const warnings = useContext(WarningsContext);
  return (
    <section className="card ed-section" id="ed-roles" aria-label={t('ed.roles')}>
      <h2>{t('ed.roles')}</h2>
      <ListProblems path="roles" />
      <ol className="ed-cards">
        {d.roles.map((r, i) => (
          <li key={keyOf(r)} className="ed-card" data-testid={`ed-role-${r.id}`}>
            <div className="ed-row">
              <Field path={`roles[${i}].id`} label={t('ed.id')}>
                <input value={r.id} onChange={(ev) => edit((x) => void (x.roles[i]!.id = ev.target.value))} />
              </Field>
              <Field path={`roles[${i}].name`} label={t('ed.roleName')}>
                <input placeholder={t('ed.phRole')} value={r.name} onChange={(ev) => edit((x) => void (x.roles[i]!.name = ev.target.value))} />
              </Field>
              <Field path={`roles[${i}].nameEn`} label={t('ed.nameEn')}>
                <input value={r.nameEn ?? ''} onChange={(ev) => edit((x) => void (x.roles[i]!.nameEn = ev.target.value || undefined))} />
              </Field>
              <RowButtons label={r.name} onRemove={() => edit((x) => void x.roles.splice(i, 1))} />
            </div>
            <Field path={`roles[${i}].duty`} label={t('ed.duty')} wide>
              <input value={r.duty ?? ''} onChange={(ev) => edit((x) => void (x.roles[i]!.duty = ev.target.value || undefined))} />
            </Field>
            <h3>{t('ed.tasks')}</h3>
            {problemsAt(warnings, `roles[${i}].tasks`).length ? (
              <p className="field-warning" data-testid="ed-role-no-tasks">
                <Icon name="warning" /> {t('ed.noTasks')}
              </p>
            ) : null}
            <ol className="ed-rows">
              {r.tasks.map((task, k) => (
                <li key={keyOf(task)} className="ed-row task-row">
                  <Field path={`roles[${i}].tasks[${k}].id`} label={t('ed.id')}>
                    <input value={task.id} onChange={(ev) => edit((x) => void (x.roles[i]!.tasks[k]!.id = ev.target.value))} />
                  </Field>
                  <Field path={`roles[${i}].tasks[${k}].text`} label={t('ed.taskText')}>
                    <input placeholder={t('ed.phTask')} value={task.text} onChange={(ev) => edit((x) => void (x.roles[i]!.tasks[k]!.text = ev.target.value))} />
                  </Field>
                  <Field path={`roles[${i}].tasks[${k}].phaseId`} label={t('ed.phase')}>
                    <PhaseSelect phases={d.phases} value={task.phaseId} onChange={(id) => edit((x) => void (x.roles[i]!.tasks[k]!.phaseId = id))} />
                  </Field>
                  <RowButtons label={task.text} onRemove={() => edit((x) => void x.roles[i]!.tasks.splice(k, 1))} />
                </li>
              ))}
            </ol>
            <button
              type="button"
              className="small ghost"
              onClick={() => edit((x) => void x.roles[i]!.tasks.push({ id: freshId(`${r.id}-t`, x.roles.flatMap((rr) => rr.tasks.map((tt) => tt.id))), text: '' }))}
            >
              <Icon name="plus" /> {t('ed.addTask')}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="small" onClick={() => edit((x) => void x.roles.push({ id: freshId('role', x.roles.map((r) => r.id)), name: '', tasks: [] }))}>
        <Icon name="plus" /> {t('ed.addRole')}
      </button>
    </section>
  );
}

export function TargetsSection({ d, edit }: { d: Draft; edit: Edit }) {
  const { t } = useI18n();
  const ms = (m: string) => (m === 'start' ? t('review.msStart') : t(`milestone.${m}` as MessageKey));
  return (
    <section className="card ed-section" id="ed-targets" aria-label={t('ed.targets')}>
      <h2>{t('ed.targets')}</h2>
      <ListProblems path="timingTargets" />
      <ol className="ed-rows">
        {d.timingTargets.map((g, i) => (
          <li key={keyOf(g)} className="ed-row target-row">
            <Field path={`timingTargets[${i}].id`} label={t('ed.id')}>
              <input value={g.id} onChange={(ev) => edit((x) => void (x.timingTargets[i]!.id = ev.target.value))} />
            </Field>
            <Field path={`timingTargets[${i}].label`} label={t('ed.targetLabel')}>
              <input placeholder={t('ed.phTarget')} value={g.label} onChange={(ev) => edit((x) => void (x.timingTargets[i]!.label = ev.target.value))} />
            </Field>
            <Field path={`timingTargets[${i}].from`} label={t('ed.from')}>
              <select value={g.from} onChange={(ev) => edit((x) => void (x.timingTargets[i]!.from = ev.target.value as never))}>
                {MILESTONES.map((m) => (
                  <option key={m} value={m}>
                    {ms(m)}
                  </option>
                ))}
              </select>
            </Field>
            <Field path={`timingTargets[${i}].to`} label={t('ed.to')}>
              <select value={g.to} onChange={(ev) => edit((x) => void (x.timingTargets[i]!.to = ev.target.value as never))}>
                {MARKABLE_MILESTONES.map((m) => (
                  <option key={m} value={m}>
                    {ms(m)}
                  </option>
                ))}
              </select>
            </Field>
            <Field path={`timingTargets[${i}].targetMin`} label={t('ed.targetMin')}>
              <input type="number" min={1} value={Number.isFinite(g.targetMin) ? g.targetMin : ''} onChange={(ev) => edit((x) => void (x.timingTargets[i]!.targetMin = num(ev.target.value)))} />
            </Field>
            <RowButtons label={g.label} onRemove={() => edit((x) => void x.timingTargets.splice(i, 1))} />
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="small"
        onClick={() => edit((x) => void x.timingTargets.push({ id: freshId('target', x.timingTargets.map((g) => g.id)), label: '', from: 'discovered', to: 'reported', targetMin: 30 }))}
      >
        <Icon name="plus" /> {t('ed.addTarget')}
      </button>
    </section>
  );
}

export function ObjectivesSection({ d, edit }: { d: Draft; edit: Edit }) {
  const { t } = useI18n();
  return (
    <section className="card ed-section" id="ed-objectives" aria-label={t('ed.objectives')}>
      <h2>{t('ed.objectives')}</h2>
      <ListProblems path="objectives" />
      <ol className="ed-rows">
        {d.objectives.map((o, i) => (
          <li key={keyOf(o)} className="ed-row objective-row">
            <Field path={`objectives[${i}].id`} label={t('ed.id')}>
              <input value={o.id} onChange={(ev) => edit((x) => void (x.objectives[i]!.id = ev.target.value))} />
            </Field>
            <Field path={`objectives[${i}].text`} label={t('ed.objectiveText')} wide>
              <input placeholder={t('ed.phObjective')} value={o.text} onChange={(ev) => edit((x) => void (x.objectives[i]!.text = ev.target.value))} />
            </Field>
            <RowButtons label={o.text} onRemove={() => edit((x) => void x.objectives.splice(i, 1))} />
          </li>
        ))}
      </ol>
      <button type="button" className="small" data-testid="ed-add-objective" onClick={() => edit((x) => void x.objectives.push({ id: freshId('obj', x.objectives.map((o) => o.id)), text: '' }))}>
        <Icon name="plus" /> {t('ed.addObjective')}
      </button>
    </section>
  );
}
