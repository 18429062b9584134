// Typed messages between the app and library.worker.ts (reclassification + groups, voices, foreign).

import type { NightHours } from '../../shared/night';

export type LibraryJobRequest = { type: 'run'; timeZone: string; nightHours: NightHours };

export type LibraryJobEvent =
  | { type: 'progress'; phase: 'reading' | 'classifying' | 'voices' | 'saving'; done: number; total: number }
  | {
      type: 'done';
      captures: number;
      groups: number;
      voices: number;
      foreign: number;
      elapsedMs: number;
      /** The deferred pitch/embedding work of this run, by the pool of voice workers. */
      voiceAnalysis: { clips: number; audioSeconds: number; busyMs: number; wallMs: number; workers: number };
    }
  | { type: 'error'; message: string };
