// Typed messages between the import worker and its pool of analysis workers (analysis.worker.ts).

import type { AudioAnalysis } from '../../shared/audio/types';

/** `seal`: the recording's MIME type, when the worker is to seal it for storing too (encryption at rest). */
export type AnalysisRequest = { id: number; bytes: Uint8Array; seal?: string };

/** `sealed`: the recording sealed with the library key (crypto/blobs.ts), when the request asked for it. */
export type AnalysisEvent = (
  { id: number; ok: true; analysis: AudioAnalysis; busyMs: number } | { id: number; ok: false; message: string }
) & { sealed?: Blob };
