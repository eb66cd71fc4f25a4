// Hash routes: #/ (drills), #/new (setup), #/drill/<id> (console), #/projector?drill=<id> (the big screen),
// #/review?drill=<id> (evaluation and lessons), #/replay?drill=<id> (复盘), #/editor[?scenario=<id>] (scenario editor),
// #/seat[?code=<join code>] (a role seat on a LAN browser), #/ledger/improvements (整改台账 across drills), #/ledger/drills (演练台账).
import { useEffect, useState } from 'react';

export type Route =
  | { name: 'list' }
  | { name: 'new' }
  | { name: 'console'; drillId: string }
  | { name: 'projector'; drillId: string | null }
  | { name: 'review'; drillId: string }
  | { name: 'replay'; drillId: string }
  | { name: 'editor'; scenarioId: string | null }
  | { name: 'seat'; code: string | null }
  | { name: 'improvementLedger' }
  | { name: 'ledgerDrills' };

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(query);
  const parts = path.split('/').filter(Boolean);
  if (parts[0] === 'projector') return { name: 'projector', drillId: params.get('drill') };
  if (parts[0] === 'drill' && parts[1]) return { name: 'console', drillId: decodeURIComponent(parts[1]) };
  if (parts[0] === 'new') return { name: 'new' };
  if (parts[0] === 'seat') return { name: 'seat', code: params.get('code') };
  if (parts[0] === 'ledger' && parts[1] === 'improvements') return { name: 'improvementLedger' };
  const drill = params.get('drill');
  if (parts[0] === 'review' && drill) return { name: 'review', drillId: drill };
  if (parts[0] === 'replay' && drill) return { name: 'replay', drillId: drill };
  if (parts[0] === 'ledger' && parts[1] === 'drills') return { name: 'ledgerDrills' };
  if (parts[0] === 'editor') return { name: 'editor', scenarioId: params.get('scenario') };
  return { name: 'list' };
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const on = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return route;
}

export const go = (hash: string) => {
  window.location.hash = hash;
};

export const consoleHash = (drillId: string) => `#/drill/${encodeURIComponent(drillId)}`;
export const projectorHash = (drillId: string) => `#/projector?drill=${encodeURIComponent(drillId)}`;
export const reviewHash = (drillId: string) => `#/review?drill=${encodeURIComponent(drillId)}`;
export const replayHash = (drillId: string) => `#/replay?drill=${encodeURIComponent(drillId)}`;
export const editorHash = (scenarioId?: string) => (scenarioId ? `#/editor?scenario=${encodeURIComponent(scenarioId)}` : '#/editor');
export const improvementLedgerHash = '#/ledger/improvements';
export const drillLedgerHash = () => '#/ledger/drills';
