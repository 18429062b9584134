// hash64 keeps FNV-1a 64 in 16-bit limbs; every stored capture, device and room id depends on it giving the
// same digits as the textbook BigInt form, for ASCII, accented and non-Latin text, emoji and lone surrogates.

import { describe, expect, it } from 'vitest';
import { hash64 } from '../../shared/ids';

function reference(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

describe('hash64', () => {
  it('equals FNV-1a 64 computed with BigInt', () => {
    const samples = [
      '',
      'a',
      'foobar',
      'amazon\u001facc-1\u001futt-42',
      'Küche Licht an',
      '客厅的灯',
      'Alexa 🎵 spiel Musik',
      'lone \ud800 surrogate',
      '\udfff',
      'x'.repeat(10_000),
    ];
    let seed = 1;
    for (let i = 0; i < 2_000; i++) {
      let text = '';
      for (let j = 0; j < i % 40; j++) {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        const pick = seed % 4;
        text += String.fromCharCode(
          pick === 0 ? 32 + (seed % 95) : pick === 1 ? 0xa0 + (seed % 0x200) : pick === 2 ? seed % 0x10000 : seed % 128,
        );
      }
      samples.push(text);
    }
    for (const text of samples) expect(hash64(text), JSON.stringify(text)).toBe(reference(text));
    expect(hash64('')).toBe('cbf29ce484222325');
    expect(hash64('a')).toBe('af63dc4c8601ec8c');
  });
});
