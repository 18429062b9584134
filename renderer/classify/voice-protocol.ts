// Typed messages between the library worker and its pool of voice-analysis workers (voice.worker.ts).

export type VoiceWorkerRequest = { type: 'analyse'; clipIds: string[] };

export type VoiceWorkerEvent = ({ type: 'analysed' } & VoiceBatchResult) | { type: 'error'; message: string };

export interface VoiceBatchResult {
  analysed: number;
  failed: number;
  /** Seconds of audio analysed, and milliseconds the worker spent on the batch (for real-time factors). */
  audioSeconds: number;
  busyMs: number;
}
