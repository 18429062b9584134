// Decodes a capture's bytes to mono PCM without AudioContext (absent in workers): WAV in JS, MP3 with the
// mpg123 WebAssembly build (`mpg123-decoder`). Errors say what is wrong; the importer maps them to
// `audio-undecodable`. Work is bounded: audio longer than MAX_AUDIO_MS is refused before decoding.

import { MPEGDecoder } from 'mpg123-decoder';
import { firstFrame, estimateMp3DurationMs, walkedMp3DurationMs } from './mp3-header';
import { sniffAudio } from './sniff';
import { MAX_AUDIO_MS, type DecodedAudio } from './types';
import { decodeWavPcm, parseWavHeader } from './wav';

export class AudioDecodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AudioDecodeError';
  }
}

export async function decodeAudio(bytes: Uint8Array): Promise<DecodedAudio> {
  const format = sniffAudio(bytes);
  switch (format) {
    case 'wav':
      return decodeWav(bytes);
    case 'mp3':
      return decodeMp3(bytes);
    case 'ogg':
      throw new AudioDecodeError('Ogg audio cannot be decoded yet (only WAV and MP3)');
    default:
      throw new AudioDecodeError(`not a recognised audio file (${bytes.length} bytes, starts with ${hexStart(bytes)})`);
  }
}

function decodeWav(bytes: Uint8Array): DecodedAudio {
  try {
    const header = parseWavHeader(bytes);
    const frames = header.blockAlign > 0 ? header.dataLength / header.blockAlign : 0;
    checkLength((frames * 1000) / header.sampleRate);
    const samples = decodeWavPcm(bytes, header);
    if (samples.length === 0) throw new AudioDecodeError('WAV file holds no samples');
    return { sampleRate: header.sampleRate, samples, durationMs: (samples.length * 1000) / header.sampleRate };
  } catch (error) {
    if (error instanceof AudioDecodeError) throw error;
    throw new AudioDecodeError(`broken WAV: ${(error as Error).message}`);
  }
}

/** Bytes fed to the decoder per call: about 16 s of a 64 kbit/s voice clip. */
const MP3_SLICE = 128 * 1024;

let decoder: MPEGDecoder | undefined;
let queue: Promise<unknown> = Promise.resolve();

/** One decoder instance, used strictly one stream at a time: reset() is async and state is per stream. */
function decodeMp3(bytes: Uint8Array): Promise<DecodedAudio> {
  const frame = firstFrame(bytes);
  // The frames counted, not only the header's claim: a lying Xing count is refused before any sample is
  // decoded, instead of after the cap's worth of PCM (docs/reliability.md, "Bounded work").
  if (frame)
    checkLength(Math.max(estimateMp3DurationMs(bytes, frame.at, frame.header), walkedMp3DurationMs(bytes, frame.at)));
  const run = queue.then(async () => {
    decoder ??= new MPEGDecoder();
    await decoder.ready;
    await decoder.reset();
    // Fed in slices, so a file whose headers lie about its length stops at the cap as it decodes instead
    // of after gigabytes of samples (docs/reliability.md, "Bounded work").
    const parts: Float32Array[] = [];
    let total = 0;
    let sampleRate = 0;
    let firstError: string | undefined;
    for (let at = 0; at < bytes.length; at += MP3_SLICE) {
      const result = decoder.decode(bytes.subarray(at, at + MP3_SLICE));
      firstError ??= result.errors[0]?.message;
      if (result.samplesDecoded === 0 || result.channelData.length === 0) continue;
      sampleRate = result.sampleRate;
      parts.push(mixToMono(result.channelData, result.samplesDecoded));
      total += result.samplesDecoded;
      checkLength((total * 1000) / sampleRate);
    }
    if (total === 0) throw new AudioDecodeError(`MP3 could not be decoded: ${firstError ?? 'no MPEG frames found'}`);
    const samples = new Float32Array(total);
    let offset = 0;
    for (const part of parts) {
      samples.set(part, offset);
      offset += part.length;
    }
    return { sampleRate, samples, durationMs: (total * 1000) / sampleRate };
  });
  queue = run.catch(() => undefined);
  return run;
}

function mixToMono(channels: Float32Array[], length: number): Float32Array {
  if (channels.length === 1) return channels[0]!.slice(0, length);
  const out = new Float32Array(length);
  for (const channel of channels) for (let i = 0; i < length; i++) out[i]! += channel[i]!;
  const scale = 1 / channels.length;
  for (let i = 0; i < length; i++) out[i]! *= scale;
  return out;
}

function checkLength(durationMs: number): void {
  if (durationMs > MAX_AUDIO_MS) {
    throw new AudioDecodeError(
      `audio is ${Math.round(durationMs / 1000)} s long; captures over ${MAX_AUDIO_MS / 60000} min are refused`,
    );
  }
}

function hexStart(bytes: Uint8Array): string {
  return [...bytes.subarray(0, 4)].map((b) => b.toString(16).padStart(2, '0')).join(' ') || 'nothing';
}
