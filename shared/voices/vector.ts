// Vector helpers for speaker embeddings: cosine distance, centroids. Embeddings from shared/audio are
// L2-normalised, but items may come from storage as plain arrays, so nothing here assumes a norm.

export type Vector = Float32Array | readonly number[];

/** 1 − cosine similarity: 0 same direction, 1 unrelated, 2 opposite. */
export function cosineDistance(a: Vector, b: Vector): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  if (na === 0 || nb === 0) return 1;
  return 1 - dot / Math.sqrt(na * nb);
}

/** Σ v[i]², summed as cosineDistance sums it. */
export function squaredNorm(v: Vector): number {
  let sum = 0;
  for (let i = 0; i < v.length; i++) sum += v[i]! * v[i]!;
  return sum;
}

/**
 * cosineDistance of two vectors of the same length whose squaredNorm is known: the same value, with the
 * norms summed once per vector instead of once per pair.
 */
export function cosineDistanceOfNorms(a: Vector, b: Vector, na: number, nb: number): number {
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += a[i]! * b[i]!;
  if (na === 0 || nb === 0) return 1;
  return 1 - dot / Math.sqrt(na * nb);
}

/** Mean of unit-normalised vectors, normalised again (a spherical mean). */
export function centroidOf(vectors: readonly Vector[], weights?: readonly number[]): number[] {
  const dim = vectors[0]?.length ?? 0;
  const sum = new Array<number>(dim).fill(0);
  vectors.forEach((v, k) => {
    let norm = 0;
    for (let i = 0; i < dim; i++) norm += v[i]! * v[i]!;
    const scale = (weights?.[k] ?? 1) / (Math.sqrt(norm) || 1);
    for (let i = 0; i < dim; i++) sum[i]! += v[i]! * scale;
  });
  const norm = Math.sqrt(sum.reduce((a, x) => a + x * x, 0)) || 1;
  return sum.map((x) => x / norm);
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** FNV-1a, 32-bit: short stable ids derived from member ids (not security relevant). */
export function stableHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36).padStart(7, '0');
}
