// The generated households that more than one end-to-end spec imports, made once per run (global.ts).
import type { CachedOptions } from '../../fixtures/cached';

export const E2E_HOUSEHOLDS = {
  /** Big enough that an import is still running when it is cancelled or crashed (import, crash). */
  bigEn: { household: 'en', captures: 1600, seed: 11 },
  /** A German household without strangers (import, people). */
  de: { household: 'de', captures: 40, seed: 7 },
  /** The same household with a stranger's batch (people, reports; the integration tier's shared one). */
  deStranger: { household: 'de', stranger: true, captures: 40, seed: 7 },
} as const satisfies Record<string, CachedOptions>;

export type HouseholdName = keyof typeof E2E_HOUSEHOLDS;
