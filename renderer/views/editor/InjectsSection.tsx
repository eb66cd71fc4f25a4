// Editor section for injects: offset (retiming re-sorts the list on commit), channel, sender persona, content,
// target roles, expected actions with deadline and milestone, contingency flag, parent inject, phase.
import { formatDrillClock, MINUTE } from '../../../shared/domain/clock';
import { LOG_KINDS } from '../../../shared/domain/entry';
import { KNOWN_CHANNELS, type Inject } from '../../../shared/domain/scenario';
import { useI18n } from '../../i18n/i18n';
import { Icon } from '../../ui/icons';
import { channelLabel, injectTitle, kindLabel } from '../../ui/names';
import { freshId, keyOf, num, sortInjects, type Draft } from './draft';
import { Field, ListProblems, MilestoneSelect, PhaseSelect, RowButtons, useProblemsAt } from './fields';
import type { Edit } from './sections';

export function InjectsSection({ d, edit }: { d: Draft; edit: Edit }) {
  const { t } = useI18n();
  const add = () =>
    edit((x) => {
      const last = x.injects[x.injects.length - 1];
      const offsetMin = last && Number.isFinite(last.offsetMin) ? last.offsetMin + 5 : 2;
      x.injects.push({
        id: freshId('inj', x.injects.map((j) => j.id)),
        offsetMin,
        channel: 'weibo',
        sender: t('ed.newSender'),
        content: t('ed.newContent'),
        targetRoles: x.roles[0] ? [x.roles[0].id] : [],
        expectedActions: [],
        contingency: false,
      });
      return sortInjects(x);
    });
  return (
    <section className="card ed-section" id="ed-injects" aria-label={t('ed.injects')}>
      <h2>
        {t('ed.injects')} <span className="muted small-text">{t('ed.injectsHint')}</span>
      </h2>
      <ListProblems path="injects" />
      <datalist id="ed-channels">
        {KNOWN_CHANNELS.map((c) => (
          <option key={c} value={c}>
            {channelLabel(c, t)}
          </option>
        ))}
      </datalist>
      <ol className="ed-injects" data-testid="ed-injects">
        {d.injects.map((j, i) => (
          <InjectRow key={keyOf(j)} j={j} i={i} d={d} edit={edit} />
        ))}
      </ol>
      <button type="button" className="small" onClick={add}>
        <Icon name="plus" /> {t('ed.addInject')}
      </button>
    </section>
  );
}

