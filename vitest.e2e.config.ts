import { defineConfig } from 'vitest/config';

// End-to-end tests: Playwright (playwright-core) in Debian's Chromium against dist/renderer.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.spec.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
