// Builds the headless CLI into one Node ESM file (out/cli/drillroom.mjs): starts in ~0.1 s instead of tsx's ~1 s.
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    ssr: 'electron/cli/main.ts',
    outDir: 'out/cli',
    target: 'node20',
    emptyOutDir: true,
    minify: false,
    rolldownOptions: { output: { entryFileNames: 'drillroom.mjs', format: 'es' } },
  },
});
