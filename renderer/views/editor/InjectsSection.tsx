// Editor section for injects: offset (retiming re-sorts the list on commit), channel, sender persona, content,
// target roles, expected actions with deadline and milestone, contingency flag, parent inject, phase. A new inject
// opens expanded with empty fields; a typed channel goes through the alias table, an unknown one must be confirmed.
import { useEffect, useRef, useState } from 'react';
import { formatDrillClock, MINUTE } from '../../../shared/domain/clock';
import { LOG_KINDS } from '../../../shared/domain/entry';
import { KNOWN_CHANNELS, type Inject } from '../../../shared/domain/scenario';
import { isKnownChannel } from '../../../shared/scenario/channels';
import { useI18n } from '../../i18n/i18n';
import { Icon } from '../../ui/icons';
import { channelLabel, injectTitle, kindLabel } from '../../ui/names';
import { commitChannel, freshId, keyOf, newInject, num, retime, sortInjects, type Draft } from './draft';
import { Field, ListProblems, MilestoneSelect, PhaseSelect, RowButtons, useProblemsAt } from './fields';
import type { Edit } from './sections';

export function InjectsSection({ d, edit }: { d: Draft; edit: Edit }) {
  const { t } = useI18n();
  // Keys of the injects added here: they open expanded, with the cursor in the sender field.
  const [added, setAdded] = useState<ReadonlySet<number>>(new Set());
  const add = () => {
    const j = newInject(d);
    const k = keyOf(j);
    setAdded((s) => new Set(s).add(k));
    edit((x) => {
      x.injects.push(j);
      return sortInjects(x);
    });
  };
  return (
    <section className="card ed-section" id="ed-injects" aria-label={t('ed.injects')}>
      <h2>
        {t('ed.injects')} <span className="muted small-text">{t('ed.injectsHint')}</span>
      </h2>
      <ListProblems path="injects" />
      <datalist id="ed-channels">
        {KNOWN_CHANNELS.map((c) => (
          <option key={c} value={channelLabel(c, t)}>
            {c}
          </option>
        ))}
      </datalist>
      <ol className="ed-injects" data-testid="ed-injects">
        {d.injects.map((j, i) => (
          <InjectRow key={keyOf(j)} j={j} i={i} d={d} edit={edit} isNew={added.has(keyOf(j))} />
        ))}
      </ol>
      <button type="button" className="small" onClick={add} data-testid="ed-add-inject">
        <Icon name="plus" /> {t('ed.addInject')}
      </button>
    </section>
  );
}

function InjectRow({ j, i, d, edit, isNew }: { j: Inject; i: number; d: Draft; edit: Edit; isNew: boolean }) {
  const { t, lang } = useI18n();
  const [openAtFirst] = useState(isNew);
  const senderRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!openAtFirst) return;
    senderRef.current?.scrollIntoView({ block: 'center' });
    senderRef.current?.focus();
  }, [openAtFirst]);
  const commitTyped = (typed: string) => {
    if (typed.trim() === channelLabel(j.channel, t)) return;
    edit((x) => void (x.injects[i] = commitChannel(x.injects[i]!, typed)));
  };
  const problems = useProblemsAt(`injects[${i}]`);
  const set = (fn: (x: Inject) => void) => edit((x) => fn(x.injects[i]!));
  const commitOffset = (value: string) => {
    const v = num(value);
    if (Object.is(v, j.offsetMin)) return;
    edit((x) => retime(x, i, v));
  };
  return (
    <li className={`ed-inject${j.contingency ? ' contingency' : ''}${problems.length ? ' has-problem' : ''}`} data-testid={`ed-inject-${j.id}`} data-offset={j.offsetMin}>
      <details open={openAtFirst || undefined}>
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
            <input
              key={`${keyOf(j)}-${j.channel}`}
              list="ed-channels"
              name="channel"
              defaultValue={channelLabel(j.channel, t)}
              onBlur={(ev) => commitTyped(ev.target.value)}
              onKeyDown={(ev) => {
                if (ev.key === 'Enter') {
                  ev.preventDefault();
                  commitTyped((ev.target as HTMLInputElement).value);
                }
              }}
            />
          </Field>
          {j.channel.trim() !== '' && !isKnownChannel(j.channel) ? (
              <label className="check ed-custom-channel">
                <input
                  type="checkbox"
                  data-testid="ed-custom-channel"
                  checked={j.customChannel === true}
                  onChange={(ev) =>
                    set((x) => {
                      if (ev.target.checked) x.customChannel = true;
                      else delete x.customChannel;
                    })
                  }
                />
                <span>{t('ed.channelCustom')}</span>
              </label>
            ) : null}
          <Field path={`injects[${i}].sender`} label={t('ed.sender')}>
            <input ref={senderRef} name="sender" placeholder={t('ed.phSender')} value={j.sender} onChange={(ev) => set((x) => void (x.sender = ev.target.value))} />
          </Field>
          <Field path={`injects[${i}].title`} label={t('ed.injectTitle')}>
            <input value={j.title ?? ''} onChange={(ev) => set((x) => void (x.title = ev.target.value || undefined))} />
          </Field>
          <Field path={`injects[${i}].phaseId`} label={t('ed.phase')}>
            <PhaseSelect phases={d.phases} value={j.phaseId} onChange={(id) => set((x) => void (x.phaseId = id))} />
          </Field>
          <Field path={`injects[${i}].content`} label={t('ed.content')} wide>
            <textarea name="content" rows={3} placeholder={t('ed.phContent')} value={j.content} onChange={(ev) => set((x) => void (x.content = ev.target.value))} />
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
                <input placeholder={t('ed.phAction')} value={a.text} onChange={(ev) => set((x) => void (x.expectedActions[k]!.text = ev.target.value))} />
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
                void x.expectedActions.push({ id: freshId('a', x.expectedActions.map((a) => a.id)), text: '', roleId: x.targetRoles[0] ?? d.roles[0]?.id ?? '', deadlineMin: 10, kind: 'action' }),
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
