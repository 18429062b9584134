// Stores what the ingest pipeline hands over through the staging protocol of db/repos/imports.ts.

import type { CaptureAudioFacts } from '../../shared/pipeline/enrich';
import type { IngestItem, IngestSink } from '../../shared/pipeline/ingest';
import { getDb } from '../db/db';
import { currentGeneration } from '../db/crypto/keyring';
import { sealedBlobOf } from '../db/crypto/blobs';
import { libraryCapturesBetween, stageBatch, type StagedCapture } from '../db/repos/imports';

export function dexieSink(importId: string): IngestSink {
  return {
    async stage(items: IngestItem[]) {
      const sealing = currentGeneration() !== null;
      const staged: StagedCapture[] = await Promise.all(
        items.map(async ({ capture, audio, analysis, voicePending }) => ({
          capture,
          audio: audio
            ? {
                // A slice of the chosen file where there is one: IndexedDB copies it inside the browser, while a
                // Blob of the bytes read would send every recording back from this worker. With encryption on,
                // the bytes already in memory are sealed straight into the Blob that is stored (stageBatch
                // leaves a Blob sealed with the current key as it is): neither a second read of the file nor
                // a plaintext Blob of them that sealing would read back.
                blob: sealing
                  ? await sealedBlobOf(audio.bytes, audio.mime)
                  : (audio.original?.() ?? new Blob([audio.bytes as Uint8Array<ArrayBuffer>], { type: audio.mime })),
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
        })),
      );
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
