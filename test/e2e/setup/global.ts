// Global set-up of the end-to-end tier: what its specs share, made once per run.
//  - `rendererUrl`: one static server for dist/renderer, so every spec's pages share one origin (an on-disk
//    profile made here is only valid for the origin it was made on);
//  - `households`: the generated households more than one spec imports (test/fixtures/cached.ts, shared
//    with the integration tier and with earlier runs);
//  - `demoProfile`: a Chromium profile with the demo household imported through the empty library's button and
//    its analysis finished. Specs that explore, encrypt or delete an existing library start from a copy of it
//    (harness.ts, `openDemo`); the specs about importing keep importing for themselves.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveRenderer } from '../../../scripts/static-server';
import { cachedHousehold } from '../../fixtures/cached';
import type { GeneratedHousehold } from '../../fixtures/generate';
import { seedDemoProfile } from './demo-profile';
import { E2E_HOUSEHOLDS, type HouseholdName } from './households';

declare module 'vitest' {
  export interface ProvidedContext {
    rendererUrl: string;
    households: Record<HouseholdName, GeneratedHousehold>;
    demoProfile: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync('dist/renderer/index.html'))
    throw new Error('dist/renderer is missing: run `npm run build:renderer` first');
  const server = await serveRenderer({ port: 0 });
  const demoProfile = mkdtempSync(path.join(tmpdir(), 'earshot-e2e-demo-'));
  const names = Object.keys(E2E_HOUSEHOLDS) as HouseholdName[];
  // Generation runs in Node and the demo import in Chromium: together they keep both cores busy.
  const [households] = await Promise.all([
    (async () => {
      const out = {} as Record<HouseholdName, GeneratedHousehold>;
      for (const name of names) out[name] = await cachedHousehold(E2E_HOUSEHOLDS[name]);
      return out;
    })(),
    seedDemoProfile(demoProfile, server.url),
  ]);
  project.provide('rendererUrl', server.url);
  project.provide('households', households);
  project.provide('demoProfile', demoProfile);
  return async () => {
    await server.close();
    rmSync(demoProfile, { recursive: true, force: true, maxRetries: 5 });
  };
}
