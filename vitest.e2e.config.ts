import { defineConfig } from 'vitest/config';

// End-to-end tests: Playwright (playwright-core) in Debian's Chromium against dist/renderer. Two spec files run
// at a time: each starts its own server on port 0, its own browser and its own contexts (or a profile in a
// fresh temporary folder), and writes its generated exports to a folder of its own under test/fixtures/out/,
// so they share nothing. A spec spends much of its time waiting on the browser's workers, so two keep both
// cores busy.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.spec.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
    pool: 'forks',
  },
});
