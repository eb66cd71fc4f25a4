// The BUILT preload (out/preload/preload.cjs) under the sandbox's rules: it requires only what the sandbox allows and exposes the whole contract.
import { describe, it, expect, beforeAll } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CALL_NAMES, PUSH_NAMES, channelOf } from '../../../shared/ipc/contract';
import type { PreloadBridge } from '../../../renderer/api/transport';
import { REPO } from '../fakeElectron';
import { runSandboxedPreload, SANDBOX_MODULES, type SandboxRun } from './sandboxPreload';

const PRELOAD = join(REPO, 'out/preload/preload.cjs');

type Fn = (...args: unknown[]) => unknown;
const invokes: { channel: string; input: unknown }[] = [];
const listeners = new Map<string, Fn[]>();
const fakeElectron = {
  ipcRenderer: {
    invoke: async (channel: string, input: unknown) => {
      invokes.push({ channel, input });
      return { ok: true, value: { echoed: channel } };
    },
    on: (channel: string, fn: Fn) => listeners.set(channel, [...(listeners.get(channel) ?? []), fn]),
    removeListener: (channel: string, fn: Fn) => listeners.set(channel, (listeners.get(channel) ?? []).filter((f) => f !== fn)),
  },
};

let run: SandboxRun;
let bridge: PreloadBridge;

beforeAll(() => {
  if (!existsSync(PRELOAD)) throw new Error(`${PRELOAD} is missing: build first (npm run build; npm test does)`);
  run = runSandboxedPreload(PRELOAD, fakeElectron);
  bridge = run.exposed.get('drillroom') as PreloadBridge;
});

describe('the built preload in Electron’s sandbox', () => {
  it('loads without error, requiring only modules the sandbox provides', () => {
    expect(run.error?.message ?? null).toBeNull();
    for (const id of run.required) expect(SANDBOX_MODULES as readonly string[], `require("${id}")`).toContain(id);
  });

  it('exposes window.drillroom, with call and on, across the context bridge', () => {
    expect([...run.exposed.keys()]).toEqual(['drillroom']);
    expect(Object.keys(bridge).sort()).toEqual(['call', 'on']);
  });

  it('forwards every call of the contract to its channel and returns main’s reply', async () => {
    for (const name of CALL_NAMES) {
      expect(await bridge.call(name, { probe: name }), name).toEqual({ ok: true, value: { echoed: channelOf(name) } });
    }
    expect(invokes.map((i) => i.channel)).toEqual(CALL_NAMES.map((n) => channelOf(n)));
  });

  it('refuses a name outside the contract without reaching main', async () => {
    const before = invokes.length;
    for (const name of ['fs.readFile', 'constructor', '__proto__', 'toString', 'drillroom:app.info']) {
      expect(await bridge.call(name, {}), name).toMatchObject({ ok: false, error: { code: 'unknown_call' } });
    }
    expect(invokes.length).toBe(before);
  });

  it('delivers every contract push and stops after unsubscribe', () => {
    for (const name of PUSH_NAMES) {
      const seen: unknown[] = [];
      const off = bridge.on(name, (p) => seen.push(p));
      const channel = channelOf(name);
      listeners.get(channel)!.forEach((fn) => fn({ sender: 'hidden' }, { drillId: 'd1' }));
      expect(seen, name).toEqual([{ drillId: 'd1' }]);
      off();
      expect(listeners.get(channel), name).toHaveLength(0);
    }
  });
});
