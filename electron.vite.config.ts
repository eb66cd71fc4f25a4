// Builds the bundles: main and its core worker (ESM), preload (CommonJS, sandbox-safe) and renderer (React).
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Two entries: the shell (main.js) and the core worker it starts (core.js: the journal and the heavy builders off the main loop).
      lib: { entry: { main: resolve('electron/shell/main.ts'), core: resolve('electron/core/worker.ts') }, formats: ['es'] },
      rolldownOptions: { output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      lib: { entry: resolve('electron/shell/preload.ts'), formats: ['cjs'] },
      rolldownOptions: { output: { entryFileNames: 'preload.cjs' } },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      minify: true,
      rolldownOptions: { input: resolve('renderer/index.html') },
    },
  },
});
