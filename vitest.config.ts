import { defineConfig } from 'vitest/config';

// Unit tests only; end-to-end tests run through test/e2e/run.ts (Playwright against the built renderer).
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
  },
});
