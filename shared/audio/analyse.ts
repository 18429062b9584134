// One pass over a decoded capture that yields everything stored next to it: waveform peaks, loudness and
// playback gain, speech share, pitch and the speaker embedding. Runs in the import worker and in the CLI.

import { speakerEmbedding } from './embedding';
import { computePeaks } from './peaks';
import { trackPitch } from './pitch';
import { ANALYSIS_RATE, resample } from './resample';
import type { AudioAnalysis, AudioFeatures, DecodedAudio } from './types';
import { frameStats, percentile, SILENCE_DB } from './vad';

export const TARGET_LOUDNESS_DB = -20;
export const MAX_GAIN_DB = 20;
const MAX_PITCH_FRAMES = 80;

export function analyseAudio(decoded: DecodedAudio, options: { peaks?: number } = {}): AudioAnalysis {
  const peaks = computePeaks(decoded.samples, options.peaks);
  const { durationMs, features, embedding } = analyseVoice(decoded);
  return { peaks, durationMs, features, embedding };
}

/** analyseAudio without the waveform peaks, for callers that store no waveform (the CLI). */
export function analyseVoice(decoded: DecodedAudio): Omit<AudioAnalysis, 'peaks'> {
  const x = resample(decoded.samples, decoded.sampleRate, ANALYSIS_RATE);
  const stats = frameStats(x);
  const speechFrames: number[] = [];
  for (let f = 0; f < stats.speech.length; f++) if (stats.speech[f]) speechFrames.push(f);

  // Pitch on at most MAX_PITCH_FRAMES evenly spaced speech frames: the median needs no more.
  const step = Math.max(1, speechFrames.length / MAX_PITCH_FRAMES);
  const pitchFrames: number[] = [];
  for (let i = 0; i < speechFrames.length; i += step) pitchFrames.push(speechFrames[Math.floor(i)]!);
  const pitchesOfSpeech = trackPitch(
    x,
    pitchFrames.map((f) => stats.starts[f]!),
  );
  const framePitches = new Float32Array(stats.speech.length).fill(NaN);
  pitchFrames.forEach((f, i) => (framePitches[f] = pitchesOfSpeech[i]!));
  const voicedPitches = [...pitchesOfSpeech].filter(Number.isFinite);

  const features: AudioFeatures = {
    loudnessDb: loudness(stats.db, speechFrames),
    peakDb: peakDb(decoded.samples),
    speechShare: stats.speech.length > 0 ? speechFrames.length / stats.speech.length : 0,
    pitchHz: voicedPitches.length >= 3 ? round1(percentile(voicedPitches, 0.5)) : null,
    gainDb: 0,
  };
  features.gainDb = playbackGain(features);
  return {
    durationMs: decoded.durationMs,
    features,
    embedding: speakerEmbedding(x, stats, framePitches),
  };
}

/** Energy average (not dB average) of the speech frames; of all frames when there is no speech. */
export function loudness(db: Float32Array, speechFrames: number[]): number {
  const frames = speechFrames.length > 0 ? speechFrames : [...db.keys()];
  if (frames.length === 0) return SILENCE_DB;
  let energy = 0;
  for (const f of frames) energy += 10 ** (db[f]! / 10);
  const mean = energy / frames.length;
  return mean > 1e-10 ? round1(10 * Math.log10(mean)) : SILENCE_DB;
}

export function peakDb(samples: Float32Array): number {
  let peak = 0;
  for (let i = 0; i < samples.length; i++) {
    const v = Math.abs(samples[i]!);
    if (v > peak) peak = v;
  }
  return peak > 1e-5 ? round1(20 * Math.log10(peak)) : SILENCE_DB;
}

/** No speech → no gain (boosting silence only raises hiss); never boost the peak above -1 dBFS. */
export function playbackGain(f: AudioFeatures): number {
  if (f.speechShare === 0) return 0;
  const wanted = TARGET_LOUDNESS_DB - f.loudnessDb;
  const headroom = -1 - f.peakDb;
  const gain = Math.max(-MAX_GAIN_DB, Math.min(MAX_GAIN_DB, wanted, Math.max(0, headroom)));
  return round1(gain);
}

export function round1(v: number): number {
  return Math.round(v * 10) / 10;
}
