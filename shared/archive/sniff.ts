// Content sniffing by magic bytes: exports rename and mislabel files (".wav" that is MP3, ".mp3" that is
// garbage), so the container is decided from the first bytes, never from the extension.

export type AudioKind = 'wav' | 'mp3' | 'ogg' | 'flac' | 'webm';
export type ContentKind = AudioKind | 'zip' | 'gzip' | 'json' | 'html' | 'text' | 'binary';

export const AUDIO_MIME: Record<AudioKind, string> = {
  wav: 'audio/wav',
  mp3: 'audio/mpeg',
  ogg: 'audio/ogg',
  flac: 'audio/flac',
  webm: 'audio/webm',
};

/** Bytes needed by `sniff` and `wavInfo` (RIFF header plus a few chunks before `data`). */
export const SNIFF_BYTES = 512;

function ascii(bytes: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(start, start + length));
}

export function sniffAudio(head: Uint8Array): AudioKind | undefined {
  if (head.length >= 12 && ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 4) === 'WAVE') return 'wav';
  if (head.length >= 4 && ascii(head, 0, 4) === 'OggS') return 'ogg';
  if (head.length >= 4 && ascii(head, 0, 4) === 'fLaC') return 'flac';
  if (head.length >= 4 && head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3) return 'webm';
  if (head.length >= 10 && ascii(head, 0, 3) === 'ID3') {
    // An ID3 tag alone proves nothing: require an MPEG frame right after it when it lies within the head.
    const tagSize =
      ((head[6]! & 0x7f) << 21) | ((head[7]! & 0x7f) << 14) | ((head[8]! & 0x7f) << 7) | (head[9]! & 0x7f);
    const frame = 10 + tagSize;
    return frame + 4 > head.length || isMpegFrame(head, frame) ? 'mp3' : undefined;
  }
  return isMpegFrame(head, 0) && isMpegFrame(head, nextFrameOffset(head, 0)) ? 'mp3' : undefined;
}

/** MPEG audio frame header: 11 sync bits, a valid version, layer, bitrate and sample-rate index. */
function isMpegFrame(bytes: Uint8Array, at: number): boolean {
  if (at < 0) return false;
  if (at + 4 > bytes.length) return at > 0; // the next frame lies beyond the head: cannot check, accept
  const b1 = bytes[at + 1]!;
  const b2 = bytes[at + 2]!;
  return (
    bytes[at] === 0xff &&
    (b1 & 0xe0) === 0xe0 &&
    ((b1 >> 3) & 3) !== 1 &&
    ((b1 >> 1) & 3) !== 0 &&
    b2 >> 4 !== 15 &&
    b2 >> 4 !== 0 &&
    ((b2 >> 2) & 3) !== 3
  );
}

const MPEG1_L3_KBPS = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
const MPEG2_L3_KBPS = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
const RATES: Record<number, number[]> = { 3: [44100, 48000, 32000], 2: [22050, 24000, 16000], 0: [11025, 12000, 8000] };

/** Where the next frame starts for layer III; a second valid frame makes random 0xFFEx bytes unlikely. */
function nextFrameOffset(bytes: Uint8Array, at: number): number {
  if (at + 4 > bytes.length) return -1;
  const version = (bytes[at + 1]! >> 3) & 3;
  const layer = (bytes[at + 1]! >> 1) & 3;
  if (layer !== 1) return bytes.length; // layers I/II are not speech exports; accept on the first frame
  const kbps = (version === 3 ? MPEG1_L3_KBPS : MPEG2_L3_KBPS)[bytes[at + 2]! >> 4] ?? 0;
  const rate = RATES[version]?.[(bytes[at + 2]! >> 2) & 3] ?? 0;
  if (!kbps || !rate) return -1;
  const padding = (bytes[at + 2]! >> 1) & 1;
  return at + Math.floor(((version === 3 ? 144 : 72) * kbps * 1000) / rate) + padding;
}

export function sniffContent(head: Uint8Array): ContentKind {
  const audio = sniffAudio(head);
  if (audio) return audio;
  if (head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5 || head[2] === 7)) return 'zip';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  // Non-fatal decoding never throws: invalid bytes become U+FFFD, which is enough to look at the first char.
  const text = new TextDecoder('utf-8', { fatal: false })
    .decode(head)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)))
    return 'text';
  if (text.startsWith('{') || text.startsWith('[')) return 'json';
  if (/^<(!doctype html|html|head|body|div|meta|!--)/i.test(text)) return 'html';
  const controls = [...head.subarray(0, 256)].filter((b) => b < 9 || (b > 13 && b < 32)).length;
  return controls === 0 ? 'text' : 'binary';
}

export interface WavInfo {
  sampleRate: number;
  channels: number;
  bitsPerSample: number;
  /** From the data chunk, clamped to the bytes really present (headers of streamed WAVs lie). */
  durationMs: number;
}

/** Reads the RIFF chunks in the head; `totalSize` is the real entry size used to clamp a lying data size. */
export function wavInfo(head: Uint8Array, totalSize: number): WavInfo | undefined {
  if (sniffAudio(head) !== 'wav') return undefined;
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  let offset = 12;
  let format: Omit<WavInfo, 'durationMs'> | undefined;
  while (offset + 8 <= head.length) {
    const id = ascii(head, offset, 4);
    const size = view.getUint32(offset + 4, true);
    if (id === 'fmt ' && offset + 24 <= head.length) {
      format = {
        channels: view.getUint16(offset + 10, true),
        sampleRate: view.getUint32(offset + 12, true),
        bitsPerSample: view.getUint16(offset + 22, true),
      };
    } else if (id === 'data' && format) {
      const bytesPerSecond = (format.sampleRate * format.channels * format.bitsPerSample) / 8;
      if (!bytesPerSecond) return undefined;
      const present = Math.max(0, Math.min(size, totalSize - offset - 8));
      return { ...format, durationMs: Math.round((present / bytesPerSecond) * 1000) };
    }
    offset += 8 + size + (size % 2);
  }
  return undefined;
}
