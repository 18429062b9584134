// The library pass's computation, without the database: categories (with the household's corrections), flags,
// command groups, voices and foreign scores over every capture. The library worker runs it over the committed
// library; the import worker runs it over the library as its commit will leave it, so the commit writes each
// capture once with its derived fields (docs/architecture.md, "Staging and commit").

import { adaptClassifier, defaultClassifier } from '../../shared/classify';
import { enrichCaptures } from '../../shared/pipeline/enrich';
import { enrichLibrary, type LibraryResult } from '../../shared/pipeline/library';
import type { NightHours } from '../../shared/night';
import type { LibraryInputs } from '../db/repos/derived';

export interface LibraryPass {
  result: LibraryResult;
  /** Names the household pinned to voices (voice seeds that are not hidden tokens). */
  householdNames: Set<string>;
}

export function computeLibraryPass(
  input: Omit<LibraryInputs, 'version' | 'voicePending'>,
  timeZone: string,
  nightHours: NightHours,
  onPhase: (phase: 'classifying' | 'voices') => void = () => undefined,
): LibraryPass {
  const corrections = input.captures
    .filter((c) => c.categoryCorrected && c.transcript)
    .map((c) => ({ text: c.transcript!, category: c.category }));
  const classifier = corrections.length ? adaptClassifier(defaultClassifier(), corrections) : defaultClassifier();
  onPhase('classifying');
  const classified = enrichCaptures(input.captures, {
    timeZone,
    nightHours,
    devices: input.devices,
    rooms: input.rooms,
    audio: input.audio,
    classifier,
  });
  onPhase('voices');
  const result = enrichLibrary(classified, {
    devices: input.devices,
    rooms: input.rooms,
    accountId: input.accountId,
    audio: input.audio,
    voiceNames: input.voiceNames,
    voiceSeeds: input.voiceSeeds,
    confirmedOwn: input.confirmedOwn,
  });
  const householdNames = new Set([...input.voiceSeeds.values()].filter((seed) => !seed.startsWith('\u0000')));
  return { result, householdNames };
}
