// Global set-up of the integration tier: the expensive things its test files share, made once per run.
//  - `cli`: the CLI bundled once with esbuild (a cold `tsx` start per spawned process cost seconds each);
//  - `household`: one generated German household with a stranger batch (real espeak-ng speech), from the
//    household cache (test/fixtures/cached.ts) the end-to-end tier reads too;
//  - `hostile`: the hostile corpus of malicious and broken archives.
// Test files read them with `inject('cli')` etc. The bundle lives in a temporary folder removed at the end.

import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { cachedHousehold } from '../fixtures/cached';
import type { GeneratedHousehold } from '../fixtures/generate';
import { generateHostile, type HostileCase } from '../hostile/generate';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Path of the bundled CLI: run it as `node <cli> analyze …`. */
    cli: string;
    household: GeneratedHousehold;
    hostile: { dir: string; cases: HostileCase[] };
  }
}

/** The options of the shared household; tests that need another one generate it themselves. */
export const SHARED_HOUSEHOLD = { household: 'de', stranger: true, captures: 40, seed: 7 } as const;

export async function bundleCli(outDir: string): Promise<string> {
  const outfile = join(outDir, 'earshot-cli.mjs');
  await build({
    // The audio threads' code beside the CLI, as scripts/build-cli.ts lays it out: without it the CLI says on
    // stderr that it analyses without threads, a line that races the one error line a hostile case must print.
    entryPoints: { 'earshot-cli': 'electron/cli/main.ts', 'voice-thread': 'electron/cli/voice-thread.ts' },
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    // TensorFlow.js stays a package, as in scripts/build-cli.ts (bundled, its WebAssembly loader looks for
    // __dirname); the bundle is written inside the project so that it finds node_modules.
    external: ['@tensorflow/*'],
    // CommonJS dependencies may require() Node built-ins, which an ES module bundle has to provide.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  return outfile;
}

export default async function setup(project: TestProject): Promise<() => void> {
  mkdirSync(join('node_modules', '.cache'), { recursive: true });
  const dir = mkdtempSync(join(process.cwd(), 'node_modules', '.cache', 'earshot-test-cli-'));
  const [cli, household, hostile] = await Promise.all([
    bundleCli(dir),
    cachedHousehold(SHARED_HOUSEHOLD),
    generateHostile('test/hostile/out/shared'),
  ]);
  project.provide('cli', cli);
  project.provide('household', household);
  project.provide('hostile', hostile);
  return () => rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
}
