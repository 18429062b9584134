// Test helpers: generate a household once per test file and run the real input side (CLI path walking,
// zips, importers) on it, exactly as the CLI does.

import { resolve } from 'node:path';
import { expandInputs } from '../../../shared/archive/index';
import { detectAndParse } from '../../../shared/importers/index';
import type { DetectOutcome } from '../../../shared/importers/index';
import type { InputEntry } from '../../../shared/importers/types';
import { collectUserFiles } from '../../../electron/cli/node-input';
import { generateHousehold } from '../../fixtures/generate';
import type { GeneratedHousehold, HouseholdOptions } from '../../fixtures/generate';

export async function household(
  name: string,
  options: Omit<HouseholdOptions, 'out'> = {},
): Promise<GeneratedHousehold> {
  return generateHousehold({ out: resolve('test/fixtures/out', name), ...options });
}

export async function entriesOf(paths: string[]): Promise<InputEntry[]> {
  return expandInputs(await collectUserFiles(paths));
}

export async function importPaths(paths: string[], timeZone = 'Europe/Berlin'): Promise<DetectOutcome> {
  return detectAndParse(await entriesOf(paths), { timeZone });
}
