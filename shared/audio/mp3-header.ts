// MPEG audio frame headers, ID3v2 skipping and the Xing/Info frame count: enough to recognise an MP3 and to
// estimate its duration from headers alone, without decoding. Hand-written because it is ~80 lines of
// well-specified table lookups and no small, maintained npm package does only this.

export interface MpegFrameHeader {
  version: 1 | 2 | 2.5;
  layer: 1 | 2 | 3;
  bitrateKbps: number;
  sampleRate: number;
  channels: 1 | 2;
  samplesPerFrame: number;
  frameLength: number;
}

const BITRATES: Record<string, number[]> = {
  '1-1': [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
  '1-2': [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
  '1-3': [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  '2-1': [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],
  '2-2': [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
};
const SAMPLE_RATES: Record<string, number[]> = {
  '1': [44100, 48000, 32000],
  '2': [22050, 24000, 16000],
  '2.5': [11025, 12000, 8000],
};

/** Bytes taken by a leading ID3v2 tag (0 when there is none). */
export function id3v2Length(bytes: Uint8Array): number {
  if (bytes.length < 10 || bytes[0] !== 0x49 || bytes[1] !== 0x44 || bytes[2] !== 0x33) return 0;
  const size = ((bytes[6]! & 0x7f) << 21) | ((bytes[7]! & 0x7f) << 14) | ((bytes[8]! & 0x7f) << 7) | (bytes[9]! & 0x7f);
  return 10 + size + (bytes[5]! & 0x10 ? 10 : 0);
}

export function parseFrameHeader(bytes: Uint8Array, at: number): MpegFrameHeader | null {
  if (at + 4 > bytes.length || bytes[at] !== 0xff || (bytes[at + 1]! & 0xe0) !== 0xe0) return null;
  const b1 = bytes[at + 1]!;
  const b2 = bytes[at + 2]!;
  const versionBits = (b1 >> 3) & 3;
  const layerBits = (b1 >> 1) & 3;
  const bitrateIndex = b2 >> 4;
  const rateIndex = (b2 >> 2) & 3;
  if (versionBits === 1 || layerBits === 0 || bitrateIndex === 0 || bitrateIndex === 15 || rateIndex === 3) return null;
  const version = versionBits === 3 ? 1 : versionBits === 2 ? 2 : 2.5;
  const layer = (4 - layerBits) as 1 | 2 | 3;
  const table = version === 1 ? `1-${layer}` : layer === 1 ? '2-1' : '2-2';
  const bitrateKbps = BITRATES[table]![bitrateIndex]!;
  const sampleRate = SAMPLE_RATES[String(version)]![rateIndex]!;
  const padding = (b2 >> 1) & 1;
  const channels = bytes[at + 3]! >> 6 === 3 ? 1 : 2;
  const samplesPerFrame = layer === 1 ? 384 : layer === 3 && version !== 1 ? 576 : 1152;
  const frameLength =
    layer === 1
      ? (Math.floor((12 * bitrateKbps * 1000) / sampleRate) + padding) * 4
      : Math.floor(((samplesPerFrame / 8) * bitrateKbps * 1000) / sampleRate) + padding;
  return { version, layer, bitrateKbps, sampleRate, channels, samplesPerFrame, frameLength };
}

/** First frame after any ID3v2 tag; requires the following frame to line up when the file is long enough. */
export function firstFrame(bytes: Uint8Array): { at: number; header: MpegFrameHeader } | null {
  const at = id3v2Length(bytes);
  const header = parseFrameHeader(bytes, at);
  if (!header) return null;
  const next = at + header.frameLength;
  if (next + 4 <= bytes.length && !parseFrameHeader(bytes, next)) return null;
  return { at, header };
}

/** Duration from the Xing/Info frame count when present, else a constant-bitrate estimate. */
export function estimateMp3DurationMs(bytes: Uint8Array, at: number, h: MpegFrameHeader): number {
  const sideInfo = h.version === 1 ? (h.channels === 1 ? 17 : 32) : h.channels === 1 ? 9 : 17;
  const tag = at + 4 + sideInfo;
  if (tag + 12 <= bytes.length) {
    const id = String.fromCharCode(bytes[tag]!, bytes[tag + 1]!, bytes[tag + 2]!, bytes[tag + 3]!);
    if (id === 'Xing' || id === 'Info') {
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      if (view.getUint32(tag + 4) & 1) return (view.getUint32(tag + 8) * h.samplesPerFrame * 1000) / h.sampleRate;
    }
  }
  const hasId3v1 = bytes.length >= 128 && bytes[bytes.length - 128] === 0x54 && bytes[bytes.length - 127] === 0x41;
  const audioBytes = bytes.length - at - (hasId3v1 ? 128 : 0);
  return (audioBytes * 8) / h.bitrateKbps;
}

/**
 * Duration by walking the frame headers from `at` (no decoding): the frames a file really holds, whatever its
 * Xing header claims. Stops at the first byte run that is no frame header (trailing tags, garbage), so it is
 * a lower bound; the decoder's own cap covers what follows such a gap.
 */
export function walkedMp3DurationMs(bytes: Uint8Array, at: number): number {
  let ms = 0;
  for (let frame = parseFrameHeader(bytes, at); frame && frame.frameLength > 0; frame = parseFrameHeader(bytes, at)) {
    ms += (frame.samplesPerFrame * 1000) / frame.sampleRate;
    at += frame.frameLength;
  }
  return ms;
}
