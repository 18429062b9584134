// WAV (RIFF/WAVE) header parsing and PCM decoding to mono, in plain JS: it runs in workers (no AudioContext
// there) and parsing a voice clip this way costs well under a millisecond.

export interface WavHeader {
  /** 1 = integer PCM, 3 = IEEE float (WAVE_FORMAT_EXTENSIBLE is resolved to its sub-format). */
  formatTag: number;
  channels: number;
  sampleRate: number;
  bitsPerSample: number;
  blockAlign: number;
  dataOffset: number;
  /** Bytes of sample data actually present (clamped to the file). */
  dataLength: number;
  /** True when the header claims more data than the file holds. */
  truncated: boolean;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

const PCM = 1;
const FLOAT = 3;
const EXTENSIBLE = 0xfffe;

function ascii(bytes: Uint8Array, at: number): string {
  return String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);
}

export function isWav(bytes: Uint8Array): boolean {
  return bytes.length >= 12 && ascii(bytes, 0) === 'RIFF' && ascii(bytes, 8) === 'WAVE';
}

/** Walks the chunks; throws an Error naming what is wrong when the file is not usable WAV. */
export function parseWavHeader(bytes: Uint8Array): WavHeader {
  if (!isWav(bytes)) throw new Error('not a RIFF/WAVE file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let fmt: Omit<WavHeader, 'dataOffset' | 'dataLength' | 'truncated'> | undefined;
  let at = 12;
  while (at + 8 <= bytes.length) {
    const id = ascii(bytes, at);
    const size = view.getUint32(at + 4, true);
    const body = at + 8;
    if (id === 'fmt ') {
      if (size < 16 || body + 16 > bytes.length) throw new Error('WAV fmt chunk is too short');
      let formatTag = view.getUint16(body, true);
      if (formatTag === EXTENSIBLE && size >= 40 && body + 26 <= bytes.length)
        formatTag = view.getUint16(body + 24, true);
      fmt = {
        formatTag,
        channels: view.getUint16(body + 2, true),
        sampleRate: view.getUint32(body + 4, true),
        blockAlign: view.getUint16(body + 12, true),
        bitsPerSample: view.getUint16(body + 14, true),
      };
    } else if (id === 'data') {
      if (!fmt) throw new Error('WAV data chunk comes before its fmt chunk');
      const present = bytes.length - body;
      // Streaming writers leave 0 or 0xFFFFFFFF; broken exports claim more than they hold. Use what is there.
      const streaming = size === 0 || size === 0xffffffff;
      const dataLength = streaming ? present : Math.min(size, present);
      return { ...fmt, dataOffset: body, dataLength, truncated: !streaming && size > present };
    }
    at = body + size + (size & 1);
  }
  throw new Error(fmt ? 'WAV file has no data chunk' : 'WAV file has no fmt chunk');
}

function checkSupported(h: WavHeader): void {
  if (h.channels < 1 || h.channels > 32) throw new Error(`WAV with ${h.channels} channels is not supported`);
  if (h.sampleRate < 1000 || h.sampleRate > 384000)
    throw new Error(`WAV sample rate ${h.sampleRate} Hz is not plausible`);
  const intOk = h.formatTag === PCM && [8, 16, 24, 32].includes(h.bitsPerSample);
  const floatOk = h.formatTag === FLOAT && (h.bitsPerSample === 32 || h.bitsPerSample === 64);
  if (!intOk && !floatOk) throw new Error(`WAV encoding ${h.formatTag}/${h.bitsPerSample}-bit is not supported`);
  if (h.blockAlign !== (h.bitsPerSample / 8) * h.channels)
    throw new Error('WAV block alignment does not match its format');
}

/** Decodes the sample data to mono Float32 in [-1, 1] (channels averaged). */
export function decodeWavPcm(bytes: Uint8Array, h: WavHeader): Float32Array {
  checkSupported(h);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const frames = Math.floor(h.dataLength / h.blockAlign);
  const width = h.bitsPerSample / 8;
  const read = sampleReader(view, h.formatTag, h.bitsPerSample);
  const out = new Float32Array(frames);
  if (h.formatTag !== FLOAT && h.bitsPerSample === 16 && h.channels === 1) {
    // The common case (Home Assistant, the Alexa archive's WAVs), without a call per sample; same values. On a
    // little-endian host with the samples at an even address, read as an Int16Array view.
    const start = bytes.byteOffset + h.dataOffset;
    if (LITTLE_ENDIAN && start % 2 === 0) {
      const pcm = new Int16Array(bytes.buffer, start, frames);
      for (let f = 0; f < frames; f++) out[f] = pcm[f]! / 32768;
      return out;
    }
    for (let f = 0, at = h.dataOffset; f < frames; f++, at += 2) out[f] = view.getInt16(at, true) / 32768;
    return out;
  }
  const scale = 1 / h.channels;
  for (let f = 0, at = h.dataOffset; f < frames; f++) {
    let sum = 0;
    for (let c = 0; c < h.channels; c++, at += width) sum += read(at);
    out[f] = sum * scale;
  }
  return out;
}

function sampleReader(view: DataView, formatTag: number, bits: number): (at: number) => number {
  if (formatTag === FLOAT) return bits === 32 ? (at) => view.getFloat32(at, true) : (at) => view.getFloat64(at, true);
  switch (bits) {
    case 8:
      return (at) => (view.getUint8(at) - 128) / 128;
    case 16:
      return (at) => view.getInt16(at, true) / 32768;
    case 24:
      return (at) => {
        const v = view.getUint8(at) | (view.getUint8(at + 1) << 8) | (view.getInt8(at + 2) << 16);
        return v / 8388608;
      };
    default:
      return (at) => view.getInt32(at, true) / 2147483648;
  }
}
