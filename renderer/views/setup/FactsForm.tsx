// The drill's facts for the minutes: name, place, organiser, facilitator, scribe, reviewer, type and notice, planned
// times, commander, evaluators, branch, participants by role.
import { DRILL_NOTICES, DRILL_TYPES, type DrillFactsInput } from '../../../shared/domain/facts';
import type { Role } from '../../../shared/domain/scenario';
import { own, withKey } from '../../../shared/domain/records';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { roleName } from '../../ui/names';

const FIELDS = ['name', 'place', 'organiser', 'facilitator', 'scribe', 'reviewer'] as const;
/** Fields the report issue added (old journals lack them; the schema gives defaults). */
const REPORT_FIELDS = [
  { f: 'commander', max: 60 },
  { f: 'evaluators', max: 200 },
  { f: 'branch', max: 120 },
] as const;

export function FactsForm({ facts, roles, onChange }: { facts: DrillFactsInput; roles: Role[]; onChange(f: DrillFactsInput): void }) {
  const { t, lang } = useI18n();
  const participants = facts.participants ?? {};
  return (
    <div className="facts-form">
      <div className="grid-fields">
        {FIELDS.map((f) => (
          <label key={f} className="field">
            <span>{t(`facts.${f}` as MessageKey)}</span>
            <input
              name={f}
              required={f === 'name'}
              maxLength={f === 'facilitator' || f === 'scribe' || f === 'reviewer' ? 60 : 120}
              value={facts[f] ?? ''}
              onChange={(ev) => onChange({ ...facts, [f]: ev.target.value })}
            />
          </label>
        ))}
        {REPORT_FIELDS.map(({ f, max }) => (
          <label key={f} className="field">
            <span>{t(`facts.${f}` as MessageKey)}</span>
            <input name={f} maxLength={max} value={facts[f] ?? ''} onChange={(ev) => onChange({ ...facts, [f]: ev.target.value })} />
          </label>
        ))}
        <label className="field">
          <span>{t('facts.drillType')}</span>
          <select name="drillType" value={facts.drillType ?? 'tabletop'} onChange={(ev) => onChange({ ...facts, drillType: ev.target.value as (typeof DRILL_TYPES)[number] })}>
            {DRILL_TYPES.map((v) => (
              <option key={v} value={v}>
                {t(`facts.drillType.${v}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('facts.notice')}</span>
          <select name="notice" value={facts.notice ?? 'announced'} onChange={(ev) => onChange({ ...facts, notice: ev.target.value as (typeof DRILL_NOTICES)[number] })}>
            {DRILL_NOTICES.map((v) => (
              <option key={v} value={v}>
                {t(`facts.notice.${v}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        {(['plannedStart', 'plannedEnd'] as const).map((f) => (
          <label key={f} className="field">
            <span>{t(`facts.${f}` as MessageKey)}</span>
            <input type="datetime-local" name={f} value={facts[f] ?? ''} onChange={(ev) => onChange({ ...facts, [f]: ev.target.value.slice(0, 16) })} />
          </label>
        ))}
      </div>
      {roles.length > 0 ? (
        <fieldset className="participants">
          <legend>{t('facts.participants')}</legend>
          <div className="grid-fields">
            {roles.map((r) => (
              <label key={r.id} className="field">
                <span>{roleName(r, lang)}</span>
                <input
                  name={`participant-${r.id}`}
                  maxLength={200}
                  value={own(participants, r.id) ?? ''}
                  onChange={(ev) => onChange({ ...facts, participants: withKey(participants, r.id, ev.target.value) })}
                />
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
    </div>
  );
}
