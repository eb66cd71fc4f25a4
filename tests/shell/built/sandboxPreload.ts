// Runs a built preload bundle as Electron's sandbox would: a CommonJS wrapper whose require reaches only the sandbox's modules, and a contextBridge that copies.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

/** What a sandboxed preload's require may load (Electron 39, "Process Sandboxing": electron, events, timers, url). */
export const SANDBOX_MODULES = ['electron', 'events', 'timers', 'url'] as const;

type Fn = (...args: unknown[]) => unknown;

/**
 * contextBridge copies every value across worlds: plain data is cloned, functions become proxies whose arguments and
 * results are copied again, prototypes and anything else are lost or refused. Copying here means a preload that hands
 * over a class instance, a Map or a non-cloneable value fails the same way it would in Electron.
 */
export function copyAcrossWorlds(value: unknown, path = 'value'): unknown {
  if (typeof value === 'function') {
    const fn = value as Fn;
    return (...args: unknown[]) => {
      const result = fn(...args.map((a, i) => copyAcrossWorlds(a, `${path}(arg ${i})`)));
      if (isThenable(result)) return Promise.resolve(result).then((r) => copyAcrossWorlds(r, `${path} result`));
      return copyAcrossWorlds(result, `${path} result`);
    };
  }
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'symbol') throw new Error(`contextBridge cannot copy a symbol at ${path}`);
    return value;
  }
  if (isThenable(value)) return Promise.resolve(value).then((r) => copyAcrossWorlds(r, path));
  if (Array.isArray(value)) return value.map((v, i) => copyAcrossWorlds(v, `${path}[${i}]`));
  if (!isPlainObject(value)) return structuredClone(value); // Date, RegExp, typed arrays… or a DataCloneError
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = copyAcrossWorlds(v, `${path}.${k}`);
  return out;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return !!value && typeof (value as { then?: unknown }).then === 'function';
}

/** A plain object of any realm (the preload's objects come from the vm context's Object.prototype, not ours). */
function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

export interface SandboxRun {
  exposed: Map<string, unknown>;
  required: string[];
  error: Error | null;
}

/** Evaluates the preload file with `electron` standing for the given fake; records every require and what it exposed. */
export function runSandboxedPreload(file: string, electron: Record<string, unknown>): SandboxRun {
  const run: SandboxRun = { exposed: new Map(), required: [], error: null };
  const bridged = {
    ...electron,
    contextBridge: {
      exposeInMainWorld(key: string, api: unknown) {
        run.exposed.set(key, copyAcrossWorlds(api, key));
      },
    },
  };
  const sandboxRequire = (id: string) => {
    run.required.push(id);
    if (id === 'electron') return bridged;
    if ((SANDBOX_MODULES as readonly string[]).includes(id)) return {};
    throw new Error(`module not found: ${id} (a sandboxed preload can only require ${SANDBOX_MODULES.join(', ')})`);
  };
  const source = readFileSync(file, 'utf8');
  const context = vm.createContext({ console, setTimeout, clearTimeout, Promise });
  const wrapper = vm.runInContext(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, context, { filename: file });
  const module = { exports: {} };
  try {
    wrapper(module.exports, sandboxRequire, module, file, '.');
  } catch (err) {
    run.error = err as Error;
  }
  return run;
}
