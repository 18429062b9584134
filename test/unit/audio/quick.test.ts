// The import's cheap analysis must give exactly the features of the full one (the flags and the player
// depend on them), and leave pitch and embedding for the library worker.

import { describe, expect, it } from 'vitest';
import { analyseAudio } from '../../../shared/audio/analyse';
import { decodeAudio } from '../../../shared/audio/decode';
import { analyseQuick } from '../../../shared/audio/quick';
import { hasSpeechTools, speak } from './espeak';

describe.skipIf(!hasSpeechTools())('analyseQuick', () => {
  it('matches analyseAudio on real speech, except pitch and embedding', async () => {
    for (const [text, voice] of [
      ['Alexa, wie wird das Wetter morgen?', { voice: 'de+m3', pitch: 40, speed: 160 }],
      ['Alexa, play some music in the kitchen', { voice: 'en+f2', pitch: 70, speed: 180 }],
    ] as const) {
      const decoded = await decodeAudio(speak(text, voice));
      const full = analyseAudio(decoded);
      const quick = analyseQuick(decoded);
      expect(quick.peaks).toEqual(full.peaks);
      expect(quick.durationMs).toBe(full.durationMs);
      expect(quick.features).toEqual({ ...full.features, pitchHz: null });
      expect(full.features.pitchHz).not.toBeNull();
      expect(full.embedding.length).toBeGreaterThan(0);
      expect(quick.embedding.length).toBe(0);
    }
  });
});
