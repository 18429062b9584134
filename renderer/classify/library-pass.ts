// The library pass's computation, without the database: categories (with the household's corrections), flags,
// command groups, voices and foreign scores over every capture. The library worker runs it over the committed
// library; the import worker runs it over the library as its commit will leave it, so the commit writes each
// capture once with its derived fields (docs/architecture.md, "Staging and commit").

import { adaptClassifier, defaultClassifier, type Classifier } from '../../shared/classify';
import { enrichCaptures } from '../../shared/pipeline/enrich';
import { enrichLibrary, type LibraryResult } from '../../shared/pipeline/library';
import type { NightHours } from '../../shared/night';
import type { LibraryInputs } from '../db/repos/derived';

export interface LibraryPass {
  result: LibraryResult;
  /** Names the household pinned to voices (voice seeds that are not hidden tokens). */
  householdNames: Set<string>;
}

/** The transcripts a pass classifies, for `encoderAssisted` (sentence-encoder-web.ts) to embed first. */
export const passTranscripts = (input: Pick<LibraryInputs, 'captures'>): (string | undefined)[] =>
  input.captures.map((c) => (c.transcriptStatus === 'ok' ? c.transcript : undefined));

export function computeLibraryPass(
  input: Omit<LibraryInputs, 'version' | 'voicePending'>,
  timeZone: string,
  nightHours: NightHours,
  onPhase: (phase: 'classifying' | 'voices') => void = () => undefined,
  /** The classifier before the household's corrections: the shipped one, or it with the sentence encoder. */
  base: Classifier = defaultClassifier(),
): LibraryPass {
  const corrections = input.captures
    .filter((c) => c.categoryCorrected && c.transcript)
    .map((c) => ({ text: c.transcript!, category: c.category }));
  const classifier = corrections.length ? adaptClassifier(base, corrections) : base;
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
