// Finding a system Chromium for the PDF and the command line it is run with (the printing itself: tests/integration/minutes-pdf.test.ts).
import { describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumCandidates, findChromium, needsNoSandbox } from '../../electron/minutes/chromiumPrinter';

describe('the system Chromium for the PDF', () => {
  it('is looked for where Chrome, Edge and Chromium install on each platform, DRILLROOM_CHROMIUM first', () => {
    const win = chromiumCandidates({ ProgramFiles: 'C:\\Program Files', 'ProgramFiles(x86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, 'win32');
    expect(win).toContain('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
    expect(win).toContain('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe');
    expect(win).toContain('C:\\Users\\u\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe');
    expect(chromiumCandidates({}, 'linux').slice(0, 3)).toEqual(['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']);
    expect(chromiumCandidates({}, 'darwin')[0]).toBe('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(chromiumCandidates({ DRILLROOM_CHROMIUM: '/opt/edge/msedge' }, 'linux')[0]).toBe('/opt/edge/msedge');
    expect(findChromium(['/a', '/b', '/c'], (p) => p !== '/a')).toBe('/b');
    expect(findChromium(['/a'], () => false)).toBeNull();
  });

  it('runs headless on a temp profile, prints without its own header and footer, and drops its sandbox only as root on Linux', () => {
    const args = chromiumArgs('/tmp/x/minutes.html', '/tmp/x/minutes.pdf', '/tmp/x/profile', false);
    expect(args).toEqual(expect.arrayContaining(['--headless', '--user-data-dir=/tmp/x/profile', '--no-pdf-header-footer', '--print-to-pdf=/tmp/x/minutes.pdf']));
    expect(args.at(-1)).toBe('file:///tmp/x/minutes.html');
    expect(args).not.toContain('--no-sandbox');
    expect(chromiumArgs('/p.html', '/o.pdf', '/prof', true)).toContain('--no-sandbox');
    expect(needsNoSandbox('linux', 0)).toBe(true);
    expect(needsNoSandbox('linux', 1000)).toBe(false);
    expect(needsNoSandbox('win32', undefined)).toBe(false);
  });
});
