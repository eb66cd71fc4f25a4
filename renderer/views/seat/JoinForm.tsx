// The seat's join form: the code from the projector, sent once; a code from the QR link is tried at once.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { joinSeat, type SeatSession } from '../../api/seatJoin';
import { useI18n } from '../../i18n/i18n';
import { Icon } from '../../ui/icons';
import { PrefsSwitch, type Prefs } from '../../ui/PrefsSwitch';

export function JoinForm({ initialCode, onJoined, prefs }: { initialCode: string; onJoined(s: SeatSession): void; prefs: Prefs }) {
  const { t, errorText } = useI18n();
  const [code, setCode] = useState(initialCode);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const tried = useRef(false);

  const submit = async (value: string) => {
    if (busy || value.trim() === '') return;
    setBusy(true);
    try {
      onJoined(await joinSeat(value.trim()));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  useEffect(() => {
    if (initialCode && !tried.current) {
      tried.current = true;
      void submit(initialCode);
    }
  }, [initialCode]);

  const onSubmit = (ev: FormEvent) => {
    ev.preventDefault();
    void submit(code);
  };
  return (
    <div className="seat-join" data-testid="seat-join">
      <div className="seat-join-prefs">
        <PrefsSwitch prefs={prefs} />
      </div>
      <form className="seat-join-card panel" onSubmit={onSubmit}>
        <h1>
          <Icon name="user" /> {t('seat.join.title')}
        </h1>
        <p className="muted">{t('seat.join.hint')}</p>
        <label className="seat-join-label">
          {t('seat.join.code')}
          <input
            className="seat-code-input tnum"
            value={code}
            maxLength={12}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            autoFocus
            onChange={(e) => setCode(e.target.value.toUpperCase())}
            data-testid="seat-code"
          />
        </label>
        <button type="submit" className="primary" disabled={busy || code.trim() === ''} data-testid="seat-join-submit">
          {busy ? t('seat.join.busy') : t('seat.join.submit')}
        </button>
        {error ? (
          <p className="error-text" role="alert" data-testid="seat-join-error">
            {errorText(error)}
          </p>
        ) : null}
      </form>
    </div>
  );
}
