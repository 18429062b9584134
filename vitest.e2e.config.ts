import { defineConfig } from 'vitest/config';

// End-to-end tests: Playwright (playwright-core) in Debian's Chromium against dist/renderer. The global set-up
// (test/e2e/setup/global.ts) makes once per run what specs share read-only: the renderer's server, the generated
// households more than one spec imports, and a profile with the demo household imported. Two spec files run at a
// time: each starts its own browser and its own contexts (or a profile in a fresh temporary folder) and writes
// what it generates to a folder of its own, so they share nothing they write. A spec spends much of its time
// waiting on the browser's workers, so two keep both cores busy.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.spec.ts'],
    globalSetup: ['test/e2e/setup/global.ts'],
    environment: 'node',
    // Upper bounds for a hang, never a measure of speed: a loaded machine may take several times as long, and
    // a test waits on the app's state, however long it takes (test/e2e/harness.ts, WAIT). expect.poll too,
    // whose own default (1 s) a busy machine overruns.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    expect: { poll: { timeout: 90_000 } },
    maxWorkers: 2,
    pool: 'forks',
  },
});
