// Peaks, loudness/gain and pitch on known synthetic signals; the VAD on silence, noise and real espeak-ng
// speech. Their cost is measured by `npm run bench`.

import { describe, expect, it } from 'vitest';
import { analyseAudio } from '../../../shared/audio/analyse';
import { decodeAudio } from '../../../shared/audio/decode';
import { computePeaks } from '../../../shared/audio/peaks';
import type { DecodedAudio } from '../../../shared/audio/types';
import { hasSpeechTools, speak } from './espeak';

function tone(hz: number, amplitude: number, seconds = 2.5, rate = 16000): DecodedAudio {
  const samples = Float32Array.from(
    { length: seconds * rate },
    (_, i) => amplitude * Math.sin((2 * Math.PI * hz * i) / rate),
  );
  return { sampleRate: rate, samples, durationMs: seconds * 1000 };
}

describe('peaks', () => {
  it('gives interleaved min,max per bucket scaled to ±127', () => {
    const a = analyseAudio(tone(1000, 0.5), { peaks: 1000 });
    expect(a.peaks).toBeInstanceOf(Int8Array);
    expect(a.peaks.length).toBe(2000);
    for (let b = 0; b < 1000; b++) {
      // 40 samples per bucket hold 2.5 cycles of 1 kHz: every bucket sees both extremes (±0.5 → ±64).
      expect(a.peaks[2 * b]).toBeLessThanOrEqual(-60);
      expect(a.peaks[2 * b + 1]).toBeGreaterThanOrEqual(60);
    }
    expect(Math.max(...a.peaks)).toBeGreaterThanOrEqual(63);
    expect(Math.min(...a.peaks)).toBeLessThanOrEqual(-63);
    expect(Math.max(...a.peaks)).toBeLessThanOrEqual(64);
  });

  it('never returns more than 1000 buckets, nor more buckets than samples', () => {
    expect(computePeaks(new Float32Array(100_000), 5000).length).toBe(2000);
    expect(computePeaks(new Float32Array(10).fill(1), 500)).toEqual(new Int8Array(20).fill(127));
  });

  it('gives the same peaks for the same clip every time', () => {
    const { samples } = tone(300, 0.3, 2.5, 16000);
    expect(computePeaks(samples, 1000)).toEqual(computePeaks(samples, 1000));
  });
});

describe('loudness, gain and pitch', () => {
  it('measures a known tone: RMS level, peak, playback gain and pitch within 5 %', () => {
    const f = analyseAudio(tone(200, 0.25)).features;
    expect(f.loudnessDb).toBeCloseTo(20 * Math.log10(0.25 / Math.SQRT2), 0); // -15.05 dBFS
    expect(f.peakDb).toBeCloseTo(20 * Math.log10(0.25), 0);
    expect(f.gainDb).toBeCloseTo(-20 - f.loudnessDb, 0);
    expect(Math.abs(f.pitchHz! - 200) / 200).toBeLessThan(0.05);
    expect(Math.abs(analyseAudio(tone(320, 0.25)).features.pitchHz! - 320) / 320).toBeLessThan(0.05);
    expect(Math.abs(analyseAudio(tone(110, 0.25, 2.5, 44100)).features.pitchHz! - 110) / 110).toBeLessThan(0.05);
  });

  it('boosts a quiet clip by at most 20 dB and never past -1 dBFS peak', () => {
    // A quiet tone in bursts (-47 dBFS while on, silence between): wants +27 dB, gets the 20 dB cap.
    const bursts = tone(200, 0.006);
    bursts.samples.forEach((_, i) => Math.floor(i / 4000) % 2 && (bursts.samples[i] = 0));
    expect(analyseAudio(bursts).features.gainDb).toBe(20);
    const nearClip = analyseAudio(tone(200, 0.08)).features; // wants +4 dB, peak allows ~+20
    expect(nearClip.gainDb).toBeCloseTo(-20 - nearClip.loudnessDb, 0);
  });
});

describe('speech share (VAD)', () => {
  it('is zero for digital silence and for steady hiss, and gives no gain there', () => {
    const silence = analyseAudio({ sampleRate: 16000, samples: new Float32Array(40000), durationMs: 2500 });
    expect(silence.features.speechShare).toBe(0);
    expect(silence.features.pitchHz).toBeNull();
    expect(silence.features.gainDb).toBe(0);
    expect(silence.embedding.length).toBe(0);
    let seed = 7;
    const noise = Float32Array.from(
      { length: 40000 },
      () => ((seed = (seed * 16807) % 2147483647) / 2147483647 - 0.5) * 0.05,
    );
    expect(analyseAudio({ sampleRate: 16000, samples: noise, durationMs: 2500 }).features.speechShare).toBeLessThan(
      0.05,
    );
  });

  it.skipIf(!hasSpeechTools())('is high for spoken commands and pitch is plausible for the voice', async () => {
    const man = analyseAudio(
      await decodeAudio(speak('Wie wird das Wetter morgen', { voice: 'de+m3', pitch: 40, speed: 170 })),
    );
    const child = analyseAudio(await decodeAudio(speak('Spiel das Radio', { voice: 'de+f5', pitch: 90, speed: 190 })));
    expect(man.features.speechShare).toBeGreaterThan(0.5);
    expect(man.features.pitchHz!).toBeGreaterThan(70);
    expect(man.features.pitchHz!).toBeLessThan(150);
    expect(child.features.pitchHz!).toBeGreaterThan(250);
    expect(man.embedding.length).toBeGreaterThan(20);
    const norm = Math.sqrt(man.embedding.reduce((a, v) => a + v * v, 0));
    expect(norm).toBeCloseTo(1, 5);
  });
});
