// The preload, run against a fake contextBridge/ipcRenderer: the page gets window.drillroom with call and on, and nothing else.
import { describe, it, expect, vi, beforeAll } from 'vitest';
import { CALL_NAMES, PUSH_NAMES, channelOf } from '../../shared/ipc/contract';
import type { PreloadBridge } from '../../renderer/api/transport';
import { resetFake, type FakeState } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule);

let f: FakeState;
let bridge: PreloadBridge;

beforeAll(async () => {
  f = resetFake();
  await import('../../electron/shell/preload');
  bridge = f.exposed.get('drillroom') as PreloadBridge;
});

describe('the preload bridge', () => {
  it('exposes exactly one object, window.drillroom, with exactly call and on', () => {
    expect([...f.exposed.keys()]).toEqual(['drillroom']);
    expect(Object.keys(bridge).sort()).toEqual(['call', 'on']);
  });

  it('forwards every contract call to its own channel', async () => {
    for (const name of CALL_NAMES) {
      expect(await bridge.call(name, { probe: name })).toEqual({ ok: true, value: 'from-main' });
    }
    expect(f.invokes.map((i) => i.channel)).toEqual(CALL_NAMES.map((n) => channelOf(n)));
  });

  it('refuses a call outside the contract without reaching the main process', async () => {
    const before = f.invokes.length;
    for (const name of ['fs.readFile', 'constructor', '__proto__', 'drillroom:app.info', 'x'.repeat(500)]) {
      const reply = await bridge.call(name, {});
      expect(reply, name).toMatchObject({ ok: false, error: { code: 'unknown_call' } });
    }
    expect(f.invokes.length).toBe(before);
  });

  it('subscribes to contract pushes only, and unsubscribes', () => {
    const seen: unknown[] = [];
    const off = bridge.on(PUSH_NAMES[0]!, (p) => seen.push(p));
    const listeners = f.rendererListeners.get(channelOf(PUSH_NAMES[0]!))!;
    expect(listeners).toHaveLength(1);
    listeners[0]!({ sender: 'hidden' }, { drillId: 'd1' });
    expect(seen).toEqual([{ drillId: 'd1' }]);
    off();
    expect(f.rendererListeners.get(channelOf(PUSH_NAMES[0]!))).toHaveLength(0);

    bridge.on('ipc-message-anything', () => {})();
    expect([...f.rendererListeners.keys()]).toEqual([channelOf(PUSH_NAMES[0]!)]);
  });
});
