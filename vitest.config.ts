import { defineConfig } from 'vitest/config';

// Two projects: `unit` (pure code, no services) and `e2e` (integration and browser tests sharing one real
// database and server, started once per run by the global setup). `pnpm test` (scripts/test.mjs) runs both,
// the integration part once per database engine.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'contract/src/**/*.test.ts',
            'geo/src/**/*.test.ts',
            'data/src/**/*.test.ts',
            'server/src/**/*.test.ts',
            'web/src/**/*.test.ts',
          ],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/integration/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/setup/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
