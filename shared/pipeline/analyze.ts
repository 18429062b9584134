// Headless analysis for the CLI: the app's import pipeline with an in-memory sink (audio bytes are
// dropped as soon as they are analysed), then the library-wide pass (groups, voices, foreign). The
// result is what the app would show after importing the same files.

import type { UserFile } from '../archive';
import type { CommandGroup } from '../classify';
import type { Capture } from '../model';
import type { VoiceCluster } from '../voices/cluster';
import { ingest, type IngestOptions, type IngestOutcome } from './ingest';
import { enrichLibrary, type LibraryFacts } from './library';
import type { ForeignReason } from '../foreign/types';

export type AnalysisOutcome =
  | Extract<IngestOutcome, { kind: 'needs-mapping' }>
  | (Extract<IngestOutcome, { kind: 'done' }> & {
      captures: Capture[];
      groups: CommandGroup[];
      voices: VoiceCluster[];
      foreign: Map<string, { score: number; reasons: ForeignReason[] }>;
    });

export async function analyzeFiles(
  files: UserFile[],
  options: Omit<IngestOptions, 'importId'> & { importId?: string },
): Promise<AnalysisOutcome> {
  const stored = new Map<string, Capture>();
  const facts = new Map<string, LibraryFacts>();
  const outcome = await ingest(
    files,
    {
      stage: async (items) => {
        for (const item of items) {
          stored.set(item.capture.id, item.capture);
          if (item.analysis)
            facts.set(item.capture.id, { embedding: item.analysis.embedding, pitchHz: item.analysis.features.pitchHz });
        }
        return items.length;
      },
    },
    { importId: 'cli', ...options },
  );
  if (outcome.kind === 'needs-mapping') return outcome;
  const staged = outcome.merged.captures.map((c) => stored.get(c.id) ?? c);
  const library = enrichLibrary(staged, {
    devices: outcome.devices,
    rooms: outcome.rooms,
    accountId: outcome.merged.accountId,
    audio: facts,
  });
  return {
    ...outcome,
    captures: library.captures,
    groups: library.groups,
    voices: library.voices,
    foreign: library.foreign,
  };
}
