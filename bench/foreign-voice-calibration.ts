// Derives the speaker embedding's reference statistics (shared/audio/embedding.ts REF_MEAN, REF_SCALE,
// WEIGHTS) from espeak-ng voices that no test, fixture or benchmark uses, each as 16 kHz WAV and as 32 kbit/s
// MP3 (the codec of Alexa and Google audio), so the within-speaker spread includes codec differences.
// Run: npx tsx bench/foreign-voice-calibration.ts — prints the constants to paste.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { decodeAudio } from '../shared/audio/decode';
import { MFCC_DIMS, rawSpeakerFeatures } from '../shared/audio/embedding';
import { trackPitch } from '../shared/audio/pitch';
import { resample } from '../shared/audio/resample';
import { frameStats } from '../shared/audio/vad';
import { CACHE_DIR, hasSpeechTools, speak, type EspeakVoice } from '../test/unit/audio/espeak';

if (!hasSpeechTools()) {
  console.error('foreign-voice-calibration: espeak-ng and sox are needed; skipped.');
  process.exit(0);
}

// Variants and pitches deliberately different from test/fixtures/household.ts and test/unit/foreign/household.ts.
const VOICES: EspeakVoice[] = [
  { voice: 'de+m1', pitch: 40, speed: 170 },
  { voice: 'de+m2', pitch: 30, speed: 160 },
  { voice: 'de+m4', pitch: 50, speed: 180 },
  { voice: 'de+m6', pitch: 45, speed: 175 },
  { voice: 'de+f1', pitch: 60, speed: 170 },
  { voice: 'de+f3', pitch: 75, speed: 185 },
  { voice: 'de+f1', pitch: 85, speed: 200 },
  { voice: 'en-us+m1', pitch: 40, speed: 170 },
  { voice: 'en-us+m2', pitch: 25, speed: 160 },
  { voice: 'en-us+m4', pitch: 55, speed: 180 },
  { voice: 'en-us+f1', pitch: 60, speed: 170 },
  { voice: 'en-us+f3', pitch: 80, speed: 190 },
  { voice: 'en-us+f2', pitch: 45, speed: 165 },
  { voice: 'en-us+m6', pitch: 35, speed: 175 },
];
const TEXTS: Record<string, string[]> = {
  de: [
    'Alexa, schalte den Fernseher ein',
    'Wie viel Uhr ist es in Tokio',
    'Spiele etwas Entspannendes',
    'Wann geht heute die Sonne unter',
    'Füge Brot zur Liste hinzu',
    'Stelle den Wecker auf halb acht',
  ],
  en: [
    'Alexa, switch on the television',
    'What time is it in Tokyo',
    'Play something relaxing',
    'When does the sun set today',
    'Put bread on the list',
    'Set the alarm for half past seven',
  ],
};

function mp3Of(wav: Uint8Array, key: string): Uint8Array {
  const file = `${CACHE_DIR}/calib-${key}.mp3`;
  if (!existsSync(file)) {
    execFileSync('ffmpeg', ['-y', '-loglevel', 'error', '-f', 'wav', '-i', 'pipe:0', '-b:a', '32k', file], {
      input: wav,
    });
  }
  return new Uint8Array(readFileSync(file));
}

async function features(bytes: Uint8Array): Promise<Float32Array> {
  const decoded = await decodeAudio(bytes);
  const x = resample(decoded.samples, decoded.sampleRate);
  const stats = frameStats(x);
  const speech = [...stats.speech.keys()].filter((f) => stats.speech[f]);
  const pitches = new Float32Array(stats.speech.length).fill(NaN);
  const tracked = trackPitch(
    x,
    speech.map((f) => stats.starts[f]!),
  );
  speech.forEach((f, i) => (pitches[f] = tracked[i]!));
  return rawSpeakerFeatures(x, stats, pitches);
}

const perVoice: Float32Array[][] = [];
for (const [v, voice] of VOICES.entries()) {
  const texts = TEXTS[voice.voice.startsWith('de') ? 'de' : 'en']!;
  const rows: Float32Array[] = [];
  for (const [t, text] of texts.entries()) {
    const wav = speak(text, voice);
    rows.push(await features(wav), await features(mp3Of(wav, `${v}-${t}`)));
  }
  perVoice.push(rows.filter((r) => r.length > 0));
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const refMean: number[] = [];
const refScale: number[] = [];
const weights: number[] = [];
for (let d = 0; d < MFCC_DIMS; d++) {
  const voiceMeans = perVoice.map((rows) => mean(rows.map((r) => r[d]!)));
  const within = Math.sqrt(mean(perVoice.flatMap((rows, v) => rows.map((r) => (r[d]! - voiceMeans[v]!) ** 2))));
  const all = mean(voiceMeans);
  const between = Math.sqrt(mean(voiceMeans.map((m) => (m - all) ** 2)));
  refMean.push(all);
  refScale.push(within);
  // Square root of the Fisher ratio, bounded: a diagonal LDA that does not let one dimension dominate.
  weights.push(Math.min(3, Math.max(0.3, Math.sqrt(between / within))));
}
const fmt = (xs: number[], digits: number) => `[${xs.map((x) => x.toFixed(digits)).join(', ')}]`;
console.log(`// ${perVoice.reduce((n, r) => n + r.length, 0)} clips of ${VOICES.length} voices`);
console.log(`const REF_MEAN = ${fmt(refMean, 3)};`);
console.log(`const REF_SCALE = ${fmt(refScale, 3)};`);
console.log(`const WEIGHTS = ${fmt(weights, 2)};`);
