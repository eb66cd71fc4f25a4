// The projector's join card while seats are open: the join address as text and QR, and each role's current join code,
// big enough to read from the back of the room. Before the start (and while paused) it takes the middle of the screen;
// while the drill runs it keeps to a corner with only the roles still to join; once all have joined, a count remains.
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
  const roles = state.scenario.roles;
  const count = t('join.count', { n: joined.size, total: roles.length });
  if (roles.every((r) => joined.has(r.id)))
    return (
      <div className="seat-join-board done" data-testid="seat-join-board">
        <Icon name="user" /> {count}
      </div>
    );
  const running = state.status === 'running';
  const shown = running ? roles.filter((r) => !joined.has(r.id)) : roles;
  return (
    <div className={`seat-join-board ${running ? 'corner' : 'middle'}`} data-testid="seat-join-board">
      <div className="seat-join-head">
        <QrCode className="seat-join-qr" text={status.url} label={status.url} />
        <div>
          <h2>
            <Icon name="user" /> {t('join.title')} · {count}
          </h2>
          <div className="seat-join-scan">{t('join.scan')}</div>
          <div className="seat-join-url" data-testid="seat-join-url">
            {status.url.replace(/#\/seat$/, '')}
          </div>
        </div>
      </div>
      <div className="seat-join-scan">{t('join.codes')}</div>
      <div className="seat-join-codes">
        {shown.map((r) => {
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
  );
}
