import { defineConfig } from 'vitest/config';

// One config, several projects: `pnpm test` (scripts/test.mjs) picks which run when.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['geo/src/**/*.test.ts', 'data/src/**/*.test.ts', 'server/src/**/*.test.ts', 'web/src/**/*.test.ts'] } },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
