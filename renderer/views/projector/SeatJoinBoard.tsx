// The projector's join card while seats are open: the join address as text and QR, and each role's current join code.
import type { DrillState } from '../../../shared/domain/fold';
import { useI18n } from '../../i18n/i18n';
import { useSeats } from '../../state/useSeats';
import { Icon } from '../../ui/icons';
import { roleName } from '../../ui/names';
import { QrCode } from '../../ui/QrCode';

export function SeatJoinBoard({ state }: { state: DrillState }) {
  const { t, lang } = useI18n();
  const { status } = useSeats(3000);
  if (!status?.open || status.drillId !== state.drillId || !status.url) return null;
  const joined = new Set(status.seats.map((s) => s.roleId));
  // Once every role has a seat the card steps aside; a count stays in the corner.
  if (state.scenario.roles.every((r) => joined.has(r.id)))
    return (
      <div className="seat-join-board" data-testid="seat-join-board">
        <Icon name="user" /> {t('join.count', { n: joined.size, total: state.scenario.roles.length })}
      </div>
    );
  return (
    <div className="seat-join-board" data-testid="seat-join-board">
      <QrCode className="seat-join-qr" text={status.url} label={status.url} />
      <div>
        <h2>
          <Icon name="user" /> {t('join.title')} · {t('join.count', { n: joined.size, total: state.scenario.roles.length })}
        </h2>
        <div className="muted">{t('join.scan')}</div>
        <div className="seat-join-url" data-testid="seat-join-url">
          {status.url.replace(/#\/seat$/, '')}
        </div>
        <div className="muted">{t('join.codes')}</div>
        <div className="seat-join-codes">
          {state.scenario.roles.map((r) => {
            const code = status.codes.find((c) => c.roleId === r.id)?.code ?? '';
            return (
              <div key={r.id} className="seat-join-pair" data-testid={`join-code-${r.id}`}>
                <span className="seat-join-role">{roleName(r, lang)}</span>
                {joined.has(r.id) ? (
                  <span className="seat-join-code joined">
                    <Icon name="check" /> {t('join.joined')}
                  </span>
                ) : (
                  <span className="seat-join-code">{code}</span>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
