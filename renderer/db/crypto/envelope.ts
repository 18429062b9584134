// The sealed envelope of a row: the fields a table does not keep in plaintext (sealed-fields.ts), packed
// into bytes and encrypted with AES-256-GCM by @noble/ciphers. Synchronous on purpose: the envelope is made
// and opened inside IndexedDB transactions (middleware.ts), which auto-commit as soon as a transaction awaits
// anything that is not an IndexedDB request — so WebCrypto's promises cannot be used there.
//
// Layout: 'E' (0x45) · version 1 · key generation (u32 LE) · nonce (12 random bytes) · ciphertext ‖ tag (16),
// the same nonce‖ciphertext‖tag layout WebCrypto produces (blobs.ts). The table name is the associated data, so
// an envelope copied into another table does not open.

import { gcm } from '@noble/ciphers/aes.js';
import { TYPED_ARRAYS as TYPED, type TypedArrayName as TypedName } from '../typed-arrays';

const MAGIC = 0x45;
const VERSION = 1;
const HEADER = 6;
const NONCE = 12;
const TAG = '\u0000e';

/** The library is locked, or a row is sealed with a key this session does not hold. */
export class LockedError extends Error {
  constructor(message = 'The library is locked: enter the passphrase first.') {
    super(message);
    this.name = 'LockedError';
  }
}

export function isEnvelope(value: unknown): value is Uint8Array {
  return value instanceof Uint8Array && value.length > HEADER + NONCE && value[0] === MAGIC && value[1] === VERSION;
}

export function envelopeGeneration(envelope: Uint8Array): number {
  return new DataView(envelope.buffer, envelope.byteOffset, HEADER).getUint32(2, true);
}

export function sealBytes(key: Uint8Array, generation: number, plain: Uint8Array, aad: Uint8Array): Uint8Array {
  const nonce = crypto.getRandomValues(new Uint8Array(NONCE));
  const sealed = gcm(key, nonce, aad).encrypt(plain);
  const out = new Uint8Array(HEADER + NONCE + sealed.length);
  out[0] = MAGIC;
  out[1] = VERSION;
  new DataView(out.buffer).setUint32(2, generation, true);
  out.set(nonce, HEADER);
  out.set(sealed, HEADER + NONCE);
  return out;
}

/** Throws when the key is wrong or the envelope was changed (GCM's tag). */
export function openBytes(key: Uint8Array, envelope: Uint8Array, aad: Uint8Array): Uint8Array {
  const nonce = envelope.subarray(HEADER, HEADER + NONCE);
  return gcm(key, nonce, aad).decrypt(envelope.subarray(HEADER + NONCE));
}

/**
 * Packs a row's values into bytes: JSON for the structure, with typed arrays appended as raw bytes (peaks and
 * embeddings stay compact) and Blobs handed back by reference (they are sealed separately, blobs.ts).
 */
export function pack(value: unknown, blobs: Blob[]): Uint8Array {
  const binaries: Uint8Array[] = [];
  const json = JSON.stringify(value, function (this: Record<string, unknown>, key: string, v: unknown) {
    const raw = this[key];
    if (typeof raw === 'number' && !Number.isFinite(raw)) return { [TAG]: 'N', v: String(raw) };
    if (raw instanceof Date) return { [TAG]: 'D', v: raw.getTime() };
    if (raw instanceof Blob) return { [TAG]: 'B', i: blobs.push(raw) - 1 };
    if (raw instanceof ArrayBuffer) return { [TAG]: 'AB', i: binaries.push(new Uint8Array(raw)) - 1 };
    if (ArrayBuffer.isView(raw)) {
      const name = raw.constructor.name;
      if (!(name in TYPED)) throw new Error(`cannot seal a ${name}`);
      const bytes = new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength);
      return { [TAG]: name, i: binaries.push(bytes) - 1 };
    }
    if (raw instanceof Map) return { [TAG]: 'M', v: [...raw] };
    if (raw instanceof Set) return { [TAG]: 'S', v: [...raw] };
    return v;
  });
  const text = new TextEncoder().encode(json);
  let size = 4 + text.length;
  for (const b of binaries) size += 4 + b.length;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, text.length, true);
  out.set(text, 4);
  let at = 4 + text.length;
  for (const b of binaries) {
    view.setUint32(at, b.length, true);
    out.set(b, at + 4);
    at += 4 + b.length;
  }
  return out;
}

export function unpack(bytes: Uint8Array, blobs: readonly Blob[]): unknown {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = view.getUint32(0, true);
  const json = new TextDecoder().decode(bytes.subarray(4, 4 + length));
  const binaries: Uint8Array<ArrayBuffer>[] = [];
  for (let at = 4 + length; at < bytes.length;) {
    const size = view.getUint32(at, true);
    binaries.push(bytes.slice(at + 4, at + 4 + size));
    at += 4 + size;
  }
  // JSON escapes the tag's NUL as \u0000: rows without tagged values skip the (slower) reviver.
  if (!json.includes('\\u0000e')) return JSON.parse(json);
  return JSON.parse(json, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || !(TAG in v)) return v;
    const tagged = v as Record<string, unknown>;
    const kind = tagged[TAG] as string;
    const index = tagged.i as number;
    switch (kind) {
      case 'N':
        return Number(tagged.v);
      case 'D':
        return new Date(tagged.v as number);
      case 'B':
        return blobs[index];
      case 'AB':
        return binaries[index]!.buffer;
      case 'M':
        return new Map(tagged.v as [unknown, unknown][]);
      case 'S':
        return new Set(tagged.v as unknown[]);
      default: {
        const Ctor = TYPED[kind as TypedName];
        if (!Ctor) throw new Error(`unknown sealed value ${kind}`);
        const b = binaries[index]!;
        return new Ctor(b.buffer, b.byteOffset, b.byteLength / Ctor.BYTES_PER_ELEMENT);
      }
    }
  });
}
