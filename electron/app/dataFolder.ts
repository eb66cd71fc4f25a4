// Where the desktop app keeps its journal: a local folder (never roaming, never a network share), and how to tell a network path.
import { readFileSync } from 'node:fs';
import { resolve, win32 } from 'node:path';

/** The folder name under the platform's local application-data folder. */
export const DATA_FOLDER_NAME = 'DrillRoom';

/**
 * The user-data folder to use, or null to keep Electron's default. On Windows Electron's default is %APPDATA%
 * (Roaming), which bank desktops often redirect to an SMB share where SQLite's WAL cannot work; %LOCALAPPDATA% is
 * never roamed. Linux's default (~/.config) is already local unless the home folder itself is on the network.
 */
export function localUserDataDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string | null {
  if (platform !== 'win32') return null;
  const local = env['LOCALAPPDATA'];
  return local ? win32.join(local, DATA_FOLDER_NAME) : null;
}

/**
 * The data folder of `npm start` without Electron (the browser host): the same folder the desktop app would use —
 * %LOCALAPPDATA%\DrillRoom on Windows, $XDG_CONFIG_HOME/DrillRoom or ~/.config/DrillRoom elsewhere — so a
 * drill started in the browser opens later in the desktop app.
 */
export function browserDataDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  const local = localUserDataDir(platform, env);
  if (local) return local;
  if (platform === 'win32') return win32.join(home, 'AppData', 'Local', DATA_FOLDER_NAME);
  return resolve(env['XDG_CONFIG_HOME'] || resolve(home, '.config'), DATA_FOLDER_NAME);
}

/** File-system types that are network shares: SQLite's locks and WAL's shared memory do not work on them. */
const NETWORK_FS = new Set([
  'nfs', 'nfs4', 'cifs', 'smb3', 'smbfs', 'smb2', 'ncpfs', 'afs', '9p', 'ceph', 'glusterfs', 'lustre', 'gpfs', 'davfs',
  'fuse.sshfs', 'fuse.gvfsd-fuse', 'fuse.smbnetfs', 'fuse.davfs2', 'fuse.glusterfs', 'fuse.rclone',
]);

/** mountinfo's escapes (\040 for a space…) decoded. */
const unescapeMount = (s: string) => s.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)));

/** The file-system type of the mount that holds `path`, from /proc/self/mountinfo text (the longest matching mount point). */
export function mountTypeOf(path: string, mountinfo: string): string | null {
  const target = resolve(path);
  let best: { point: string; type: string } | null = null;
  for (const line of mountinfo.split('\n')) {
    const [left, right] = line.split(' - ');
    if (!left || !right) continue;
    const point = unescapeMount(left.split(' ')[4] ?? '');
    const type = right.split(' ')[0] ?? '';
    const inside = point === '/' || target === point || target.startsWith(point.endsWith('/') ? point : `${point}/`);
    if (inside && (!best || point.length >= best.point.length)) best = { point, type };
  }
  return best?.type ?? null;
}

/**
 * Why `path` is a network location, or null when it is local. Windows: UNC paths (\\server\share, \\?\UNC\…); a drive
 * letter mapped to a share cannot be told from its name and is not detected. Linux: the mount's file-system type.
 */
export function networkPathReason(path: string, platform: NodeJS.Platform, readMountinfo: () => string = () => readFileSync('/proc/self/mountinfo', 'utf8')): string | null {
  if (platform === 'win32') {
    const p = path.replace(/\//g, '\\');
    if (/^\\\\\?\\UNC\\/i.test(p)) return 'UNC';
    if (/^\\\\[^?.\\][^\\]*\\/.test(p)) return 'UNC';
    return null;
  }
  if (platform !== 'linux') return null;
  let info: string;
  try {
    info = readMountinfo();
  } catch {
    return null; // no /proc: nothing to tell by
  }
  const type = mountTypeOf(path, info);
  return type && NETWORK_FS.has(type) ? type : null;
}
