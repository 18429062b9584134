// Stores what the ingest pipeline hands over through the staging protocol of db/repos/imports.ts.

import type { CaptureAudioFacts } from '../../shared/pipeline/enrich';
import type { IngestItem, IngestSink } from '../../shared/pipeline/ingest';
import { getDb } from '../db/db';
import { currentGeneration } from '../db/crypto/keyring';
import { libraryCapturesBetween, stageBatch, type StagedCapture } from '../db/repos/imports';

export function dexieSink(importId: string): IngestSink {
  return {
    stage(items: IngestItem[]) {
      const sealing = currentGeneration() !== null;
      const staged: StagedCapture[] = items.map(({ capture, audio, analysis, voicePending }) => ({
        capture,
        audio: audio
          ? {
              // A slice of the chosen file where there is one: IndexedDB copies it inside the browser, while a
              // Blob of the bytes read would send every recording back from this worker. Not when encryption
              // is on: sealing reads the Blob's bytes, and a slice would read them from the disk a second time.
              blob:
                (sealing ? undefined : audio.original) ??
                new Blob([audio.bytes as Uint8Array<ArrayBuffer>], { type: audio.mime }),
              mime: audio.mime,
              name: audio.name,
            }
          : undefined,
        peaks: analysis
          ? {
              peaks: analysis.peaks,
              durationMs: analysis.durationMs,
              loudnessDb: analysis.features.loudnessDb,
              peakDb: analysis.features.peakDb,
              speechShare: analysis.features.speechShare,
              pitchHz: analysis.features.pitchHz,
              gainDb: analysis.features.gainDb,
              embedding: analysis.embedding.length ? analysis.embedding : undefined,
              ...(voicePending ? { voicePending: true } : {}),
            }
          : undefined,
      }));
      return stageBatch(importId, staged);
    },
    existing: libraryCapturesBetween,
    rooms: () => getDb().rooms.toArray(),
    audioFacts: async (ids) => {
      const rows = await getDb().peaks.bulkGet(ids);
      const facts = new Map<string, CaptureAudioFacts>();
      for (const row of rows)
        if (row)
          facts.set(row.clipId, {
            durationMs: row.durationMs,
            speechShare: row.speechShare ?? undefined,
            loudnessDb: row.loudnessDb ?? undefined,
            pitchHz: row.pitchHz,
          });
      return facts;
    },
  };
}
