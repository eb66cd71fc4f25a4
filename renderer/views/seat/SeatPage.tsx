// #/seat: a role seat on a LAN browser — the join form until it has joined, then its role's view of the drill.
import { useEffect, useState } from 'react';
import { api } from '../../api/api';
import { currentSeat, forgetSeat, type SeatSession } from '../../api/seatJoin';
import type { Prefs } from '../../ui/PrefsSwitch';
import { JoinForm } from './JoinForm';
import { SeatView } from './SeatView';
import { ControlSeatView } from './ControlSeatView';

export function SeatPage({ code, prefs }: { code: string | null; prefs: Prefs }) {
  const [seat, setSeat] = useState<SeatSession | null>(() => {
    const s = currentSeat();
    if (s) api.adoptSeatToken(s.token);
    return s;
  });
  // A code from the QR link leaves the address bar at once (it is one-time, but not for history or screenshots).
  useEffect(() => {
    if (code !== null) window.history.replaceState(window.history.state, '', `${window.location.pathname}#/seat`);
  }, [code]);
  const joined = (s: SeatSession) => {
    api.adoptSeatToken(s.token);
    setSeat(s);
  };
  if (!seat) return <JoinForm initialCode={code ?? ''} onJoined={joined} prefs={prefs} />;
  const View = seat.control ? ControlSeatView : SeatView;
  return (
    <View
      seat={seat}
      prefs={prefs}
      onLeave={() => {
        forgetSeat();
        api.dropSeatToken();
        setSeat(null);
      }}
    />
  );
}
