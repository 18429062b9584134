// The hand-rolled MFCC must be Meyda's, value for value: the speaker embeddings (and so the voices a household
// has already named) were calibrated on Meyda's output.

import Meyda from 'meyda';
import { describe, expect, it } from 'vitest';
import { createMfcc } from '../../../shared/audio/mfcc';

function frames(count: number): Float32Array[] {
  let seed = 12345;
  const next = () => ((seed = (seed * 48271) % 0x7fffffff) / 0x7fffffff) * 2 - 1;
  return Array.from({ length: count }, (_, f) => {
    const frame = new Float32Array(512);
    const hz = 90 + f * 13;
    for (let i = 0; i < frame.length; i++)
      frame[i] = 0.3 * Math.sin((2 * Math.PI * hz * i) / 16000) + 0.05 * next() * (f % 3);
    return frame;
  });
}

describe('createMfcc', () => {
  it('gives exactly what Meyda.extract(["mfcc"]) gives', () => {
    Meyda.sampleRate = 16000;
    Meyda.bufferSize = 512;
    Meyda.numberOfMFCCCoefficients = 20;
    (Meyda as unknown as { melFilterBank?: unknown }).melFilterBank = undefined;
    const mfcc = createMfcc(16000, 512, 20);
    const inputs = [...frames(40), new Float32Array(512)];
    for (const frame of inputs) {
      const expected = Meyda.extract(['mfcc'], frame)!.mfcc!;
      expect(Array.from(mfcc.extract(frame))).toEqual(expected);
    }
  });

  it('refuses a frame size that is not a power of two', () => {
    expect(() => createMfcc(16000, 500, 20)).toThrow(/power of two/);
  });
});
