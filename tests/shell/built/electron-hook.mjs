// Node ESM loader hook: 'electron' (and 'electron/main') resolve to the fake module, so the BUILT main bundle boots on plain Node.
/* global URL */
const FAKE = new URL('./fakeElectronModule.ts', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron' || specifier === 'electron/main') return nextResolve(FAKE, context);
  return nextResolve(specifier, context);
}
