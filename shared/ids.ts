// Stable ids for captures, devices and rooms. They are stored and compared across imports, so the hash must
// give the same hex string in a browser worker and in Node: FNV-1a 64-bit over UTF-8 (hand-written because it
// is a few lines and a dependency would be heavier than the function).

import { memoByText } from './text-memo';

const encoder = new TextEncoder();
const hex4 = (limb: number) => limb.toString(16).padStart(4, '0');

/**
 * FNV-1a 64-bit of the UTF-8 bytes of `text`, as 16 lower-case hex digits. The 64-bit state is kept in four
 * 16-bit limbs of plain numbers: with a BigInt per byte, hashing the ids of a 100,000-row history was one of
 * the largest costs of `analyze --no-audio` and much of its garbage (bench/HISTORY.md). The prime is
 * 2^40 + 0x1b3, so a step is the state times 0x1b3 plus the state shifted left by 40 bits, carried limb by
 * limb and cut to 64 bits. `test/unit/ids.test.ts` compares it with the BigInt form.
 */
export function hash64(text: string): string {
  // FNV offset basis 0xcbf29ce484222325, low limb first.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  let ascii = true;
  for (let i = 0; i < text.length; i++)
    if (text.charCodeAt(i) > 0x7f) {
      ascii = false;
      break;
    }
  // ASCII is its own UTF-8; anything else (lone surrogates included) goes through TextEncoder.
  const bytes = ascii ? undefined : encoder.encode(text);
  const length = bytes ? bytes.length : text.length;
  for (let i = 0; i < length; i++) {
    h0 ^= bytes ? bytes[i]! : text.charCodeAt(i);
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + (h0 << 8) + (t1 >>> 16);
    const t3 = h3 * 0x1b3 + (h1 << 8) + (t2 >>> 16);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  }
  return hex4(h3) + hex4(h2) + hex4(h1) + hex4(h0);
}

/** Id from ordered parts; `undefined` parts still take their slot so ('a', undefined, 'b') ≠ ('a', 'b'). */
export function stableId(...parts: (string | number | undefined)[]): string {
  return hash64(parts.map((part) => (part === undefined ? '' : String(part))).join('\u001f'));
}

/** Remembered per text: every row of an export is hashed with its transcript, and households repeat them. */
const foldForId = memoByText((text) => text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim());

/** Transcripts differ in case and spacing between exports of the same utterance; ids must not. */
export function normaliseForId(text: string | undefined): string {
  return text ? foldForId(text) : '';
}

/**
 * Capture id: provider + account + utterance id where the export has one, else provider + device + time +
 * transcript (the architecture's rule). `provider` is `amazon`, `google`, `home-assistant` or `folder`.
 */
export function captureId(
  key:
    | { provider: string; accountId?: string; recordId: string }
    | { provider: string; deviceId?: string; ts: number; transcript?: string; extra?: string },
): string {
  if ('recordId' in key) return stableId(key.provider, key.accountId, 'record', key.recordId);
  return stableId(key.provider, key.deviceId, key.ts, normaliseForId(key.transcript), key.extra);
}
