// Typed messages between the import worker and its pool of analysis workers (analysis.worker.ts).

import type { AudioAnalysis } from '../../shared/audio/types';

export type AnalysisRequest = { id: number; bytes: Uint8Array };

export type AnalysisEvent =
  { id: number; ok: true; analysis: AudioAnalysis; busyMs: number } | { id: number; ok: false; message: string };
