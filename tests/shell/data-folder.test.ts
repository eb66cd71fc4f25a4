// The data folder: local on every platform, and a network share (UNC, NFS, CIFS…) told apart from a local disk.
import { describe, it, expect } from 'vitest';
import { localUserDataDir, mountTypeOf, networkPathReason } from '../../electron/app/dataFolder';

const MOUNTINFO = [
  '22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw',
  '40 22 0:35 / /home rw,relatime shared:20 - nfs4 fs01:/export/home rw,vers=4.2',
  '41 40 8:2 / /home/li/local\\040disk rw,relatime - ext4 /dev/sdb1 rw',
  '42 22 0:40 / /mnt/share rw,relatime - cifs //fs01/branch rw',
].join('\n');

describe('the data folder', () => {
  it('is %LOCALAPPDATA%\\DrillRoom on Windows, never Roaming; Electron’s default elsewhere', () => {
    expect(localUserDataDir('win32', { LOCALAPPDATA: 'C:\\Users\\li\\AppData\\Local', APPDATA: 'C:\\Users\\li\\AppData\\Roaming' })).toBe(
      'C:\\Users\\li\\AppData\\Local\\DrillRoom',
    );
    expect(localUserDataDir('linux', { LOCALAPPDATA: '/x' })).toBeNull();
    expect(localUserDataDir('win32', {})).toBeNull();
  });

  it('a UNC path is a network share on Windows; a drive letter and \\\\?\\C: are not', () => {
    expect(networkPathReason('\\\\fs01\\profiles$\\li\\AppData\\Local\\DrillRoom', 'win32')).toBe('UNC');
    expect(networkPathReason('\\\\?\\UNC\\fs01\\home\\DrillRoom', 'win32')).toBe('UNC');
    expect(networkPathReason('//fs01/home/DrillRoom', 'win32')).toBe('UNC');
    expect(networkPathReason('C:\\Users\\li\\AppData\\Local\\DrillRoom', 'win32')).toBeNull();
    expect(networkPathReason('\\\\?\\C:\\Users\\li\\DrillRoom', 'win32')).toBeNull();
  });

  it('on Linux the mount that holds the folder decides: NFS and CIFS are refused, a local disk inside them is not', () => {
    const read = () => MOUNTINFO;
    expect(networkPathReason('/home/li/.config/DrillRoom', 'linux', read)).toBe('nfs4');
    expect(networkPathReason('/mnt/share/drills', 'linux', read)).toBe('cifs');
    expect(networkPathReason('/home/li/local disk/DrillRoom', 'linux', read)).toBeNull();
    expect(networkPathReason('/var/lib/drillroom', 'linux', read)).toBeNull();
    expect(mountTypeOf('/homeless/x', MOUNTINFO)).toBe('ext4');
  });

  it('without /proc nothing is refused', () => {
    expect(networkPathReason('/home/li', 'linux', () => { throw new Error('ENOENT'); })).toBeNull();
  });
});
