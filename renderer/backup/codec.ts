// Turns IndexedDB rows (structured-clone values: Blobs, typed arrays, Dates, Maps…) into JSON and back, so a
// backup is plain JSON plus one file per Blob. Hand-written because no maintained library round-trips
// Blobs by reference into a zip; the tagged form `{ $t: kind, … }` is private to the backup format.

import { TYPED_ARRAYS as TYPED, type TypedArrayName as TypedName } from '../db/typed-arrays';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // Chunked: String.fromCharCode with a huge spread overflows the call stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** Encodes one value; each Blob is handed to `onBlob`, which returns the file path it will be stored under. */
export function encodeValue(value: unknown, onBlob: (blob: Blob) => string): Json {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (value === undefined) return { $t: 'undefined' };
  if (typeof value === 'number') return Number.isFinite(value) ? value : { $t: 'number', v: String(value) };
  if (typeof value === 'bigint') return { $t: 'bigint', v: value.toString() };
  if (Array.isArray(value)) return value.map((v) => encodeValue(v, onBlob));
  if (value instanceof Blob) return { $t: 'Blob', path: onBlob(value), type: value.type };
  if (value instanceof Date) return { $t: 'Date', v: value.getTime() };
  if (value instanceof ArrayBuffer) return { $t: 'ArrayBuffer', b64: toBase64(new Uint8Array(value)) };
  if (ArrayBuffer.isView(value)) {
    const name = value.constructor.name;
    if (!(name in TYPED)) throw new Error(`cannot back up a ${name}`);
    return { $t: name, b64: toBase64(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)) };
  }
  if (value instanceof Map)
    return { $t: 'Map', v: [...value].map(([k, v]) => [encodeValue(k, onBlob), encodeValue(v, onBlob)]) };
  if (value instanceof Set) return { $t: 'Set', v: [...value].map((v) => encodeValue(v, onBlob)) };
  if (typeof value === 'object') {
    const out: { [key: string]: Json } = {};
    for (const [key, v] of Object.entries(value)) out[key] = encodeValue(v, onBlob);
    // A stored object that happens to have a `$t` key is wrapped so it is never mistaken for a tag.
    return '$t' in out ? { $t: 'object', v: out } : out;
  }
  throw new Error(`cannot back up a ${typeof value}`);
}

/** Decodes what encodeValue wrote; `blobAt` returns the Blob stored under a path. */
export function decodeValue(json: unknown, blobAt: (path: string, type: string) => Blob): unknown {
  if (json === null || typeof json !== 'object') return json;
  if (Array.isArray(json)) return json.map((v) => decodeValue(v, blobAt));
  const record = json as Record<string, unknown>;
  const tag = record.$t;
  if (tag === undefined) return decodeObject(record, blobAt);
  switch (tag) {
    case 'undefined':
      return undefined;
    case 'number':
      return Number(record.v);
    case 'bigint':
      return BigInt(String(record.v));
    case 'Blob':
      return blobAt(String(record.path), String(record.type ?? ''));
    case 'Date':
      return new Date(Number(record.v));
    case 'ArrayBuffer':
      return fromBase64(String(record.b64)).buffer;
    case 'Map':
      return new Map(
        (record.v as [unknown, unknown][]).map(([k, v]) => [decodeValue(k, blobAt), decodeValue(v, blobAt)]),
      );
    case 'Set':
      return new Set((record.v as unknown[]).map((v) => decodeValue(v, blobAt)));
    case 'object':
      return decodeObject(record.v as Record<string, unknown>, blobAt);
    default:
      if (typeof tag === 'string' && tag in TYPED) {
        const bytes = fromBase64(String(record.b64));
        const Ctor = TYPED[tag as TypedName];
        return new Ctor(bytes.buffer, 0, bytes.byteLength / Ctor.BYTES_PER_ELEMENT);
      }
      throw new Error(`unknown value tag ${String(tag)}`);
  }
}

function decodeObject(record: Record<string, unknown>, blobAt: (path: string, type: string) => Blob) {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(record)) {
    const decoded = decodeValue(v, blobAt);
    // Keys that held `undefined` are dropped: readers treat absent and undefined alike.
    if (decoded !== undefined) out[key] = decoded;
  }
  return out;
}
