// The console's 分席位 control: open seats on a chosen interface, the "LAN open" indicator, who is connected, revoke, close.
import { useEffect, useState } from 'react';
import type { SeatInterface } from '../../../shared/ipc/contract';
import type { DrillState } from '../../../shared/domain/fold';
import { api } from '../../api/api';
import { useI18n } from '../../i18n/i18n';
import { useSeats } from '../../state/useSeats';
import { Icon } from '../../ui/icons';
import { roleNameById } from '../../ui/names';

export function SeatsControl({ state, locked }: { state: DrillState; locked: boolean }) {
  const { t, lang, errorText } = useI18n();
  const { status, set } = useSeats(2000);
  const [open, setOpen] = useState(false);
  const [interfaces, setInterfaces] = useState<SeatInterface[]>([]);
  const [address, setAddress] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!open || interfaces.length > 0) return;
    api.call('seats.interfaces', {}).then((list) => {
      setInterfaces(list);
      setAddress((a) => a || list[0]?.address || '');
    }, setError);
  }, [open, interfaces.length]);
  const here = status?.open === true && status.drillId === state.drillId;
  const act = async (fn: () => Promise<Parameters<typeof set>[0]>) => {
    setBusy(true);
    try {
      set(await fn());
      setError(null);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  if (locked && !here) return null;
  return (
    <div className="seats-control">
      <button type="button" className={here ? 'lan-open' : undefined} aria-expanded={open} onClick={() => setOpen((o) => !o)} data-testid="seats-button">
        <Icon name="user" /> <span className="btn-label">{here ? `${t('seats.lanOpen')} · ${status.seats.length}` : t('seats.button')}</span>
      </button>
      {open ? (
        <div className="seats-panel panel" data-testid="seats-panel">
          <h2>{t('seats.panelTitle')}</h2>
          <p className="muted small-text">{t('seats.hint')}</p>
          {here ? (
            <>
              <div>
                {t('seats.url')}: <span className="seats-url" data-testid="seats-url">{status.url}</span>
              </div>
              <h2>{t('seats.connected')}</h2>
              {status.seats.length === 0 ? <p className="muted">{t('seats.none')}</p> : null}
              {status.seats.length > 0 ? (
                <table>
                  <thead>
                    <tr>
                      <th>{t('seats.role')}</th>
                      <th>{t('seats.remote')}</th>
                      <th>{t('seats.lastSeen')}</th>
                      <th />
                    </tr>
                  </thead>
                  <tbody>
                    {status.seats.map((s) => (
                      <tr key={s.seatId} data-testid={s.control ? 'seat-row-control' : `seat-row-${s.roleId}`} className={s.control ? 'seat-row-control' : undefined}>
                        <td>{s.control ? t('seats.controlSeat') : roleNameById(state, s.roleId, lang)}</td>
                        <td className="tnum">{s.remote.replace(/^::ffff:/, '')}</td>
                        <td className="tnum">{t('seats.ago', { s: Math.max(0, Math.round((status.now - s.lastSeen) / 1000)) })}</td>
                        <td>
                          <button type="button" className="small danger" disabled={busy} onClick={() => void act(() => api.call('seats.revoke', { seatId: s.seatId }))} data-testid={`seat-revoke-${s.control ? 'control' : s.roleId}`}>
                            {t('seats.revoke')}
                          </button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
              {status.control ? (
                <div className="seats-control-code">
                  {t('seats.controlCode')}:{' '}
                  <span className="seat-join-code" data-testid="console-code-control">
                    {status.control.code}
                  </span>
                </div>
              ) : null}
              <details>
                <summary>{t('seats.codes')}</summary>
                <table>
                  <tbody>
                    {status.codes.map((c) => (
                      <tr key={c.roleId}>
                        <td>{roleNameById(state, c.roleId, lang)}</td>
                        <td className="seat-join-code" data-testid={`console-code-${c.roleId}`}>
                          {c.code}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </details>
              <button type="button" disabled={busy} onClick={() => void act(() => api.call('seats.close', {}))} data-testid="seats-close">
                {t('seats.close')}
              </button>
            </>
          ) : (
            <>
              <label>
                {t('seats.interface')}{' '}
                <select value={address} onChange={(e) => setAddress(e.target.value)} data-testid="seats-interface">
                  {interfaces.map((i) => (
                    <option key={`${i.name}-${i.address}`} value={i.address}>
                      {i.address} ({i.name}
                      {i.internal ? ` · ${t('seats.loopback')}` : ''})
                    </option>
                  ))}
                </select>
              </label>
              <button
                type="button"
                className="primary"
                disabled={busy || !address}
                onClick={() => void act(() => api.call('seats.open', { drillId: state.drillId, address }))}
                data-testid="seats-open"
              >
                {t('seats.open')}
              </button>
            </>
          )}
          {error ? (
            <p className="error-text" role="alert">
              {errorText(error)}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
