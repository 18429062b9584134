// A valid MPEG-1 Layer III stream built by hand: 32 kHz mono 32 kbit/s frames whose side information is
// all zero, which every decoder plays as silence. The first frame carries a Xing header with any frame
// count, so the corpus can hold an MP3 whose header lies about its length without an encoder.

const FRAME_BYTES = 144; // 144 × 32,000 bit/s ÷ 32,000 Hz, no padding
const SAMPLES_PER_FRAME = 1152;

function frame(): Uint8Array {
  const f = new Uint8Array(FRAME_BYTES);
  f.set([0xff, 0xfb, 0x18, 0xc0]); // sync, MPEG-1 L3 no CRC; 32 kbit/s, 32 kHz; mono
  return f;
}

/** `seconds` of silence; the Xing header claims `claimedSeconds` (default: the truth). */
export function silentMp3(seconds: number, claimedSeconds = seconds): Uint8Array {
  const frames = Math.ceil((seconds * 32_000) / SAMPLES_PER_FRAME);
  const out = new Uint8Array((frames + 1) * FRAME_BYTES);
  const xing = frame();
  const at = 4 + 17; // after the header and the mono side information
  xing.set([0x58, 0x69, 0x6e, 0x67], at); // "Xing"
  const view = new DataView(xing.buffer);
  view.setUint32(at + 4, 1); // flags: frame count present
  view.setUint32(at + 8, Math.ceil((claimedSeconds * 32_000) / SAMPLES_PER_FRAME));
  out.set(xing, 0);
  for (let i = 1; i <= frames; i++) out.set(frame(), i * FRAME_BYTES);
  return out;
}
