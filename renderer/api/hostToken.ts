// The browser host's token: taken once from the launch URL, kept for this tab only, and removed from the address bar.

const PARAM = 'token';
const KEY = 'drillroom.host-token';

/**
 * The launch URL carries `?token=` once; the page moves it to sessionStorage (per tab, copied into a window it
 * opens, such as the projector) and rewrites the address with history.replaceState, so the token is not left in
 * history, bookmarks or screenshots. Every request then sends it in a header.
 */
export function takeHostToken(win: Pick<Window, 'location' | 'history' | 'sessionStorage'>): string {
  const url = new URL(win.location.href);
  const fromUrl = url.searchParams.get(PARAM);
  if (fromUrl !== null) {
    try {
      win.sessionStorage.setItem(KEY, fromUrl);
    } catch {
      /* storage disabled: the token lives only in this page's memory */
    }
    url.searchParams.delete(PARAM);
    win.history.replaceState(win.history.state, '', `${url.pathname}${url.search}${url.hash}`);
    return fromUrl;
  }
  try {
    return win.sessionStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

/** Keeps a token for this tab (a role seat's, from its join), as if the launch URL had carried it. */
export function keepHostToken(win: Pick<Window, 'sessionStorage'>, token: string): void {
  try {
    win.sessionStorage.setItem(KEY, token);
  } catch {
    /* storage disabled: the token lives only in this page's memory */
  }
}
