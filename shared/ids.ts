// Stable ids for captures, devices and rooms. They are stored and compared across imports, so the hash must
// give the same hex string in a browser worker and in Node: FNV-1a 64-bit over UTF-8, done with BigInt
// (hand-written because it is ten lines and a dependency would be heavier than the function).

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;
const encoder = new TextEncoder();

/** FNV-1a 64-bit of the UTF-8 bytes of `text`, as 16 lower-case hex digits. */
export function hash64(text: string): string {
  let hash = FNV_OFFSET;
  for (const byte of encoder.encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * FNV_PRIME) & MASK_64;
  }
  return hash.toString(16).padStart(16, '0');
}

/** Id from ordered parts; `undefined` parts still take their slot so ('a', undefined, 'b') ≠ ('a', 'b'). */
export function stableId(...parts: (string | number | undefined)[]): string {
  return hash64(parts.map((part) => (part === undefined ? '' : String(part))).join('\u001f'));
}

/** Transcripts differ in case and spacing between exports of the same utterance; ids must not. */
export function normaliseForId(text: string | undefined): string {
  return (text ?? '').normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
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
