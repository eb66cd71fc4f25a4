// Inline SVG icons (no icon font, nothing downloaded); they inherit the text colour and size.
import type { ReactElement } from 'react';

/** One star outline for the journal's star mark: hollow (not starred) and filled (starred). */
const STAR = 'M12 3l2.8 5.8 6.2.9-4.5 4.4 1 6.2L12 17.4l-5.5 2.9 1-6.2L3 9.7l6.2-.9z';

const paths: Record<string, ReactElement> = {
  play: <path d="M7 4.5v15l13-7.5z" fill="currentColor" stroke="none" />,
  pause: (
    <>
      <rect x="6" y="4.5" width="4" height="15" fill="currentColor" stroke="none" />
      <rect x="14" y="4.5" width="4" height="15" fill="currentColor" stroke="none" />
    </>
  ),
  stop: <rect x="5.5" y="5.5" width="13" height="13" fill="currentColor" stroke="none" />,
  next: <path d="M5 5l9 7-9 7zM17 5v14" />,
  check: <path d="M4.5 12.5l5 5 10-11" />,
  cross: <path d="M6 6l12 12M18 6L6 18" />,
  running: (
    <>
      <circle cx="12" cy="13" r="8" />
      <path d="M12 9v4l3 2M9 2.5h6" />
    </>
  ),
  pending: <circle cx="12" cy="12" r="8" strokeDasharray="3 3" />,
  warning: <path d="M12 3l10 18H2zM12 10v5M12 17.5v.5" />,
  star: <path d={STAR} />,
  starFilled: <path d={STAR} fill="currentColor" />,
  edit: <path d="M4 20h4L19 9l-4-4L4 16zM13.5 6.5l4 4" />,
  help: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M9.5 9.5a2.5 2.5 0 115 0c0 2-2.5 2-2.5 4M12 17v.5" />
    </>
  ),
  screen: <path d="M3 5h18v11H3zM8 20h8M12 16v4" />,
  sun: (
    <>
      <circle cx="12" cy="12" r="4" />
      <path d="M12 2v2M12 20v2M2 12h2M20 12h2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
    </>
  ),
  moon: <path d="M20 14.5A8 8 0 019.5 4a8 8 0 1010.5 10.5z" />,
  back: <path d="M15 5l-7 7 7 7" />,
  doc: <path d="M6 3h8l4 4v14H6zM14 3v4h4M9 12h6M9 16h6" />,
  archive: <path d="M3 4h18v4H3zM5 8v12h14V8M10 12h4" />,
  upload: <path d="M12 16V4M7 9l5-5 5 5M4 20h16" />,
  plus: <path d="M12 5v14M5 12h14" />,
  flag: <path d="M5 21V4h11l-2 4 2 4H5" />,
  user: (
    <>
      <circle cx="12" cy="8" r="4" />
      <path d="M4 21c1-4.5 4-6.5 8-6.5s7 2 8 6.5" />
    </>
  ),
  lock: (
    <>
      <rect x="5" y="11" width="14" height="9" />
      <path d="M8 11V8a4 4 0 018 0v3" />
    </>
  ),
  // Feed engagement
  repost: <path d="M4 9h13l-3-3M20 15H7l3 3" />,
  comment: <path d="M4 5h16v11H9l-5 4z" />,
  like: <path d="M7 10v10H4V10zM7 10l4-7c1.5 0 2.5 1 2 3l-1 4h6.5c1 0 2 1 1.5 2l-2 7c-.3 1-1 1-2 1H7" />,
  heat: <path d="M12 3c1 4 5 5 5 10a5 5 0 01-10 0c0-2 1-3 2-4 0 2 1 3 2 3 0-4-1-6 1-9z" />,
  // Channels
  email: <path d="M3 6h18v12H3zM3 6l9 7 9-7" />,
  hotline: <path d="M6 3l3 .5 1.5 4-2 1.5a11 11 0 006.5 6.5l1.5-2 4 1.5.5 3c0 1-1 2-2 2C10 20.5 3.5 14 3.5 5 3.5 4 4.5 3 6 3z" />,
  weibo: (
    <>
      <path d="M4 6h16v10H10l-5 4v-4H4z" />
      <path d="M8 11h8" />
    </>
  ),
  wechat: (
    <>
      <path d="M3 5h12v8H8l-3 3v-3H3z" />
      <path d="M17 9h4v8h-1v3l-3-3h-5v-2" />
    </>
  ),
  news: <path d="M4 4h13v16H6a2 2 0 01-2-2zM17 8h3v10a2 2 0 01-2 2M7 8h7M7 12h7M7 16h4" />,
  video: (
    <>
      <rect x="3" y="5" width="18" height="14" rx="2" />
      <path d="M10 9v6l5-3z" fill="currentColor" />
    </>
  ),
  journalist: (
    <>
      <rect x="9" y="3" width="6" height="11" rx="3" />
      <path d="M5 11a7 7 0 0014 0M12 18v3M8 21h8" />
    </>
  ),
  regulator: <path d="M3 9l9-5 9 5M5 9v9M9.5 9v9M14.5 9v9M19 9v9M3 20h18" />,
  internal: <path d="M4 10v4h3l6 4V6L7 10zM16 9a4 4 0 010 6M18.5 6.5a8 8 0 010 11" />,
  // Issue 13: the papers (a stack of sheets).
  papers: <path d="M8 3h9l3 3v13H8zM17 3v3h3M5 6v15h12M11 10h6M11 13h6M11 16h4" />,
  /** 签到: a clipboard with a tick. */
  signIn: <path d="M9 3.5h6v3H9zM7 5H5v16h14V5h-2M8.5 14l2.5 2.5 4.5-5" />,
  /** A printer: the minutes as PDF. */
  printer: <path d="M7 9V3h10v6M7 17H4v-8h16v8h-3M7 14h10v7H7z" />,
};

export type IconName = keyof typeof paths;

export function Icon({ name, size, title }: { name: string; size?: number | string; title?: string }) {
  const body = paths[name] ?? paths['internal'];
  return (
    <svg
      className="icon"
      viewBox="0 0 24 24"
      width={size ?? '1em'}
      height={size ?? '1em'}
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden={title ? undefined : true}
      role={title ? 'img' : undefined}
    >
      {title ? <title>{title}</title> : null}
      {body}
    </svg>
  );
}

/** Each drill status and level has an icon as well as a word and a colour. */
export const STATUS_ICON = { ready: 'pending', running: 'play', paused: 'pause', finished: 'stop' } as const;
export const LEVEL_ICON = { ok: 'check', near: 'warning', over: 'warning' } as const;
export const INDICATOR_ICON = { met: 'check', missed: 'cross', running: 'running', pending: 'pending' } as const;
