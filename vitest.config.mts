import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    // One folder per run for renamed processes, checked for leftovers at the end; every test's
    // own renamed processes are ended after it (tests/support/).
    globalSetup: ['tests/support/vitest-global.ts'],
    setupFiles: ['tests/support/vitest-setup.ts'],
    reporters: ['default', './tests/support/vitest-summary-reporter.ts'],
    // Integration tests start real processes and servers; give them room on a 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
