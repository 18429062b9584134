// Fuzzing the audio header readers (WAV chunks, MPEG frame headers, ID3, the archive's cheap wavInfo) on
// mutated real headers and random bytes: every answer is a plain Error or a finite, non-negative result —
// never an out-of-bounds read (RangeError), a crash or a hang, however much the header lies.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wavInfo } from '../../../shared/archive/sniff';
import { estimateMp3DurationMs, firstFrame, id3v2Length } from '../../../shared/audio/mp3-header';
import { probeAudio } from '../../../shared/audio/sniff';
import { decodeWavPcm, parseWavHeader } from '../../../shared/audio/wav';
import { budget, expectHandled, isPlainError, mutated, testTimeout } from './fuzz';

const RUNS = 1500;

function wav(samples: number, bits = 16, channels = 1): Uint8Array {
  const width = bits / 8;
  const data = samples * width * channels;
  const view = new DataView(new ArrayBuffer(44 + data));
  const ascii = (at: number, s: string) => [...s].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)));
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + data, true);
  ascii(8, 'WAVEfmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, channels, true);
  view.setUint32(24, 16000, true);
  view.setUint32(28, 16000 * width * channels, true);
  view.setUint16(32, width * channels, true);
  view.setUint16(34, bits, true);
  ascii(36, 'data');
  view.setUint32(40, data, true);
  for (let i = 44; i < 44 + data; i++) view.setUint8(i, (i * 37) & 0xff);
  return new Uint8Array(view.buffer);
}

/** Three MPEG-1 Layer III frames (128 kbit/s, 44.1 kHz: 417 bytes each) after a small ID3v2 tag. */
function mp3(): Uint8Array {
  const id3 = [0x49, 0x44, 0x33, 3, 0, 0, 0, 0, 0, 10, ...new Array(10).fill(0)];
  const frame = [0xff, 0xfb, 0x90, 0x64, ...new Array(413).fill(0x55)];
  return new Uint8Array([...id3, ...frame, ...frame, ...frame]);
}

const finiteOrUndefined = (n: number | undefined) => n === undefined || (Number.isFinite(n) && n >= 0);

describe('fuzz: audio headers', () => {
  it(
    'WAV: mutated headers parse or fail with a plain Error; decoding stays inside the buffer',
    { timeout: testTimeout(RUNS * 3) },
    () => {
      const seeds = fc.oneof(
        mutated(wav(64)),
        mutated(wav(32, 24, 2)),
        mutated(wav(16, 8)),
        fc.uint8Array({ maxLength: 128 }),
      );
      fc.assert(
        fc.property(seeds, (bytes) => {
          const header = expectHandled(() => parseWavHeader(bytes), isPlainError);
          if (header) {
            expect(header.dataOffset + header.dataLength).toBeLessThanOrEqual(bytes.length);
            const pcm = expectHandled(() => decodeWavPcm(bytes, header), isPlainError);
            if (pcm) expect(pcm.every((v) => Number.isFinite(v) || Number.isNaN(v))).toBe(true);
          }
          const probe = expectHandled(
            () => probeAudio(bytes),
            () => false,
          )!;
          expect(finiteOrUndefined(probe.durationMs)).toBe(true);
          const info = expectHandled(
            () => wavInfo(bytes.subarray(0, 512), bytes.length),
            () => false,
          );
          if (info) expect(finiteOrUndefined(info.durationMs)).toBe(true);
        }),
        budget(RUNS),
      );
    },
  );

  it(
    'WAV: a header may claim any data length; the duration is what is really there',
    { timeout: testTimeout(RUNS) },
    () => {
      fc.assert(
        fc.property(fc.nat({ max: 0xffffffff }), fc.integer({ min: 0, max: 200 }), (claimed, samples) => {
          const bytes = wav(samples);
          new DataView(bytes.buffer).setUint32(40, claimed, true);
          const h = parseWavHeader(bytes);
          expect(h.dataLength).toBeLessThanOrEqual(samples * 2);
          expect(probeAudio(bytes).durationMs).toBeLessThanOrEqual((samples * 1000) / 16000);
        }),
        budget(RUNS),
      );
    },
  );

  it('MP3: frame and ID3 readers never throw and give finite durations', { timeout: testTimeout(RUNS * 2) }, () => {
    expect(firstFrame(mp3())?.header).toBeTruthy();
    fc.assert(
      fc.property(fc.oneof(mutated(mp3()), fc.uint8Array({ maxLength: 2048 })), (bytes) => {
        const tag = expectHandled(
          () => id3v2Length(bytes),
          () => false,
        )!;
        expect(Number.isFinite(tag) && tag >= 0).toBe(true);
        const frame = expectHandled(
          () => firstFrame(bytes),
          () => false,
        );
        if (frame) {
          const ms = expectHandled(
            () => estimateMp3DurationMs(bytes, frame.at, frame.header),
            () => false,
          )!;
          expect(Number.isFinite(ms) && ms >= 0).toBe(true);
        }
        const probe = expectHandled(
          () => probeAudio(bytes),
          () => false,
        )!;
        expect(finiteOrUndefined(probe.durationMs)).toBe(true);
      }),
      budget(RUNS),
    );
  });
});
