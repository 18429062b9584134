// Cheap realistic audio for the benchmark archives: a dozen espeak-ng phrases rendered once (cached), then
// every capture gets its own ~2.5 s 16 kHz mono WAV by shifting, scaling and adding seeded noise — so no
// two clips are byte-identical (no accidental dedupe) while generating 5,000 of them takes about a second.

import { SpeechCache } from '../../test/fixtures/speech';
import { phrasesFor } from '../../test/fixtures/household';
import { wavHeader } from '../../test/fixtures/wav';

export const RATE = 16_000;

/** Int16 PCM of the `data` chunk of a RIFF/WAVE file (espeak-ng + sox write plain PCM). */
function pcmOf(wav: Uint8Array): Int16Array {
  const view = new DataView(wav.buffer, wav.byteOffset, wav.byteLength);
  let offset = 12;
  while (offset + 8 <= wav.length) {
    const id = String.fromCharCode(...wav.subarray(offset, offset + 4));
    const size = view.getUint32(offset + 4, true);
    if (id === 'data') return new Int16Array(wav.slice(offset + 8, offset + 8 + size).buffer);
    offset += 8 + size + (size & 1);
  }
  throw new Error('no data chunk in espeak output');
}

export interface Voices {
  texts: string[];
  pcm: Int16Array[];
}

export function loadVoices(cacheDir: string): Voices {
  const speech = new SpeechCache(cacheDir);
  const phrases = [...phrasesFor('de', false).slice(0, 8), ...phrasesFor('en', false).slice(0, 4)];
  const voices = [
    ['-v', 'de+m3'],
    ['-v', 'de+f2'],
  ];
  return {
    texts: phrases.map((p) => p.text),
    pcm: phrases.map((p, i) => pcmOf(speech.wav(p.text, voices[i % voices.length]!))),
  };
}

/** A fresh WAV of `seconds` around phrase `k`: random lead-in, gain 0.4–1.2, a little noise. */
export function synthClip(voices: Voices, k: number, seconds: number, rand: () => number): Uint8Array {
  const total = Math.round(seconds * RATE);
  const src = voices.pcm[k % voices.pcm.length]!;
  const out = new Uint8Array(44 + total * 2);
  out.set(wavHeader(total));
  const pcm = new Int16Array(out.buffer, 44, total);
  const lead = Math.floor(rand() * Math.max(1, total - src.length) * 0.6);
  const gain = 0.4 + rand() * 0.8;
  let seed = Math.floor(rand() * 0x7fffffff) | 1;
  for (let i = 0; i < total; i++) {
    seed = (seed * 48271) % 0x7fffffff; // Lehmer noise: cheap, deterministic, no allocation
    const noise = ((seed & 0xff) - 128) * 0.6;
    const j = i - lead;
    const v = (j >= 0 && j < src.length ? src[j]! * gain : 0) + noise;
    pcm[i] = Math.max(-32768, Math.min(32767, Math.round(v)));
  }
  return out;
}
