import { defineConfig } from 'vitest/config';

// `npm run test:unit` runs two tiers: first the pure-logic tests, in parallel ('unit'; also `npm run
// test:quick`), then the integration tests that spawn processes, synthesise speech or generate exports
// ('integration'), which share one set-up made once per run (test/setup/integration.ts: the CLI bundled
// once, one generated household, one hostile corpus). End-to-end tests have their own config,
// vitest.e2e.config.ts (Playwright against the built renderer).
const INTEGRATION = [
  'test/unit/answers/cli-night.test.ts',
  'test/unit/archive/hostile.test.ts',
  'test/unit/classify/groups.test.ts',
  'test/unit/classify/sentence-encoder.test.ts',
  'test/unit/electron/electronegativity.test.ts',
  'test/unit/foreign/app-pipeline.test.ts',
  'test/unit/foreign/score.test.ts',
  'test/unit/gdpr/cli-request.test.ts',
  'test/unit/hostile/cli-hostile.test.ts',
  'test/unit/importers/cli-analyze.test.ts',
  'test/unit/importers/cli-audio-pool.test.ts',
  'test/unit/importers/cli-both-amazon.test.ts',
  'test/unit/importers/household.test.ts',
  'test/unit/importers/reimport.test.ts',
  'test/unit/report/generated.test.ts',
  'test/unit/voices/cluster.test.ts',
];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
          exclude: INTEGRATION,
          sequence: { groupOrder: 0 },
          // Two files at a time: Vitest's default is a core less than the machine has, one on a 2-core machine.
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: INTEGRATION,
          globalSetup: ['test/setup/integration.ts'],
          hookTimeout: 300_000,
          // A bound for hangs, not a speed check: synthesising a household's speech and scoring it takes
          // seconds when idle and over 30 s on a 2-core machine running other heavy jobs (CI beside a bench).
          testTimeout: 300_000,
          // Two files at a time too: most of a file's time is a spawned CLI, and each file writes to a
          // temporary folder of its own or only reads the shared set-up.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
