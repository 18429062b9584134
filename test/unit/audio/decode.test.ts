// WAV of every bit depth, a WAV whose header lies about its length, an ffmpeg MP3 and garbage — all made by
// sox/ffmpeg, decoded by shared/audio the way the import worker does it.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeAudio } from '../../../shared/audio/decode';
import { probeAudio, sniffAudio } from '../../../shared/audio/sniff';

const dir = mkdtempSync(join(tmpdir(), 'earshot-audio-'));
afterAll(() => rmSync(dir, { recursive: true, force: true, maxRetries: 5 }));

function tool(name: string, flag: string): boolean {
  try {
    execFileSync(name, [flag], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const hasSox = tool('sox', '--version');
const hasFfmpeg = tool('ffmpeg', '-version');

/** 0.5 s of a 440 Hz sine at half scale, stereo, in the given encoding. */
function soxSine(name: string, encoding: string[]): Uint8Array {
  const file = join(dir, name);
  execFileSync('sox', ['-n', '-r', '16000', '-c', '2', ...encoding, file, 'synth', '0.5', 'sine', '440', 'vol', '0.5']);
  return new Uint8Array(readFileSync(file));
}

describe.skipIf(!hasSox)('WAV', () => {
  const cases: [string, string[]][] = [
    ['8-bit', ['-b', '8', '-e', 'unsigned-integer']],
    ['16-bit', ['-b', '16']],
    ['24-bit', ['-b', '24']],
    ['32-bit int', ['-b', '32', '-e', 'signed-integer']],
    ['32-bit float', ['-b', '32', '-e', 'floating-point']],
  ];
  it.each(cases)('decodes %s stereo to mono with the right length and level', async (label, encoding) => {
    const bytes = soxSine(`${label.replace(/\W/g, '')}.wav`, encoding);
    expect(sniffAudio(bytes)).toBe('wav');
    expect(probeAudio(bytes)).toMatchObject({ format: 'wav', sampleRate: 16000, channels: 2, durationMs: 500 });
    const decoded = await decodeAudio(bytes);
    expect(decoded.sampleRate).toBe(16000);
    expect(decoded.samples.length).toBe(8000);
    expect(decoded.durationMs).toBe(500);
    const peak = decoded.samples.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
    expect(peak).toBeGreaterThan(0.47);
    expect(peak).toBeLessThan(0.53);
  });

  it('decodes 16-bit mono to the same samples wherever its bytes lie in their buffer', async () => {
    const file = join(dir, 'mono.wav');
    execFileSync('sox', [
      '-n',
      '-r',
      '16000',
      '-c',
      '1',
      '-b',
      '16',
      file,
      'synth',
      '0.3',
      'sine',
      '300',
      'vol',
      '0.7',
    ]);
    const bytes = new Uint8Array(readFileSync(file));
    const expected = new Float32Array(bytes.length >> 1);
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    const decoded = await decodeAudio(bytes);
    for (let i = 0; i < decoded.samples.length; i++) expected[i] = view.getInt16(44 + 2 * i, true) / 32768;
    expect(decoded.samples).toEqual(expected.subarray(0, decoded.samples.length));
    for (const shift of [1, 2, 3]) {
      const shifted = new Uint8Array(bytes.length + shift);
      shifted.set(bytes, shift);
      expect((await decodeAudio(shifted.subarray(shift))).samples).toEqual(decoded.samples);
    }
  });

  it('clamps a header that claims more data than the file holds, and says so', async () => {
    const full = soxSine('lying.wav', ['-b', '16']);
    const cut = full.subarray(0, 44 + 16000 * 2 * 2 * 0.25); // the header still claims 0.5 s
    expect(probeAudio(cut)).toMatchObject({ format: 'wav', truncated: true, durationMs: 250 });
    expect(probeAudio(full).truncated).toBeUndefined();
    const decoded = await decodeAudio(cut);
    expect(decoded.samples.length).toBe(4000);
  });
});

describe.skipIf(!hasFfmpeg)('MP3', () => {
  it('sniffs, probes and decodes an ffmpeg-made MP3', async () => {
    const file = join(dir, 'tone.mp3');
    execFileSync('ffmpeg', [
      '-loglevel',
      'error',
      '-f',
      'lavfi',
      '-i',
      'sine=frequency=440:duration=1',
      '-ar',
      '22050',
      '-b:a',
      '64k',
      file,
    ]);
    const bytes = new Uint8Array(readFileSync(file));
    expect(sniffAudio(bytes)).toBe('mp3');
    const probe = probeAudio(bytes);
    expect(probe).toMatchObject({ format: 'mp3', sampleRate: 22050, channels: 1 });
    // Header-only: the Xing frame count includes the encoder's delay and padding (~50–80 ms).
    expect(Math.abs(probe.durationMs! - 1000)).toBeLessThan(100);
    const decoded = await decodeAudio(bytes);
    expect(decoded.sampleRate).toBe(22050);
    expect(Math.abs(decoded.durationMs - 1000)).toBeLessThan(60);
    const peak = decoded.samples.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
    expect(peak).toBeGreaterThan(0.05);
  });
});

describe('undecodable input', () => {
  it('rejects garbage, text and empty files with a clear message', async () => {
    await expect(decodeAudio(new TextEncoder().encode('Date,Transcript\n2024-01-01,hallo'))).rejects.toThrow(
      /not a recognised audio file/,
    );
    await expect(decodeAudio(new Uint8Array(0))).rejects.toThrow(/not a recognised audio file/);
    expect(sniffAudio(crypto.getRandomValues(new Uint8Array(64)).fill(0, 0, 4))).toBe('unknown');
  });

  it('rejects a WAV with no data chunk and an Ogg file by name of the problem', async () => {
    const header = new Uint8Array([
      ...new TextEncoder().encode('RIFF'),
      4,
      0,
      0,
      0,
      ...new TextEncoder().encode('WAVE'),
    ]);
    await expect(decodeAudio(header)).rejects.toThrow(/broken WAV: WAV file has no fmt chunk/);
    const ogg = new Uint8Array(64);
    ogg.set(new TextEncoder().encode('OggS'));
    await expect(decodeAudio(ogg)).rejects.toThrow(/Ogg audio cannot be decoded/);
  });
});
