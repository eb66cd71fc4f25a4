// Hash routes: #/ (drills), #/new (setup), #/drill/<id> (console), #/projector?drill=<id> (the big screen).
import { useEffect, useState } from 'react';

export type Route =
  | { name: 'list' }
  | { name: 'new' }
  | { name: 'console'; drillId: string }
  | { name: 'projector'; drillId: string | null };

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(query);
  const parts = path.split('/').filter(Boolean);
  if (parts[0] === 'projector') return { name: 'projector', drillId: params.get('drill') };
  if (parts[0] === 'drill' && parts[1]) return { name: 'console', drillId: decodeURIComponent(parts[1]) };
  if (parts[0] === 'new') return { name: 'new' };
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
