// The shell's plain rules: what counts as the app's own page, which file a URL serves, where the projector goes.
import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { appFileOf, isAllowedRequest, isAppUrl, pickProjectorDisplay, projectorUrl } from '../../electron/app/navigation';

describe('the app origin', () => {
  it('is drillroom://app and nothing that merely looks like it', () => {
    expect(isAppUrl('drillroom://app/index.html#/console')).toBe(true);
    expect(isAppUrl('drillroom://app/')).toBe(true);
    for (const url of [
      'http://evil.example/',
      'https://app/index.html',
      'file:///work/out/renderer/index.html',
      'drillroom://evil/index.html',
      'drillroom://app.evil.example/index.html',
      'drillroom://user:pw@app/index.html',
      'drillroom://app:8080/index.html',
      'javascript:alert(1)',
      'not a url',
      '',
    ])
      expect(isAppUrl(url), url).toBe(false);
  });

  it('lets through no request to the network or the file system', () => {
    expect(isAllowedRequest('drillroom://app/assets/app.js')).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AA==')).toBe(true);
    for (const url of ['http://127.0.0.1/', 'https://example.com/', 'ws://x/', 'wss://x/', 'file:///etc/hosts', 'ftp://x/', 'chrome://gpu'])
      expect(isAllowedRequest(url), url).toBe(false);
  });

  it('the projector route carries the drill id, encoded', () => {
    expect(projectorUrl('d-1')).toBe('drillroom://app/index.html#/projector?drill=d-1');
    expect(projectorUrl('a&b=c')).toBe('drillroom://app/index.html#/projector?drill=a%26b%3Dc');
  });
});

describe('serving files', () => {
  const root = '/srv/renderer';
  it('maps app paths into the renderer folder', () => {
    expect(appFileOf('drillroom://app/', root)).toBe(join(root, 'index.html'));
    expect(appFileOf('drillroom://app/assets/a.js?v=1#x', root)).toBe(join(root, 'assets/a.js'));
  });

  it('never names a file outside the renderer folder', () => {
    expect(appFileOf('drillroom://app/%2e%2e/%2e%2e/etc/passwd', root)).toBe(join(root, 'etc/passwd'));
    for (const url of ['drillroom://app/..%2F..%2Fetc%2Fpasswd', 'drillroom://app/a%00.js', 'drillroom://app/%E0%A4%A', 'https://app/index.html'])
      expect(appFileOf(url, root), url).toBeNull();
  });
});

describe('the projector display', () => {
  const left = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } };
  const right = { id: 2, bounds: { x: 1920, y: 0, width: 1280, height: 720 } };

  it('with one display there is none: the projector opens in a window', () => {
    expect(pickProjectorDisplay([left], { x: 10, y: 10, width: 800, height: 600 })).toBeNull();
  });

  it('is the display that does not hold the console', () => {
    expect(pickProjectorDisplay([left, right], { x: 10, y: 10, width: 800, height: 600 })).toBe(right);
    expect(pickProjectorDisplay([left, right], { x: 2000, y: 50, width: 800, height: 600 })).toBe(left);
  });

  it('a console straddling two displays belongs to the one that holds its centre', () => {
    expect(pickProjectorDisplay([left, right], { x: 1800, y: 0, width: 400, height: 400 })).toBe(left);
  });
});