function InjectRow({ j, i, d, edit }: { j: Inject; i: number; d: Draft; edit: Edit }) {
  const { t, lang } = useI18n();
  const problems = useProblemsAt(`injects[${i}]`);
  const set = (fn: (x: Inject) => void) => edit((x) => fn(x.injects[i]!));
  const commitOffset = (value: string) => {
    const v = num(value);
    if (Object.is(v, j.offsetMin)) return;
    edit((x) => {
      x.injects[i]!.offsetMin = v;
      return sortInjects(x);
    });
  };
  return (
    <li className={`ed-inject${j.contingency ? ' contingency' : ''}${problems.length ? ' has-problem' : ''}`} data-testid={`ed-inject-${j.id}`} data-offset={j.offsetMin}>
      <details>
        <summary>
          <span className="tnum ed-offset">{Number.isFinite(j.offsetMin) ? formatDrillClock(j.offsetMin * MINUTE) : '—'}</span>
          <span className="channel">
            <Icon name={j.channel} /> {channelLabel(j.channel, t)}
          </span>
          {j.contingency ? <span className="tag tag-near">{t('inj.contingencyMark')}</span> : null}
          <span className="ed-inject-title">{injectTitle(j) || j.id}</span>
          <span className="muted small-text">{j.sender}</span>
          {problems.length ? (
            <span className="tag tag-over">
              <Icon name="warning" /> {t('ed.problemsN', { n: problems.length })}
            </span>
          ) : null}
        </summary>
        <div className="ed-grid">
          <Field path={`injects[${i}].id`} label={t('ed.id')}>
            <input value={j.id} onChange={(ev) => set((x) => void (x.id = ev.target.value))} />
          </Field>
          <Field path={`injects[${i}].offsetMin`} label={t('ed.offset')}>
            <input
              key={`${keyOf(j)}-${j.offsetMin}`}
              type="number"
              min={0}
              step="any"
              name="offset"
              defaultValue={Number.isFinite(j.offsetMin) ? j.offsetMin : ''}
              onBlur={(ev) => commitOffset(ev.target.value)}
              onKeyDown={(ev) => {
                if (ev.key === 'Enter') {
                  ev.preventDefault();
                  commitOffset((ev.target as HTMLInputElement).value);
                }
              }}
            />
          </Field>
          <Field path={`injects[${i}].channel`} label={t('ed.channel')}>
            <input list="ed-channels" value={j.channel} onChange={(ev) => set((x) => void (x.channel = ev.target.value))} />
          </Field>
          <Field path={`injects[${i}].sender`} label={t('ed.sender')}>
            <input name="sender" value={j.sender} onChange={(ev) => set((x) => void (x.sender = ev.target.value))} />
          </Field>
          <Field path={`injects[${i}].title`} label={t('ed.injectTitle')}>
            <input value={j.title ?? ''} onChange={(ev) => set((x) => void (x.title = ev.target.value || undefined))} />
          </Field>
          <Field path={`injects[${i}].phaseId`} label={t('ed.phase')}>
            <PhaseSelect phases={d.phases} value={j.phaseId} onChange={(id) => set((x) => void (x.phaseId = id))} />
          </Field>
          <Field path={`injects[${i}].content`} label={t('ed.content')} wide>
            <textarea name="content" rows={3} value={j.content} onChange={(ev) => set((x) => void (x.content = ev.target.value))} />
          </Field>
          <Field path={`injects[${i}].targetRoles`} label={t('ed.targetRoles')} wide>
            <span className="ed-checks">
              {d.roles.map((r) => (
                <label key={keyOf(r)} className="check">
                  <input
                    type="checkbox"
                    checked={j.targetRoles.includes(r.id)}
                    onChange={(ev) =>
                      set((x) => {
                        x.targetRoles = ev.target.checked ? [...x.targetRoles, r.id] : x.targetRoles.filter((id) => id !== r.id);
                      })
                    }
                  />
                  <span>{(lang === 'en' && r.nameEn) || r.name}</span>
                </label>
              ))}
            </span>
          </Field>
          <Field path={`injects[${i}].afterInjectId`} label={t('ed.parent')}>
            <select value={j.afterInjectId ?? ''} onChange={(ev) => set((x) => void (x.afterInjectId = ev.target.value || undefined))}>
              <option value="">{t('ed.noParent')}</option>
              {d.injects
                .filter((o) => o !== j)
                .map((o) => (
                  <option key={keyOf(o)} value={o.id}>
                    {o.id} · {injectTitle(o)}
                  </option>
                ))}
            </select>
          </Field>
          <Field path={`injects[${i}].milestone`} label={t('ed.marks')}>
            <MilestoneSelect value={j.milestone} onChange={(m) => set((x) => void (x.milestone = m))} />
          </Field>
          <Field path={`injects[${i}].heat`} label={t('ed.heat')}>
            <input type="number" min={0} max={100} value={j.heat ?? ''} onChange={(ev) => set((x) => void (x.heat = ev.target.value === '' ? undefined : num(ev.target.value)))} />
          </Field>
          <label className="check">
            <input type="checkbox" checked={j.contingency} onChange={(ev) => set((x) => void (x.contingency = ev.target.checked))} />
            <span>{t('ed.contingency')}</span>
          </label>
        </div>
        <h3>{t('ed.expected')}</h3>
        <ol className="ed-rows">
          {j.expectedActions.map((a, k) => (
            <li key={keyOf(a)} className="ed-row action-row">
              <Field path={`injects[${i}].expectedActions[${k}].id`} label={t('ed.id')}>
                <input value={a.id} onChange={(ev) => set((x) => void (x.expectedActions[k]!.id = ev.target.value))} />
              </Field>
              <Field path={`injects[${i}].expectedActions[${k}].text`} label={t('ed.actionText')}>
                <input value={a.text} onChange={(ev) => set((x) => void (x.expectedActions[k]!.text = ev.target.value))} />
              </Field>
              <Field path={`injects[${i}].expectedActions[${k}].roleId`} label={t('ed.role')}>
                <select value={a.roleId} onChange={(ev) => set((x) => void (x.expectedActions[k]!.roleId = ev.target.value))}>
                  {d.roles.map((r) => (
                    <option key={keyOf(r)} value={r.id}>
                      {(lang === 'en' && r.nameEn) || r.name}
                    </option>
                  ))}
                </select>
              </Field>
              <Field path={`injects[${i}].expectedActions[${k}].deadlineMin`} label={t('ed.deadline')}>
                <input type="number" min={1} value={Number.isFinite(a.deadlineMin) ? a.deadlineMin : ''} onChange={(ev) => set((x) => void (x.expectedActions[k]!.deadlineMin = num(ev.target.value)))} />
              </Field>
              <Field path={`injects[${i}].expectedActions[${k}].kind`} label={t('log.kind')}>
                <select value={a.kind} onChange={(ev) => set((x) => void (x.expectedActions[k]!.kind = ev.target.value as never))}>
                  {LOG_KINDS.map((k2) => (
                    <option key={k2} value={k2}>
                      {kindLabel(k2, t)}
                    </option>
                  ))}
                </select>
              </Field>
              <Field path={`injects[${i}].expectedActions[${k}].milestone`} label={t('ed.marks')}>
                <MilestoneSelect value={a.milestone} onChange={(m) => set((x) => void (x.expectedActions[k]!.milestone = m))} />
              </Field>
              <RowButtons label={a.text} onRemove={() => set((x) => void x.expectedActions.splice(k, 1))} />
            </li>
          ))}
        </ol>
        <div className="row">
          <button
            type="button"
            className="small ghost"
            onClick={() =>
              set((x) =>
                void x.expectedActions.push({ id: freshId('a', x.expectedActions.map((a) => a.id)), text: t('ed.newAction'), roleId: x.targetRoles[0] ?? d.roles[0]?.id ?? '', deadlineMin: 10, kind: 'action' }),
              )
            }
          >
            <Icon name="plus" /> {t('ed.addAction')}
          </button>
          <span className="spacer" />
          <RowButtons label={injectTitle(j)} onRemove={() => edit((x) => void x.injects.splice(i, 1))} />
        </div>
      </details>
    </li>
  );
}
