// Typed messages between the app and library.worker.ts (reclassification + groups, voices, foreign).

import type { NightHours } from '../../shared/night';

export type LibraryJobRequest = { type: 'run'; timeZone: string; nightHours: NightHours };

export type LibraryJobEvent =
  | { type: 'progress'; phase: 'reading' | 'classifying' | 'voices' | 'saving'; done: number; total: number }
  | { type: 'done'; captures: number; groups: number; voices: number; foreign: number; elapsedMs: number }
  | { type: 'error'; message: string };
