// The cheap half of analyseAudio for the import: waveform peaks, loudness, peak level, speech share and
// playback gain — everything but pitch and the speaker embedding, which cost ~5× more and are only
// needed by the voices pass, so the library worker computes them after the import has committed.
// Composed from the same functions as analyse.ts, so the features it returns are identical.

import { loudness, peakDb, playbackGain } from './analyse';
import { computePeaks } from './peaks';
import { ANALYSIS_RATE, resample } from './resample';
import type { AudioAnalysis, AudioFeatures, DecodedAudio } from './types';
import { frameStats } from './vad';

/** Like analyseAudio, but `pitchHz` is null and `embedding` empty: both still have to be computed. */
export function analyseQuick(decoded: DecodedAudio, options: { peaks?: number } = {}): AudioAnalysis {
  const peaks = computePeaks(decoded.samples, options.peaks);
  const stats = frameStats(resample(decoded.samples, decoded.sampleRate, ANALYSIS_RATE));
  const speechFrames: number[] = [];
  for (let f = 0; f < stats.speech.length; f++) if (stats.speech[f]) speechFrames.push(f);
  const features: AudioFeatures = {
    loudnessDb: loudness(stats.db, speechFrames),
    peakDb: peakDb(decoded.samples),
    speechShare: stats.speech.length > 0 ? speechFrames.length / stats.speech.length : 0,
    pitchHz: null,
    gainDb: 0,
  };
  features.gainDb = playbackGain(features);
  return { peaks, durationMs: decoded.durationMs, features, embedding: new Float32Array(0) };
}
