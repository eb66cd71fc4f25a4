// Test runner: unit (shared), integration (real SQLite), shell (fake electron), e2e (real Chromium).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // expect.poll waits on a condition: on a loaded two-core machine a push or a render can take seconds, not 1 s.
    expect: { poll: { timeout: 15_000, interval: 50 } },
    reporters: ['default', './tests/summaryReporter.ts'],
  },
});
