import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Web modules join as plain .ts tests in node (codecs, formatters); components (.tsx) are
    // exercised by the browser tests in test/e2e.
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['node_modules', 'dist'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: true,
    maxWorkers: 2,
    // Every answer is checked against its declared schema as well as written through it.
    env: { AIMS_CHECK_RESPONSES: '1' },
  },
});
