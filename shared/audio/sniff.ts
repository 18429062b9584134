// Recognises audio by its magic bytes (never by file name — exports rename and mislabel files) and reads
// header-only facts (rate, channels, duration) cheaply enough to run on every entry of an archive.

import { estimateMp3DurationMs, firstFrame, id3v2Length } from './mp3-header';
import type { AudioFormat, AudioProbe } from './types';
import { isWav, parseWavHeader } from './wav';

export function sniffAudio(bytes: Uint8Array): AudioFormat {
  if (isWav(bytes)) return 'wav';
  if (bytes.length >= 4 && bytes[0] === 0x4f && bytes[1] === 0x67 && bytes[2] === 0x67 && bytes[3] === 0x53)
    return 'ogg';
  if (id3v2Length(bytes) > 0) return 'mp3';
  if (firstFrame(bytes)) return 'mp3';
  return 'unknown';
}

export function probeAudio(bytes: Uint8Array): AudioProbe {
  const format = sniffAudio(bytes);
  try {
    if (format === 'wav') return probeWav(bytes);
    if (format === 'mp3') return probeMp3(bytes);
    if (format === 'ogg') return probeOgg(bytes);
  } catch {
    // A broken header still tells us the format; decoding will report the details.
  }
  return { format };
}

function probeWav(bytes: Uint8Array): AudioProbe {
  const h = parseWavHeader(bytes);
  const frames = h.blockAlign > 0 ? Math.floor(h.dataLength / h.blockAlign) : 0;
  return {
    format: 'wav',
    sampleRate: h.sampleRate,
    channels: h.channels,
    bitsPerSample: h.bitsPerSample,
    durationMs: h.sampleRate > 0 ? (frames * 1000) / h.sampleRate : undefined,
    ...(h.truncated ? { truncated: true } : {}),
  };
}

function probeMp3(bytes: Uint8Array): AudioProbe {
  const frame = firstFrame(bytes);
  if (!frame) return { format: 'mp3' };
  const { at, header } = frame;
  return {
    format: 'mp3',
    sampleRate: header.sampleRate,
    channels: header.channels,
    bitrateKbps: header.bitrateKbps,
    durationMs: estimateMp3DurationMs(bytes, at, header),
  };
}

/** Vorbis/Opus identification header on the first page; duration from the last page's granule position. */
function probeOgg(bytes: Uint8Array): AudioProbe {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const packet = 27 + bytes[26]!;
  const text = (at: number, n: number) => String.fromCharCode(...bytes.subarray(at, at + n));
  let sampleRate: number | undefined;
  let channels: number | undefined;
  let granuleRate: number | undefined;
  let preSkip = 0;
  if (bytes[packet] === 1 && text(packet + 1, 6) === 'vorbis') {
    channels = bytes[packet + 11];
    sampleRate = granuleRate = view.getUint32(packet + 12, true);
  } else if (text(packet, 8) === 'OpusHead') {
    channels = bytes[packet + 9];
    preSkip = view.getUint16(packet + 10, true);
    sampleRate = view.getUint32(packet + 12, true) || 48000;
    granuleRate = 48000; // Opus granule positions always count 48 kHz samples.
  }
  let durationMs: number | undefined;
  if (granuleRate) {
    const from = Math.max(0, bytes.length - 65536);
    for (let at = bytes.length - 27; at >= from; at--) {
      if (bytes[at] === 0x4f && bytes[at + 1] === 0x67 && bytes[at + 2] === 0x67 && bytes[at + 3] === 0x53) {
        const granule = view.getUint32(at + 6, true) + view.getUint32(at + 10, true) * 2 ** 32;
        durationMs = (Math.max(0, granule - preSkip) * 1000) / granuleRate;
        break;
      }
    }
  }
  return { format: 'ogg', sampleRate, channels, durationMs };
}
