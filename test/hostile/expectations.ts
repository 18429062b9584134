// What a user sees for each hostile case when it is imported on its own, through the CLI or the Import
// screen. Most cases fail with their ImportError code (when nothing in a file is recognised, the pipeline
// still reads it, so a nested or damaged entry gives its own error). Valid data that is no export tells the
// user no known export was found, and the library stays unchanged. Tolerable cases import.

import type { HostileCase } from './generate';

export type Outcome =
  | { kind: 'error'; code: string }
  | { kind: 'nothing-found' }
  | { kind: 'imports'; transcript?: string; durationMs?: number; warning?: RegExp }
  | { kind: 'skipped-with-warning'; warning: RegExp };

/** Cases whose outcome alone differs from their code in the manifest (see the header comment). */
const ALONE: Record<string, Outcome> = {
  'json-big-string.json': { kind: 'nothing-found' },
  'html-not-activity.html': { kind: 'nothing-found' },
  'garbage.mp3': { kind: 'skipped-with-warning', warning: /not a playable audio file/ },
  'csv-latin1.csv': { kind: 'imports', transcript: 'alexa licht küche an' },
  'csv-utf16.csv': { kind: 'imports', transcript: 'alexa licht küche an' },
  'html-scripts.html': { kind: 'imports', transcript: 'hallo' },
  'wav-lying-length.wav': { kind: 'imports', durationMs: 1000, warning: /shorter than its WAV header/ },
  'html-adversarial.html': { kind: 'nothing-found' },
  'mp3-lying-length.mp3': { kind: 'imports', warning: /captures over 10 min are refused/ },
  'zip-duplicate-names.zip': { kind: 'imports', transcript: 'alexa wie spät ist es', warning: /appears 2 times/ },
  'voice-history-impossible-times.json': {
    kind: 'imports',
    transcript: 'alexa licht an',
    warning: /3 records have an impossible time/,
  },
  'csv-bidi.csv': { kind: 'imports', transcript: 'alexa txt.exe an' },
  'zip64.zip': { kind: 'imports', transcript: 'alexa wie spät ist es' },
  'cp437-name.zip': { kind: 'imports', transcript: 'alexa wie spät ist es' },
  'nfd-name.zip': { kind: 'imports', transcript: 'alexa wie spät ist es' },
};

export function outcomeAlone(c: HostileCase): Outcome {
  return ALONE[c.file] ?? { kind: 'error', code: c.expect };
}

/** The 100,000-entry archive is accepted under the default limits (it is refused only with a lowered limit). */
export const SLOW_CASES = new Set(['many-entries.zip']);
