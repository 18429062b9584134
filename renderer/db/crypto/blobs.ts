// Audio bytes and request attachments are Blobs, which cannot be read synchronously inside a transaction;
// they are sealed with WebCrypto (AES-256-GCM, nonce ‖ ciphertext ‖ tag) before the write, where the bytes are
// at hand, and opened after the read. A sealed Blob says so in its MIME type, which IndexedDB keeps; the
// original type is inside the ciphertext. The middleware refuses an unsealed Blob while encryption is on.

import { currentGeneration, readKey } from './keyring';

const SEALED_TYPE = 'application/x-earshot-sealed';
const NONCE = 12;

export function isSealedBlob(blob: Blob): boolean {
  return blob.type.startsWith(SEALED_TYPE);
}

export function sealedBlobGeneration(blob: Blob): number | null {
  const match = /;g=(\d+)$/.exec(blob.type);
  return isSealedBlob(blob) && match ? Number(match[1]) : null;
}

type AesKey = Awaited<ReturnType<typeof crypto.subtle.importKey>>;

const keys = new Map<string, Promise<AesKey>>();

function cryptoKey(raw: Uint8Array): Promise<AesKey> {
  // Imported once per key: a page holds only a few (the current one and older ones during re-encryption).
  const id = Array.from(raw.subarray(0, 8)).join('.');
  let key = keys.get(id);
  if (!key) {
    key = crypto.subtle.importKey('raw', raw.slice() as Uint8Array<ArrayBuffer>, 'AES-GCM', false, [
      'encrypt',
      'decrypt',
    ]);
    keys.set(id, key);
  }
  return key;
}

/** Seals a Blob with the current key; returned unchanged when encryption is off or it is sealed already. */
export async function sealBlob(blob: Blob): Promise<Blob> {
  const generation = currentGeneration();
  if (generation === null || sealedBlobGeneration(blob) === generation) return blob;
  const plain = isSealedBlob(blob) ? await openBlob(blob) : blob;
  return seal(generation, plain.type, plain.size, (into, at) =>
    plain.arrayBuffer().then((b) => into.set(new Uint8Array(b), at)),
  );
}

/**
 * A Blob of `type` holding `bytes`, sealed with the current key when encryption is on (plain otherwise): for
 * bytes already in memory, such as a recording an import has just read and checked. Sealing a plaintext Blob
 * of them instead would hand every byte to the browser's blob store and read it back before encrypting.
 */
export async function sealedBlobOf(bytes: Uint8Array, type: string): Promise<Blob> {
  const generation = currentGeneration();
  if (generation === null) return new Blob([bytes as Uint8Array<ArrayBuffer>], { type });
  return seal(generation, type, bytes.length, (into, at) => into.set(bytes, at));
}

/** nonce ‖ AES-GCM(u16 type length ‖ type ‖ bytes), the bytes written into the plaintext by `fill`. */
async function seal(
  generation: number,
  type: string,
  size: number,
  fill: (into: Uint8Array, at: number) => unknown,
): Promise<Blob> {
  const typeBytes = new TextEncoder().encode(type);
  const bytes = new Uint8Array(2 + typeBytes.length + size);
  new DataView(bytes.buffer).setUint16(0, typeBytes.length, true);
  bytes.set(typeBytes, 2);
  await fill(bytes, 2 + typeBytes.length);
  const nonce = crypto.getRandomValues(new Uint8Array(NONCE));
  const key = await cryptoKey(readKey(generation));
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv: nonce }, key, bytes);
  return new Blob([nonce, sealed], { type: `${SEALED_TYPE};g=${generation}` });
}

/** The original Blob of a sealed one (with its own MIME type); a plaintext Blob is returned as it is. */
export async function openBlob(blob: Blob): Promise<Blob> {
  const generation = sealedBlobGeneration(blob);
  if (generation === null) return blob;
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const key = await cryptoKey(readKey(generation));
  const plain = new Uint8Array(
    await crypto.subtle.decrypt({ name: 'AES-GCM', iv: bytes.subarray(0, NONCE) }, key, bytes.subarray(NONCE)),
  );
  const typeLength = new DataView(plain.buffer).getUint16(0, true);
  const type = new TextDecoder().decode(plain.subarray(2, 2 + typeLength));
  return new Blob([plain.subarray(2 + typeLength)], { type });
}

/** A copy of `value` (rows, arrays, plain objects) with every Blob in it replaced by `fn`'s. */
export async function mapBlobs(value: unknown, fn: (blob: Blob) => Promise<Blob>): Promise<unknown> {
  if (value instanceof Blob) return fn(value);
  if (Array.isArray(value)) return Promise.all(value.map((v) => mapBlobs(v, fn)));
  if (value && typeof value === 'object' && !ArrayBuffer.isView(value) && !(value instanceof ArrayBuffer)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = await mapBlobs(v, fn);
    return out;
  }
  return value;
}
