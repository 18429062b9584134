// The typed-array kinds a stored row may hold (peaks, embeddings, features), by constructor name: what the row
// envelope (crypto/envelope.ts) and the backup codec (backup/codec.ts) can write and read back.

export const TYPED_ARRAYS = {
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
} as const;

export type TypedArrayName = keyof typeof TYPED_ARRAYS;
