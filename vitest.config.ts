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
          // Pure functions without module state or mocks: one worker per core runs every file, instead of a
          // fresh process per file (82 files: ≈ 25 s instead of ≈ 75–180 s on 2 cores).
          isolate: false,
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
          globalSetup: ['tests/setup/globalSetup.ts', 'tests/setup/browserSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
