// The drill's facts for the minutes: name, place, organiser, facilitator, scribe, reviewer, participants by role.
import type { DrillFactsInput } from '../../../shared/domain/facts';
import type { Role } from '../../../shared/domain/scenario';
import { own, withKey } from '../../../shared/domain/records';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { roleName } from '../../ui/names';

const FIELDS = ['name', 'place', 'organiser', 'facilitator', 'scribe', 'reviewer', 'branch'] as const;

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
